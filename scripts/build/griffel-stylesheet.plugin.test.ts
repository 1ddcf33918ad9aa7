import { describe, expect, it } from "vitest";
import { extractGriffelRules, type GriffelRule, griffelStylesheetText } from "./griffel-stylesheet.plugin.ts";

const extract = (code: string) => extractGriffelRules(code, "/app/node_modules/@fluentui/Example.styles.js");

/** A module as Fluent publishes it: styles compiled ahead of time, imported from Griffel. */
const FLUENT_MODULE = [
  'import { __styles, __resetStyles, mergeClasses } from "@griffel/react";',
  'const useRootBaseClassName = /*#__PURE__*/__resetStyles("r1abc", null, {',
  '  r: [".r1abc{display:inline-flex;}"],',
  '  s: ["@media (forced-colors: active){.r1abc{forced-color-adjust:none;}}"]',
  "});",
  'const useIconBaseClassName = /*#__PURE__*/__resetStyles("r2def", "r2defr", [".r2def{margin-left:4px;}", ".r2defr{margin-right:4px;}"]);',
  "const useStyles = /*#__PURE__*/__styles({",
  '  root: { sj55zd: "f1abc" }',
  "}, {",
  '  d: [".f1abc{color:red;}", [".f2abc{padding:0;}", { p: -1 }]],',
  '  h: [".f3abc:hover{color:blue;}"],',
  '  m: [["@media (min-width: 480px){.f4abc{gap:2px;}}", { m: "(min-width: 480px)" }]]',
  "});",
  "export const useExample = () => mergeClasses(useRootBaseClassName(), useStyles().root);",
].join("\n");

describe("extractGriffelRules", () => {
  it("turns each styles hook into its CSS-only twin with the same class names, and hands over its rules", () => {
    const result = extract(FLUENT_MODULE);
    expect(result?.code).toBe(
      [
        'import { __resetCSS as __griffelResetCss } from "@griffel/react";',
        'import { __css as __griffelCss } from "@griffel/react";',
        'import { __styles, __resetStyles, mergeClasses } from "@griffel/react";',
        'const useRootBaseClassName = /*#__PURE__*/__griffelResetCss("r1abc", null);',
        'const useIconBaseClassName = /*#__PURE__*/__griffelResetCss("r2def", "r2defr");',
        "const useStyles = /*#__PURE__*/__griffelCss({",
        '  root: { sj55zd: "f1abc" }',
        "});",
        "export const useExample = () => mergeClasses(useRootBaseClassName(), useStyles().root);",
      ].join("\n"),
    );
    expect(result?.rules).toEqual([
      { bucket: "r", css: ".r1abc{display:inline-flex;}", priority: 0, condition: "" },
      {
        bucket: "s",
        css: "@media (forced-colors: active){.r1abc{forced-color-adjust:none;}}",
        priority: 0,
        condition: "",
      },
      { bucket: "r", css: ".r2def{margin-left:4px;}", priority: 0, condition: "" },
      { bucket: "r", css: ".r2defr{margin-right:4px;}", priority: 0, condition: "" },
      { bucket: "d", css: ".f1abc{color:red;}", priority: 0, condition: "" },
      { bucket: "d", css: ".f2abc{padding:0;}", priority: -1, condition: "" },
      { bucket: "h", css: ".f3abc:hover{color:blue;}", priority: 0, condition: "" },
      {
        bucket: "m",
        css: "@media (min-width: 480px){.f4abc{gap:2px;}}",
        priority: 0,
        condition: "(min-width: 480px)",
      },
    ]);
  });

  it("reads our own compiled styles, imported from Fluent's umbrella package under another name", () => {
    const code = [
      'import { __styles as styles } from "@fluentui/react-components";',
      "export const useCallListStyles = styles({ list: { mc9l5x: `f22iagw` } }, { d: [`.f22iagw{display:flex;}`] });",
    ].join("\n");
    const result = extract(code);
    expect(result?.code).toContain(
      'import { __css as __griffelCss } from "@fluentui/react-components";\nimport { __styles as styles }',
    );
    expect(result?.code).toContain(
      "export const useCallListStyles = __griffelCss({ list: { mc9l5x: `f22iagw` } });",
    );
    expect(result?.rules.map((rule) => rule.css)).toEqual([".f22iagw{display:flex;}"]);
  });

  it("reads FluentProvider's styles, which use Griffel's core hook", () => {
    const code = [
      'import { __styles, mergeClasses } from "@griffel/core";',
      'const useStyles = __styles({ root: { sj55zd: "f19n0e5" } }, { d: [".f19n0e5{color:var(--colorNeutralForeground1);}"] });',
      "export const className = (options) => mergeClasses(useStyles(options).root);",
    ].join("\n");
    const result = extract(code);
    expect(result?.code).toContain('import { __css as __griffelCss } from "@griffel/core";');
    expect(result?.code).toContain('const useStyles = __griffelCss({ root: { sj55zd: "f19n0e5" } });');
  });

  it("leaves a call whose rules are not written out to insert them at run time", () => {
    const code = [
      'import { __styles } from "@griffel/react";',
      'const rules = { d: [".f1abc{color:red;}"] };',
      'export const useStyles = __styles({ root: { sj55zd: "f1abc" } }, rules);',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: module source with a template literal in it.
      'export const useOther = __styles({ root: { sj55zd: "f9abc" } }, { d: [`.f9abc{color:${"red"};}`] });',
    ].join("\n");
    expect(extract(code)).toBeNull();
  });

  it.each([
    [
      "imports no Griffel hook",
      'import { makeStyles } from "@griffel/react";\nexport const x = makeStyles({});',
    ],
    [
      "imports `__styles` from Griffel's React package and from its core, whose twins differ",
      [
        'import { __styles } from "@griffel/react";',
        'import { __styles as vanillaStyles } from "@griffel/core";',
        'export const a = __styles({ root: { sj55zd: "f1abc" } }, { d: [".f1abc{color:red;}"] });',
        'export const b = vanillaStyles({ root: { sj55zd: "f2abc" } }, { d: [".f2abc{color:blue;}"] });',
      ].join("\n"),
    ],
    [
      "has a `__styles` of its own",
      'import { __styles } from "./local.ts";\nexport const x = __styles({}, { d: [] });',
    ],
  ])("leaves a module alone that %s", (_, code) => {
    expect(extract(code)).toBeNull();
  });
});

