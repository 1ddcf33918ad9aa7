import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserForThisFile } from "./support/browser.ts";
import { tabTo } from "./support/keyboard.ts";

const baseUrl = inject("baseUrl");
const browser = browserForThisFile();

function rowOf(page: Page, subject: string) {
  return page.getByRole("listitem").filter({ has: page.getByText(subject, { exact: true }) });
}

describe("flag a bad call and reframe it, and never lose a word", () => {
  it("flags and reframes a call with the keyboard alone, and finds it so after a reload", async () => {
    const page = await browser.open(baseUrl);
    const subject = "Fabrikam | Discovery call";
    await page.getByRole("button", { name: `Flag ${subject}` }).waitFor();

    await tabTo(page, `Flag ${subject}`);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Reframe this call" });
    await dialog.waitFor();

    // Focus starts in the first answer; each next answer is a few Tabs on, past its suggestions.
    await page.keyboard.type("it's one prospect, not all of them");
    await tabTo(page, /Is it pervasive\?/);
    await page.keyboard.type("my other deals are moving");
    await tabTo(page, /Is it personal\?/);
    await page.keyboard.type("they have no budget this quarter <b>really</b>");
    await tabTo(page, "Done");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });

    await page.getByText("All changes saved").first().waitFor();
    await page.reload();

    const row = rowOf(page, subject);
    await row.getByText("Flagged", { exact: true }).waitFor();
    await row.getByText("Reframed", { exact: true }).waitFor();
    await expect(
      page.getByRole("button", { name: `Flag ${subject}` }).getAttribute("aria-pressed"),
    ).resolves.toBe("true");
    await page.context().close();

    // A fresh browser profile has no local copy or outbox: what it shows came from the rep's OneDrive.
    const elsewhere = await browser.open(baseUrl);
    const sameRow = rowOf(elsewhere, subject);
    await sameRow.getByText("Flagged", { exact: true }).waitFor();
    await sameRow.getByText("Reframed", { exact: true }).waitFor();
    await elsewhere.context().close();
  });

  it("logs a phone call by hand, then flags it like any other call", async () => {
    const page = await browser.open(baseUrl);
    await page.getByRole("button", { name: "Log a call" }).click();
    const form = page.getByRole("dialog", { name: "Log a call" });
    await form.getByLabel("Contact name").fill("Sam de Wit");
    await form.getByLabel("Company").fill("Acme Logistiek");
    await form.getByLabel("Phone number").fill("+31 20 555 0199");
    await form.getByLabel("Phone number").press("Enter");
    await form.waitFor({ state: "detached" });

    const subject = "Sam de Wit, Acme Logistiek";
    await page.getByRole("button", { name: `Flag ${subject}` }).click();
    const reframe = page.getByRole("dialog", { name: "Reframe this call" });
    await reframe.getByRole("button", { name: "Skip for now" }).click();
    await page.getByText("All changes saved").first().waitFor();

    await page.reload();
    const row = rowOf(page, subject);
    await row.getByText("Flagged", { exact: true }).waitFor();
    await page.context().close();
  });
});
