import { tokens } from "@fluentui/react-theme";
import MagicString from "magic-string";
import { type ESTree, type Plugin, parseSync, Visitor } from "vite";
import { importedName } from "./imported-name.ts";

/** The packages a module imports Fluent's `tokens` object from: ours from the umbrella, Fluent's own from theirs. */
const TOKENS_SOURCES = new Set(["@fluentui/react-components", "@fluentui/react-theme", "@fluentui/tokens"]);

const TOKEN_VALUES: Readonly<Record<string, string>> = tokens;

/**
 * Replaces each `tokens.<name>` read with the token's value (`"var(--<name>)"`), and returns the new code and its
 * source map; `null` when the module has nothing to replace, or uses `tokens` other than by such reads (passes it
 * on, shadows it, indexes it with a computed name), which is then left as it is.
 */
export function inlineFluentTokens(
  code: string,
  id: string,
): { code: string; map: ReturnType<MagicString["generateMap"]> } | null {
  if (!code.includes("tokens")) return null;
  const { program, errors } = parseSync(id, code);
  if (errors.length > 0) return null;
  const locals = new Set<string>();
  const imports: { start: number; end: number }[] = [];
  for (const statement of program.body) {
    if (statement.type !== "ImportDeclaration" || !TOKENS_SOURCES.has(statement.source.value)) continue;
    imports.push({ start: statement.start, end: statement.end });
    for (const specifier of statement.specifiers) {
      if (specifier.type === "ImportSpecifier" && importedName(specifier) === "tokens")
        locals.add(specifier.local.name);
    }
  }
  if (locals.size === 0) return null;

  const reads: { start: number; end: number; value: string | undefined }[] = [];
  let mentionsOutsideImports = 0;
  new Visitor({
    Identifier(node: ESTree.IdentifierReference | ESTree.BindingIdentifier | ESTree.IdentifierName) {
      const inImport = imports.some((range) => range.start <= node.start && node.end <= range.end);
      if (locals.has(node.name) && !inImport) mentionsOutsideImports += 1;
    },
    MemberExpression(node: ESTree.MemberExpression) {
      if (node.object.type !== "Identifier" || !locals.has(node.object.name)) return;
      const name = !node.computed && node.property.type === "Identifier" ? node.property.name : undefined;
      reads.push({
        start: node.start,
        end: node.end,
        value: name === undefined ? undefined : TOKEN_VALUES[name],
      });
    },
  }).visit(program);
  // Every mention must be a read of a known token: any other use (passed on, shadowed, a computed name) keeps the
  // module as it is.
  if (reads.length === 0 || mentionsOutsideImports !== reads.length) return null;

  const output = new MagicString(code);
  for (const { start, end, value } of reads) {
    if (value === undefined) return null;
    output.overwrite(start, end, JSON.stringify(value));
  }
  return { code: output.toString(), map: output.generateMap({ source: id, hires: true }) };
}

/**
 * Fluent's design tokens are CSS variables: `tokens.colorNeutralBackground1` is the string
 * `"var(--colorNeutralBackground1)"`. Fluent's published style modules (already compiled ahead of time) and ours
 * still read a few of them outside any style, mostly into constants nothing uses any more; a bundler must keep such
 * a read (a property might be a getter), and with it the whole `tokens` object, 3 KB gzipped, on the first screen.
 * Folding each read into its value at build time lets the object go. Production build only: dev and tests read the
 * object, which holds the same strings.
 */
export function fluentTokens(): Plugin {
  return {
    name: "momentum-fluent-tokens",
    apply: "build",
    transform: {
      filter: { id: /\.[jt]sx?$/, code: "tokens" },
      handler(code, id) {
        return inlineFluentTokens(code, id);
      },
    },
  };
}
