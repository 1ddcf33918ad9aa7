import { tokens } from "@fluentui/react-theme";
import { describe, expect, it } from "vitest";
import { inlineFluentTokens } from "./fluent-tokens.plugin.ts";

const folded = (code: string) => inlineFluentTokens(code, "/app/src/Example.tsx")?.code ?? null;

describe("inlineFluentTokens", () => {
  it("folds every read of Fluent's tokens into the token's CSS variable", () => {
    const code = [
      'import { tokens, typographyStyles } from "@fluentui/react-theme";',
      "const textPadding = tokens.spacingHorizontalXXS;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: module source with a template literal in it.
      "export const border = `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`;",
      "export const body = typographyStyles.body1;",
    ].join("\n");
    expect(folded(code)).toBe(
      [
        'import { tokens, typographyStyles } from "@fluentui/react-theme";',
        'const textPadding = "var(--spacingHorizontalXXS)";',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: module source with a template literal in it.
        'export const border = `${"var(--strokeWidthThin)"} solid ${"var(--colorNeutralStroke1)"}`;',
        "export const body = typographyStyles.body1;",
      ].join("\n"),
    );
    expect(tokens.colorNeutralStroke1).toBe("var(--colorNeutralStroke1)");
  });

  it("follows a renamed import from the umbrella package", () => {
    const code =
      'import { tokens as t } from "@fluentui/react-components";\nexport const gap = t.spacingVerticalL;';
    expect(folded(code)).toContain('export const gap = "var(--spacingVerticalL)";');
  });

  it.each([
    [
      "passes the object on",
      "export const all = { ...tokens };\nexport const gap = tokens.spacingVerticalL;",
    ],
    ["shadows it", "export function gap(tokens) {\n  return tokens.spacingVerticalL;\n}"],
    ["reads a computed name", 'export const gap = tokens["spacingVertical" + size];'],
    ["reads a name Fluent does not have", "export const gap = tokens.spacingVerticalHuge;"],
  ])("leaves a module alone that %s", (_, body) => {
    expect(folded(`import { tokens } from "@fluentui/react-components";\n${body}`)).toBeNull();
  });

  it("leaves a `tokens` from anywhere else alone", () => {
    expect(folded('import { tokens } from "./lexer.ts";\nexport const first = tokens.first;')).toBeNull();
  });
});
