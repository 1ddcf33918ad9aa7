import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSync, Visitor } from "vite";
import { describe, expect, it } from "vitest";

/**
 * Every word a user reads or hears must come from the catalogs (English and Dutch), so a component that writes
 * letters straight into its markup is a defect the missing-key test cannot see. This parses each component with
 * the Oxc parser that Vite already ships and reports JSX text, and the attributes a screen reader or a tooltip
 * speaks, that hold letters instead of a `t(...)` call.
 */

const SRC = fileURLToPath(new URL("..", import.meta.url));

/** Attributes whose value a user sees or hears; `label`, `hint` and `content` (a Tooltip's) are Fluent props that render text. */
const USER_FACING_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "aria-roledescription",
  "title",
  "placeholder",
  "label",
  "alt",
  "hint",
  "content",
  "validationMessage",
]);

/**
 * Literal text allowed on purpose, by file (relative to `src/`) and exact text, each with its reason. Empty today:
 * even the brand name reaches the screen through the catalogs, so a translator can place it in a sentence.
 */
const ALLOWED: readonly { readonly file: string; readonly text: string; readonly reason: string }[] = [];

interface HardCodedString {
  readonly where: string;
  readonly text: string;
}

const LETTER = /\p{L}/u;

function componentFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [path] : [];
  });
}

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split("\n").length;
}

/** The letters a JSX attribute value or child expression writes literally, if any. */
function literalText(node: unknown): string | null {
  if (node === null || typeof node !== "object" || !("type" in node)) return null;
  const value = node as {
    type: string;
    value?: unknown;
    expression?: unknown;
    quasis?: { value: { cooked?: string } }[];
  };
  if (value.type === "Literal" && typeof value.value === "string") return value.value;
  if (value.type === "TemplateLiteral")
    return (value.quasis ?? []).map((quasi) => quasi.value.cooked ?? "").join(" ");
  if (value.type === "JSXExpressionContainer") return literalText(value.expression);
  return null;
}

function findHardCodedStrings(file: string, source: string): HardCodedString[] {
  const { program, errors } = parseSync(file, source, { lang: "tsx" });
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message}`);
  const found: HardCodedString[] = [];
  // Attribute values are judged by the attribute's name (a className is not text); the visitor enters an
  // attribute before its value, so this set is filled before the value's container is seen.
  const attributeValues = new Set<number>();
  const report = (text: string, offset: number) => {
    const leadingSpace = text.length - text.trimStart().length;
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (LETTER.test(trimmed))
      found.push({ where: `${file}:${lineOf(source, offset + leadingSpace)}`, text: trimmed });
  };
  new Visitor({
    JSXText(node) {
      report(node.value, node.start);
    },
    JSXExpressionContainer(node) {
      // `{"Save"}` as a child is the same as writing Save.
      const text = literalText(node.expression);
      if (text !== null && !attributeValues.has(node.start)) report(text, node.start);
    },
    JSXAttribute(node) {
      if (node.value) attributeValues.add(node.value.start);
      if (node.name.type !== "JSXIdentifier" || !USER_FACING_ATTRIBUTES.has(node.name.name)) return;
      const text = literalText(node.value);
      if (text !== null) report(text, node.start);
    },
  }).visit(program);
  return found;
}

describe("hard-coded strings", () => {
  it("finds literal JSX text and user-facing attributes, and passes t(...) calls, symbols and other props", () => {
    const component = [
      "export const A = ({ t, name }) => (",
      '  <Dialog title="Delete" aria-label={t("x")} className="wide" data-testid="a">',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: component source with a template literal in it.
      "    Hello {name} <b>{t(\"y\")}</b> {'Save'} {`Undo ${name}`} · 42 %",
      '    <Tooltip content="Copy" relationship="label"><Button icon={<CopyRegular />} /></Tooltip>',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: component source with a template literal in it.
      '    <Input placeholder={`Search ${name}`} alt={t("z")} appearance="outline" />',
      "  </Dialog>",
      ");",
    ].join("\n");
    expect(findHardCodedStrings("A.tsx", component)).toEqual([
      { where: "A.tsx:2", text: "Delete" },
      { where: "A.tsx:3", text: "Hello" },
      { where: "A.tsx:3", text: "Save" },
      { where: "A.tsx:3", text: "Undo" },
      { where: "A.tsx:4", text: "Copy" },
      { where: "A.tsx:5", text: "Search" },
    ]);
  });

  it("are absent from every component in src, but for the listed exceptions, which must still occur", () => {
    const found = componentFiles(SRC).flatMap((path) =>
      findHardCodedStrings(relative(SRC, path), readFileSync(path, "utf8")),
    );
    const isAllowed = (where: string, text: string, allowed: (typeof ALLOWED)[number]) =>
      where.startsWith(`${allowed.file}:`) && allowed.text === text;
    const unexpected = found.filter(
      ({ where, text }) => !ALLOWED.some((allowed) => isAllowed(where, text, allowed)),
    );
    const stale = ALLOWED.filter(
      (allowed) => !found.some(({ where, text }) => isAllowed(where, text, allowed)),
    );
    expect({ unexpected, stale }).toEqual({ unexpected: [], stale: [] });
  });
});
