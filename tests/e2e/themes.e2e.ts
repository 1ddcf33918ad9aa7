import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { createI18n } from "../../src/i18n/create-i18n.ts";
import { browserForThisFile } from "./support/browser.ts";

/**
 * The theme followed live, as a host switches it: in the demo the toolbar stands in for Teams' and Outlook's
 * settings (the hosts' own events are covered in `src/app/use-host-context.test.tsx`).
 */

const baseUrl = inject("baseUrl");
const browser = browserForThisFile();
const { t } = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });

/** `#rrggbb` as the browser computes it. */
function rgb(hex: string): string {
  const [red, green, blue] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${red}, ${green}, ${blue})`;
}

/** The background the app is painted on: its Fluent provider's. */
function appBackground(page: Page): Promise<string> {
  return page
    .locator(".fui-FluentProvider")
    .first()
    .evaluate((provider) => getComputedStyle(provider).backgroundColor);
}

/** A mark on this page's window: a reload would lose it. */
const MARK = "momentumThemeTest";

describe("the theme", () => {
  it("switches live, without a reload, as the user picks another in the demo toolbar", async () => {
    const page = await browser.open(`${baseUrl}/?theme=light`);
    await page.getByRole("listitem").first().waitFor();
    await expect(appBackground(page)).resolves.toBe(rgb(webLightTheme.colorNeutralBackground1));
    await page.evaluate((mark) => Reflect.set(window, mark, true), MARK);

    await page.getByRole("button", { name: /^Demo tenant · / }).click();
    const themes = page.getByRole("combobox", { name: t("theme.label") });
    for (const [name, background] of [
      [t("theme.dark"), webDarkTheme.colorNeutralBackground1],
      [t("theme.highContrast"), teamsHighContrastTheme.colorNeutralBackground1],
      [t("theme.light"), webLightTheme.colorNeutralBackground1],
    ] as const) {
      await themes.click();
      await page.getByRole("option", { name }).click();
      await expect.poll(() => appBackground(page)).toBe(rgb(background));
    }

    await expect(page.evaluate((mark) => Reflect.get(window, mark), MARK)).resolves.toBe(true);
    await page.context().close();
  });

  it("paints every screen from the app's stylesheet: rendering writes no style rule into the page", async () => {
    const page = await browser.open(`${baseUrl}/?theme=light`);
    await page.getByRole("listitem").first().waitFor();
    // The demo toolbar's popover and the theme picker come from chunks of their own, loaded now.
    await page.getByRole("button", { name: /^Demo tenant · / }).click();
    await page.getByRole("combobox", { name: t("theme.label") }).click();
    await page.getByRole("option", { name: t("theme.dark") }).click();
    await expect.poll(() => appBackground(page)).toBe(rgb(webDarkTheme.colorNeutralBackground1));
    // Griffel writes a rule it has not seen into a <style> element of its own, one per kind of rule: there is none,
    // as every component's rules are in the stylesheet the build made (scripts/build/griffel-stylesheet.plugin.ts).
    await expect(page.locator("style[data-make-styles-bucket]").count()).resolves.toBe(0);
    await expect(page.locator('link[rel="stylesheet"][href*="/assets/griffel-"]').count()).resolves.toBe(1);
    await page.context().close();
  });
});
