import MagicString from "magic-string";
import { type ESTree, type Plugin, parseSync, Visitor } from "vite";
import { importedName } from "./imported-name.ts";

/**
 * Where a module imports Griffel's ahead-of-time hooks from: Fluent's published modules from Griffel itself (its
 * React hooks, or for FluentProvider its core), ours (compiled by @griffel/vite-plugin) from Fluent's umbrella
 * package. Each of the three also exports the hooks' CSS-only twins.
 */
const GRIFFEL_SOURCES = new Set(["@griffel/react", "@griffel/core", "@fluentui/react-components"]);

/** Each hook that carries its CSS, and its twin that takes the same class names without it. */
const CSS_ONLY_TWINS = { __styles: "__css", __resetStyles: "__resetCSS" } as const;
type StylesHook = keyof typeof CSS_ONLY_TWINS;

/** The local names the twins are imported under: unlikely in a module, and checked for (see below). */
const TWIN_LOCALS: Readonly<Record<StylesHook, string>> = {
  __styles: "__griffelCss",
  __resetStyles: "__griffelResetCss",
};

/**
 * Griffel's style buckets in the order its DOM renderer keeps their `<style>` elements in the page
 * (`styleBucketOrdering` in @griffel/core): resets, plain rules, then the pseudo-classes in the order that lets
 * `:hover` win over `:focus` and `:active` over `:hover`, then at-rules. Equal specificity makes order decide.
 */
const BUCKET_ORDER = ["r", "d", "l", "v", "w", "f", "i", "h", "a", "s", "k", "t", "m", "c", "x"];

/** One CSS rule of a component's styles, with what Griffel's renderer sorts it by. */
export interface GriffelRule {
  readonly bucket: string;
  readonly css: string;
  /** Shorthands (-1) go before longhands (0) in a bucket, so that a longhand overrides its shorthand. */
  readonly priority: number;
  /** The `@media` or `@container` condition of the `m` and `x` buckets: each condition has its own sheet. */
  readonly condition: string;
}

/**
 * Replaces each `__styles(classes, rules)` with `__css(classes)` and each `__resetStyles(ltr, rtl, rules)` with
 * `__resetCSS(ltr, rtl)`, and returns the rules they carried with the new code; `null` when the module has none.
 * A call whose rules are not plain literals (never the case in Griffel's own output) is left to insert its rules
 * at run time, as before.
 */
export function extractGriffelRules(
  code: string,
  id: string,
): { code: string; map: ReturnType<MagicString["generateMap"]>; rules: GriffelRule[] } | null {
  if (!code.includes("__styles") && !code.includes("__resetStyles")) return null;
  if (Object.values(TWIN_LOCALS).some((local) => code.includes(local))) return null;
  const { program, errors } = parseSync(id, code);
  if (errors.length > 0) return null;

  const hooks = new Map<string, { hook: StylesHook; source: string }>();
  for (const statement of program.body) {
    if (statement.type !== "ImportDeclaration" || !GRIFFEL_SOURCES.has(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== "ImportSpecifier") continue;
      const imported = importedName(specifier);
      if (imported !== "__styles" && imported !== "__resetStyles") continue;
      // One local name per twin: a hook imported from two packages (React's and core's differ) stays as it is.
      const other = [...hooks.values()].find((known) => known.hook === imported);
      if (other !== undefined && other.source !== statement.source.value) return null;
      hooks.set(specifier.local.name, { hook: imported, source: statement.source.value });
    }
  }
  if (hooks.size === 0) return null;

  const output = new MagicString(code);
  const rules: GriffelRule[] = [];
  const twinsUsed = new Map<StylesHook, string>();
  new Visitor({
    CallExpression(node: ESTree.CallExpression) {
      if (node.callee.type !== "Identifier") return;
      const found = hooks.get(node.callee.name);
      if (found === undefined) return;
      const keptArguments = found.hook === "__styles" ? 1 : 2;
      const cssArgument = node.arguments[keptArguments];
      if (node.arguments.length !== keptArguments + 1 || cssArgument === undefined) return;
      const [first, last] = [node.arguments[0], node.arguments[keptArguments - 1]];
      if (first === undefined || last === undefined) return;
      let callRules: GriffelRule[];
      try {
        const cssRules = literalValue(cssArgument);
        // A reset's rules may come as a plain list: all in the reset bucket.
        const isResetList = found.hook === "__resetStyles" && Array.isArray(cssRules);
        callRules = bucketEntries(isResetList ? { r: cssRules } : cssRules);
      } catch {
        return;
      }
      rules.push(...callRules);
      output.overwrite(
        node.start,
        node.end,
        `${TWIN_LOCALS[found.hook]}(${code.slice(first.start, last.end)})`,
      );
      twinsUsed.set(found.hook, found.source);
    },
  }).visit(program);
  if (twinsUsed.size === 0) return null;

  const imports = [...twinsUsed].map(
    ([hook, source]) =>
      `import { ${CSS_ONLY_TWINS[hook]} as ${TWIN_LOCALS[hook]} } from ${JSON.stringify(source)};\n`,
  );
  output.prepend(imports.join(""));
  return { code: output.toString(), map: output.generateMap({ source: id, hires: true }), rules };
}

