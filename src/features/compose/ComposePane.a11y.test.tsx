import { teamsHighContrastTheme, webLightTheme } from "@fluentui/react-components";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18n } from "../../i18n/create-i18n.ts";
import { renderComposePane } from "./compose-pane.test-harness.tsx";
import { type ComposeTestOptions, demo, pricing } from "./compose-pane.test-stores.ts";

/**
 * The organizer pane exists only in Outlook's compose mode, which the demo cannot show in a browser: axe-core checks
 * it here, in jsdom, against WCAG 2.0 and 2.1 A and AA like the browser suite (tests/e2e/accessibility.e2e.ts).
 * jsdom lays nothing out and computes no colours, so colour contrast is left to the themes' own tests and the
 * browser suite's screens; everything else (names, roles, ARIA, structure) is checked.
 */

afterEach(() => {
  vi.unstubAllGlobals();
});

const calls = [pricing, demo];

interface Variant {
  readonly name: string;
  readonly locale: string;
  readonly theme: typeof webLightTheme;
}

const VARIANTS: readonly Variant[] = [
  { name: "English", locale: "en-US", theme: webLightTheme },
  { name: "Dutch", locale: "nl-NL", theme: webLightTheme },
  { name: "high contrast", locale: "en-US", theme: teamsHighContrastTheme },
];

function renderPane(variant: Variant, options: ComposeTestOptions = {}) {
  return renderComposePane({ ...options, locale: variant.locale, theme: variant.theme });
}

/** Each violation as one line a reader can act on, as the browser suite reports them. */
async function violations(root: Element): Promise<string[]> {
  const { violations } = await axe.run(root, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    rules: { "color-contrast": { enabled: false } },
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

function attachButton(variant: Variant): Promise<HTMLElement> {
  const { t } = createI18n({ locale: variant.locale });
  return screen.findByRole("button", { name: t("compose.attach", { count: calls.length }) });
}

describe.each(VARIANTS)("the organizer pane in $name", (variant) => {
  // axe walks the whole tree on a busy two-core machine.
  const TIMEOUT = 30_000;

  it(
    "has no WCAG 2.1 A or AA violations with the flagged calls to choose",
    async () => {
      const { container } = renderPane(variant);
      await attachButton(variant);
      await expect(violations(container)).resolves.toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "has none once the calls are attached",
    async () => {
      const { container } = renderPane(variant);
      await userEvent.click(await attachButton(variant));
      const { t } = createI18n({ locale: variant.locale });
      await screen.findByText(t("compose.attached", { count: calls.length }));
      await expect(violations(container)).resolves.toEqual([]);
    },
    TIMEOUT,
  );

  it(
    "has none while it explains that the manager is not known yet",
    async () => {
      const { container } = renderPane(variant, { manager: "none" });
      await expect.poll(async () => (await attachButton(variant)).getAttribute("aria-disabled")).toBe("true");
      await expect(violations(container)).resolves.toEqual([]);
    },
    TIMEOUT,
  );
});

describe("the check itself", () => {
  it("reports a control without a name", async () => {
    const english = VARIANTS[0] as Variant;
    const { container } = renderPane(english);
    await attachButton(english);
    container.append(document.createElement("button"));

    await expect(violations(container)).resolves.toEqual([
      expect.stringMatching(/^button-name \(critical\)/),
    ]);
  });
});
