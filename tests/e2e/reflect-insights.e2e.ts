import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserForThisFile } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const browser = browserForThisFile();

/** Flags the call from the calls list and skips the reframe, as a rep in a hurry does. */
async function flagWithoutReframe(page: Page, subject: string): Promise<void> {
  await page.getByRole("button", { name: `Flag ${subject}` }).click();
  const reframe = page.getByRole("dialog", { name: "Reframe this call" });
  await reframe.getByRole("button", { name: "Skip for now" }).click();
  await reframe.waitFor({ state: "detached" });
}

/** Opens the Reflect tab and the flagged call's section (the newest flagged call may be open already). */
async function openInReflect(page: Page, subject: string): Promise<Locator> {
  await page.getByRole("tab", { name: "Reflect" }).click();
  const header = page.getByRole("button", { name: new RegExp(`^${escapeRegExp(subject)}`) });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  // The section: the call's heading and, beside it, its open panel.
  return page.getByRole("heading", { level: 3, name: new RegExp(`^${escapeRegExp(subject)}`) }).locator("..");
}

/** The figure shown under this label in the conversation figures. */
function figure(section: Locator, label: string): Locator {
  return section.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("reflect on a flagged call with what its transcript says", () => {
  it("shows the call's figures and key moments, and keeps the moment ticked and the answer after a reload", async () => {
    const subject = "Northwind Traders | Contoso Flow demo";
    const page = await browser.open(baseUrl);
    await flagWithoutReframe(page, subject);

    let section = await openInReflect(page, subject);
    const insights = section.getByRole("region", { name: "From the transcript" });
    await insights.getByRole("heading", { name: "Key moments" }).waitFor();

    // The seeded demo is almost all the rep talking: far above the published range, given as context.
    const repShare = Number.parseInt(
      (await figure(insights, "Your share of talk time").textContent()) ?? "",
      10,
    );
    expect(repShare).toBeGreaterThan(85);
    await insights
      .getByText("Winning calls run near 43% rep talk time; above 65% tends to convert worse.")
      .waitFor();

    const monologue = insights
      .getByRole("listitem")
      .filter({ hasText: /You talked for .+ without a break\./ })
      .first();
    const description = (await monologue.locator("p").first().textContent()) ?? "";
    await monologue.getByRole("checkbox", { name: "Discuss this" }).check();

    const answer = "I demoed for twenty minutes before asking what they needed.";
    await section.getByRole("textbox", { name: "What happened?" }).fill(answer);
    await section.getByRole("textbox", { name: "What happened?" }).press("Tab");
    await page.getByText("All changes saved").first().waitFor();

    await page.reload();
    section = await openInReflect(page, subject);
    const ticked = section
      .getByRole("listitem")
      .filter({ has: page.getByText(description, { exact: true }) })
      .getByRole("checkbox", { name: "Discuss this" });
    await ticked.waitFor();
    await expect(ticked.isChecked()).resolves.toBe(true);
    await expect(section.getByRole("textbox", { name: "What happened?" }).inputValue()).resolves.toBe(answer);
    await page.context().close();
  });

  it("says in one sentence when the admin has turned transcripts off", async () => {
    const subject = "Northwind Traders | Pricing and proposal";
    const page = await browser.open(baseUrl);
    await flagWithoutReframe(page, subject);

    const section = await openInReflect(page, subject);

    await section
      .getByText("Your admin has turned off transcript access for apps.", { exact: true })
      .waitFor();
    await expect(section.getByRole("heading", { name: "Key moments" }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
