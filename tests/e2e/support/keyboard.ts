import type { Locator, Page } from "playwright-core";

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

/**
 * What a sighted user sees of focus on an element: outlines, shadows, borders and transforms (Fluent draws a
 * field's focus line as a scaled pseudo-element on its wrapper), on it and the two elements around it.
 */
function focusLook(target: Locator): Promise<string> {
  return target.evaluate((element) => {
    const properties = [
      "outline-style",
      "outline-width",
      "outline-color",
      "box-shadow",
      "border-top-color",
      "border-bottom-color",
      "border-bottom-width",
      "transform",
    ];
    const looks: string[] = [];
    for (
      let node: Element | null = element, level = 0;
      node && level < 3;
      node = node.parentElement, level++
    ) {
      for (const pseudo of [null, "::before", "::after"]) {
        const style = getComputedStyle(node, pseudo);
        looks.push(properties.map((property) => style.getPropertyValue(property)).join("|"));
      }
    }
    return looks.join("\n");
  });
}

/**
 * Presses Tab until `target` has focus, then checks that a sighted user can see it there: its look (see
 * `focusLook`) differs from before it had focus. Fails after `limit` presses, which also pins the order: from
 * the previous control, `target` is at most `limit` presses away.
 */
export async function tabToVisibly(page: Page, target: Locator, limit = 200): Promise<void> {
  const unfocused = await focusLook(target);
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) {
      if ((await focusLook(target)) === unfocused) {
        throw new Error(`Focus on "${await focusedName(page)}" does not show`);
      }
      return;
    }
  }
  throw new Error(
    `Tab never reached ${target} within ${limit} presses (stopped on "${await focusedName(page)}")`,
  );
}
