import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseSync, Visitor } from "vite";
import { describe, expect, it } from "vitest";
import { ALL_GRAPH_SCOPES, FEATURE_SCOPES, GRAPH_SCOPE_INFO } from "./graph-scopes.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** The rows of the README's table of Graph permissions: permission, why, whether an admin must consent. */
function readmePermissionRows(): Array<{ permission: string; adminConsent: boolean }> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  return readme
    .split("\n")
    .map((line) => /^\s*\|\s*`([A-Za-z.]+)`\s*\|.*\|\s*(yes|no)\s*\|\s*$/.exec(line))
    .filter((match) => match !== null)
    .map(([, permission = "", consent]) => ({ permission, adminConsent: consent === "yes" }));
}

/** Every file the app is built from, tests and test doubles left out. */
function appSourceFiles(directory = join(ROOT, "src")): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return appSourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|fake)\.tsx?$|\.fixtures\.ts$/.test(entry.name)
      ? [path]
      : [];
  });
}

/**
 * A permission (`Mail.ReadWrite`, `Sites.Read.All`) or `/.default` in a string or template literal. Comments may
 * name permissions; the UI catalogs (left out by the caller) may too, in words a user reads, which request nothing.
 */
const PERMISSION = /\b[A-Z][A-Za-z]+\.(?:Read|ReadWrite|ReadBasic|Send|Write|Manage)\b[\w.]*|\/\.default\b/g;

function permissionsInSource(file: string, source: string): string[] {
  const { program, errors } = parseSync(file, source, { lang: "tsx" });
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message}`);
  const found: string[] = [];
  const scan = (text: string) => found.push(...(text.match(PERMISSION) ?? []));
  new Visitor({
    Literal(node) {
      if (typeof node.value === "string") scan(node.value);
    },
    TemplateElement(node) {
      scan(node.value.cooked ?? node.value.raw);
    },
  }).visit(program);
  return found;
}

describe("the Graph permissions Momentum asks for", () => {
  it("are exactly the ones its features request, none declared and never used", () => {
    const requested = new Set(Object.values(FEATURE_SCOPES).flat());
    expect([...requested].sort()).toEqual([...ALL_GRAPH_SCOPES].sort());
  });

  it("are exactly the README's permission table, with the same admin-consent answer", () => {
    const rows = readmePermissionRows();
    expect(rows.map((row) => row.permission).sort()).toEqual([...ALL_GRAPH_SCOPES].sort());
    for (const row of rows) {
      expect(row.adminConsent, row.permission).toBe(
        GRAPH_SCOPE_INFO[row.permission as keyof typeof GRAPH_SCOPE_INFO].adminConsent,
      );
    }
  });

  it("are asked for through GraphScope only: no permission is spelled out in a string anywhere else", () => {
    const outside = appSourceFiles()
      .filter(
        (path) => !path.endsWith(join("graph", "graph-scopes.ts")) && !path.includes(join("src", "i18n")),
      )
      .flatMap((path) =>
        permissionsInSource(path, readFileSync(path, "utf8")).map(
          (permission) => `${relative(ROOT, path)}: ${permission}`,
        ),
      );
    expect(outside).toEqual([]);
  });

  it("would notice a permission written into a string, and not one named in a comment", () => {
    const source = [
      "// Needs Mail.Send, granted by the admin.",
      'const scopes = ["Mail.ReadWrite", `https://graph.microsoft.com/.default`];',
    ].join("\n");
    expect(permissionsInSource("x.ts", source)).toEqual(["Mail.ReadWrite", "/.default"]);
  });
});
