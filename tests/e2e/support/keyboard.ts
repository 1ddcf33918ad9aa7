import type { Page } from "playwright-core";

/** The accessible name (or text) of whatever has keyboard focus. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return "";
    const labelledBy = element.getAttribute("aria-labelledby");
    const label =
      element.getAttribute("aria-label") ??
      (labelledBy ? document.getElementById(labelledBy.split(" ")[0] ?? "")?.textContent : null) ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null);
    return (label ?? element.textContent ?? "").trim();
  });
}

/** Presses Tab until the focused control's name matches, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(page: Page, name: string | RegExp, limit = 200): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const focused = await focusedName(page);
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}