/** The value of a literal expression (strings, numbers, arrays, plain objects), or a throw for anything else. */
function literalValue(node: ESTree.Node): unknown {
  switch (node.type) {
    case "Literal":
      return node.value;
    case "TemplateLiteral":
      if (node.expressions.length > 0) throw new Error("a template with expressions");
      return node.quasis[0]?.value.cooked;
    case "UnaryExpression":
      if (node.operator !== "-" || node.argument.type !== "Literal") throw new Error("not a number");
      return -Number(node.argument.value);
    case "ArrayExpression":
      return node.elements.map((element) => {
        if (element === null || element.type === "SpreadElement") throw new Error("a hole or a spread");
        return literalValue(element);
      });
    case "ObjectExpression":
      return Object.fromEntries(
        node.properties.map((property) => {
          if (property.type !== "Property" || property.computed || property.kind !== "init") {
            throw new Error("not a plain property");
          }
          const key = property.key.type === "Identifier" ? property.key.name : literalValue(property.key);
          return [String(key), literalValue(property.value)];
        }),
      );
    default:
      throw new Error(`not a literal: ${node.type}`);
  }
}

/** Griffel's `{ bucket: [css | [css, { p, m, x }]] }` as rules; anything of another shape throws. */
function bucketEntries(cssRules: unknown): GriffelRule[] {
  if (typeof cssRules !== "object" || cssRules === null) throw new Error("no buckets");
  return Object.entries(cssRules).flatMap(([bucket, entries]) => {
    if (!BUCKET_ORDER.includes(bucket) || !Array.isArray(entries)) throw new Error(`bucket ${bucket}`);
    return entries.map((entry: unknown): GriffelRule => {
      const [css, metadata = {}] = Array.isArray(entry) ? entry : [entry];
      if (typeof css !== "string") throw new Error("a rule that is not a string");
      const { p = 0, m, x } = metadata as { p?: number; m?: string; x?: string };
      return { bucket, css, priority: p, condition: x ?? m ?? "" };
    });
  });
}

/**
 * The rules as one stylesheet, in the order Griffel's renderer gives its `<style>` elements: by bucket, then
 * condition (compared as strings, as its default `compareMediaQueries` does), then priority; within a sheet in the
 * order first met, each rule once.
 */
export function griffelStylesheetText(rules: Iterable<GriffelRule>): string {
  const unique = new Map<string, { rule: GriffelRule; order: number }>();
  for (const rule of rules) if (!unique.has(rule.css)) unique.set(rule.css, { rule, order: unique.size });
  return [...unique.values()]
    .sort(
      (a, b) =>
        BUCKET_ORDER.indexOf(a.rule.bucket) - BUCKET_ORDER.indexOf(b.rule.bucket) ||
        compareStrings(a.rule.condition, b.rule.condition) ||
        a.rule.priority - b.rule.priority ||
        a.order - b.order,
    )
    .map(({ rule }) => rule.css)
    .join("\n");
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Fluent UI's styles as a stylesheet of their own, in the production build.
 *
 * Fluent's components (and ours, compiled ahead of time by @griffel/vite-plugin) carry their CSS in their code and
 * insert it rule by rule as they first render: some six hundred `insertRule` calls, each with Griffel's bookkeeping,
 * in the React commits of the first screen, the longest tasks a phone runs after the app's code starts. Here each
 * module's rules move into one stylesheet, linked from index.html and sorted as Griffel's renderer would sort them,
 * and each hook becomes its CSS-only twin (`__css`, `__resetCSS`), which returns the same class names and inserts
 * nothing. Fluent's webpack extraction plugin does the same; there is none for Vite. Dev and tests keep the run-time
 * insertion, which gives the same classes. The theme's CSS variables are still set by FluentProvider at run time.
 */
export function griffelStylesheet(): Plugin {
  const rulesByModule = new Map<string, GriffelRule[]>();
  let base = "/";
  return {
    name: "momentum-griffel-stylesheet",
    apply: "build",
    // After @griffel/vite-plugin (itself `post`), which turns our makeStyles into the `__styles` calls read here.
    enforce: "post",
    configResolved(config) {
      base = config.base;
    },
    transform: {
      filter: { id: /\.[jt]sx?$/, code: /__styles|__resetStyles/ },
      handler(code, id) {
        const extracted = extractGriffelRules(code, id);
        if (extracted === null) return null;
        rulesByModule.set(id, extracted.rules);
        return { code: extracted.code, map: extracted.map };
      },
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const page = bundle["index.html"];
        if (page === undefined || page.type !== "asset") return;
        // Only the modules the bundle kept: a component tree-shaken away brings no CSS.
        const rules = Object.values(bundle).flatMap((file) =>
          file.type === "chunk" ? file.moduleIds.flatMap((id) => rulesByModule.get(id) ?? []) : [],
        );
        if (rules.length === 0) return;
        const reference = this.emitFile({
          type: "asset",
          name: "griffel.css",
          source: griffelStylesheetText(rules),
        });
        const href = `${base}${this.getFileName(reference)}`;
        // Before the scripts, so the stylesheet's request leaves first: it blocks the first paint, they do not.
        const firstScript = /(\s*)<script type="module"/;
        const html = String(page.source);
        // Without the link the app would render unstyled: its hooks no longer insert their rules.
        if (!firstScript.test(html))
          this.error("index.html has no module script to link the stylesheet before");
        page.source = html.replace(
          firstScript,
          `$1<link rel="stylesheet" crossorigin href="${href}">$1<script type="module"`,
        );
      },
    },
  };
}
