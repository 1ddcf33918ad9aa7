import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserForThisFile } from "./support/browser.ts";

/** Seeded in `demo-tenant/seed/calendar.seed.ts`: what the rep must and must not see on the first screen. */
const CUSTOMER_CALLS = [
  "Fabrikam | Discovery call",
  "Northwind Traders | Contoso Flow demo",
  "Woodgrove Bank | Discovery: client onboarding",
  "Van den Berg Logistiek | Kennismaking",
];
const NOT_CALLS = {
  cancelled: "Fabrikam | IT landscape walkthrough",
  allDay: "Sales Kick-off Benelux",
  declined: "Woodgrove Bank | Fintech Partner Day",
  noAttendees: "Focus: CRM updates",
};

const baseUrl = inject("baseUrl");
const browser = browserForThisFile();

/** The call rows, once all are drawn: the list draws them in steps, and is marked busy until the last. */
async function callRows(page: Page) {
  await page.getByRole("heading", { level: 2, name: "Recent calls" }).waitFor();
  const list = page.getByRole("listitem");
  await list.first().waitFor();
  await page.locator("[aria-busy='true']:has(section li)").waitFor({ state: "detached" });
  return list;
}

describe("the rep's first screen, as a newcomer sees it after npm start", () => {
  it("lists the rep's customer calls and none of the cancelled, all-day, declined or solo events", async () => {
    const page = await browser.open(baseUrl);
    const rows = await callRows(page);
    const text = (await rows.allInnerTexts()).join("\n");

    for (const subject of CUSTOMER_CALLS) expect(text).toContain(subject);
    for (const subject of Object.values(NOT_CALLS)) expect(text).not.toContain(subject);

    const discovery = rows.filter({ hasText: "Fabrikam | Discovery call" });
    await expect(discovery.getByText("Customer", { exact: true }).count()).resolves.toBe(1);
    const oneOnOne = rows.filter({ hasText: "1:1 Daan / Megan" }).first();
    await expect(oneOnOne.getByText("Internal", { exact: true }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it("says which calls have a transcript once Graph has answered", async () => {
    const page = await browser.open(baseUrl);
    const rows = await callRows(page);
    const discovery = rows.filter({ hasText: "Fabrikam | Discovery call" });
    await discovery.getByText("Transcript", { exact: true }).waitFor();
    await page.context().close();
  });

  it("narrows the list to customer calls with the filter, using only the keyboard", async () => {
    const page = await browser.open(baseUrl);
    await callRows(page);
    const customerTab = page.getByRole("tab", { name: "Customer calls" });
    await customerTab.focus();
    await page.keyboard.press("Enter");
    await expect(customerTab.getAttribute("aria-selected")).resolves.toBe("true");
    const text = (await page.getByRole("listitem").allInnerTexts()).join("\n");
    expect(text).toContain("Fabrikam | Discovery call");
    expect(text).not.toContain("1:1 Daan / Megan");
    await page.context().close();
  });

  it("fits Outlook's 320 px task pane without sideways scrolling", async () => {
    const page = await browser.open(baseUrl, { viewport: { width: 320, height: 700 } });
    await callRows(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("speaks Dutch when the host's language is Dutch", async () => {
    const page = await browser.open(`${baseUrl}/?lang=nl`, { locale: "nl-NL" });
    await page.getByRole("heading", { level: 2, name: "Recente gesprekken" }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("nl");
    await page.context().close();
  });

  it("shows the app's mark at once while the code loads, and a spinner only once that takes half a second", async () => {
    const page = await browser.open("about:blank");
    // The code held back: the start-up screen stays, as on a slow link.
    await page.route("**/assets/*.js", () => undefined);
    await page.goto(baseUrl, { waitUntil: "commit" });
    await page.locator(".boot-mark").waitFor();
    // The spinner's appearance, at a given time since the page began (its animations held there, not waited for).
    const spinnerAt = (ms: number) =>
      page.evaluate((time) => {
        const spinner = document.querySelector(".boot");
        if (!spinner) throw new Error("no start-up spinner");
        for (const animation of spinner.getAnimations()) {
          animation.pause();
          animation.currentTime = time;
        }
        return getComputedStyle(spinner).visibility;
      }, ms);
    expect(await spinnerAt(400)).toBe("hidden");
    expect(await spinnerAt(600)).toBe("visible");
    await page.context().close();
  });

  it("fetches the flag's and log-a-call's dialogs only once the rep reaches for the list", async () => {
    const page = await browser.open("about:blank");
    const dialogCode: string[] = [];
    page.on("request", (request) => {
      if (/\/(ReframeDialog|LogCallDialog)-[^/]*\.js$/.test(request.url())) dialogCode.push(request.url());
    });
    await page.goto(baseUrl);
    const rows = await callRows(page);
    // The first screen is done: every row, with what Graph said of its transcript.
    await rows
      .filter({ hasText: "Fabrikam | Discovery call" })
      .getByText("Transcript", { exact: true })
      .waitFor();
    expect(dialogCode).toEqual([]);

    const reframeCode = page.waitForRequest(/\/ReframeDialog-[^/]*\.js$/);
    await rows.first().hover();
    await reframeCode;
    await page.context().close();
  });

  it("says what failed when Graph is down, and recovers with Try again", async () => {
    await fetch(`${baseUrl}/graph/demo/faults`, { method: "DELETE" });
    // More outages than the client retries: the rep must see a plain sentence, not a spinner forever.
    await fetch(`${baseUrl}/graph/demo/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "unavailable",
        count: 50,
        retryAfterSeconds: 0,
        path: "/me/calendarView",
      }),
    });
    const page = await browser.open(baseUrl);
    try {
      await page.getByText("Microsoft 365 isn't available right now").waitFor();
    } finally {
      await fetch(`${baseUrl}/graph/demo/faults`, { method: "DELETE" });
    }
    await page.getByRole("button", { name: "Try again" }).click();
    const rows = await callRows(page);
    expect((await rows.allInnerTexts()).join("\n")).toContain("Fabrikam | Discovery call");
    await page.context().close();
  });
});

describe("the demo tenant's user switcher", () => {
  it("switches to the manager and back, each seeing their own calendar", async () => {
    const page = await browser.open(baseUrl);
    await callRows(page);

    await page.getByRole("button", { name: /Demo tenant · Daan Visser/ }).click();
    await page.getByRole("combobox", { name: "Signed in as" }).click();
    await page.getByRole("option", { name: "Megan Bowen (Manager)" }).click();
    await page.getByRole("listitem").filter({ hasText: "1:1 Tom / Megan" }).first().waitFor();
    expect((await page.getByRole("listitem").allInnerTexts()).join("\n")).not.toContain(
      "Fabrikam | Discovery call",
    );

    await page.getByRole("button", { name: /Demo tenant · Megan Bowen/ }).click();
    await page.getByRole("combobox", { name: "Signed in as" }).click();
    await page.getByRole("option", { name: "Daan Visser (Rep)" }).click();
    await page.getByRole("listitem").filter({ hasText: "Fabrikam | Discovery call" }).waitFor();
    await page.context().close();
  });
});