const rule = (bucket: string, css: string, extra: Partial<GriffelRule> = {}): GriffelRule => ({
  bucket,
  css,
  priority: 0,
  condition: "",
  ...extra,
});

describe("griffelStylesheetText", () => {
  it("orders the rules as Griffel's renderer orders its style elements, each rule once", () => {
    const text = griffelStylesheetText([
      rule("m", "@media (min-width: 640px){.a{gap:1px;}}", { condition: "(min-width: 640px)" }),
      rule("a", ".b:active{color:red;}"),
      rule("h", ".c:hover{color:blue;}"),
      rule("d", ".d{color:green;}"),
      rule("d", ".e{padding:0;}", { priority: -1 }),
      rule("m", "@media (forced-colors: active){.f{color:CanvasText;}}", {
        condition: "(forced-colors: active)",
      }),
      rule("r", ".r1{display:block;}"),
      rule("d", ".d{color:green;}"),
      rule("f", ".g:focus{outline:none;}"),
    ]);
    expect(text.split("\n")).toEqual([
      // Resets first; then plain rules, shorthands before longhands so that a longhand wins.
      ".r1{display:block;}",
      ".e{padding:0;}",
      ".d{color:green;}",
      // Pseudo-classes in Griffel's order: :focus, then :hover, then :active (the press wins over the hover).
      ".g:focus{outline:none;}",
      ".c:hover{color:blue;}",
      ".b:active{color:red;}",
      // Media rules last, grouped by condition in its string order.
      "@media (forced-colors: active){.f{color:CanvasText;}}",
      "@media (min-width: 640px){.a{gap:1px;}}",
    ]);
  });
});
