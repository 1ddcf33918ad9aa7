import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { DEMO_MANAGER_UPN } from "../../demo-tenant/demo-users.ts";
import { createI18n } from "../../src/i18n/create-i18n.ts";
import { browserForThisFile } from "./support/browser.ts";

/**
 * The whole review journey in the demo, as two people in one browser tab: the rep flags a bad call and reframes
 * it, schedules a review of it with the manager; the manager opens the invite's pane, reads the rep's reframe,
 * keeps a private note, agrees a learning and sends the follow-up; the rep's reviews list says it arrived.
 */

const baseUrl = inject("baseUrl");
const browser = browserForThisFile();
const { t } = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });

const REP = "Daan Visser";
const MANAGER = "Megan Bowen";
/**
 * A customer call that no other browser test flags: the files share one demo tenant, and its review must hold
 * this call alone.
 */
const SUBJECT = "Northwind Traders | Order desk walkthrough";
const REFRAME = "one order desk, one afternoon: their process, not my pitch";
const PRIVATE_NOTE = "Daan rushed past the order volumes; ask what he heard there.";
const LEARNING = "Ask for the order volumes before showing the flow";

/** Megan's calendar events that carry a review packet, by ID, as Graph gives them to her. */
async function megansReviewInviteIds(): Promise<Set<string>> {
  const now = Date.now();
  const window = new URLSearchParams({
    startDateTime: new Date(now).toISOString(),
    endDateTime: new Date(now + 30 * 24 * 60 * 60 * 1000).toISOString(),
    $top: "100",
  });
  const response = await fetch(`${baseUrl}/graph/v1.0/me/calendarView?${window}`, {
    headers: { authorization: `Bearer demo:${DEMO_MANAGER_UPN}` },
  });
  if (!response.ok) throw new Error(`Megan's calendar: ${response.status}`);
  const { value } = (await response.json()) as { value: Array<{ id: string; hasAttachments: boolean }> };
  return new Set(value.filter((event) => event.hasAttachments).map((event) => event.id));
}

/** Becomes `name` with the demo toolbar's account picker, and waits until the app is theirs. */
async function switchUser(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole("button", { name: `${t("demo.tenant")} · ${from}` }).click();
  const settings = page.getByRole("dialog", { name: t("demo.settings") });
  await settings.getByRole("combobox", { name: t("demo.signedInAsLabel") }).click();
  await page.getByRole("option", { name: new RegExp(`^${to} `) }).click();
  await page.getByRole("button", { name: `${t("demo.tenant")} · ${to}` }).waitFor();
}

/** The rep's review sessions that hold the journey's call. */
function sessionWithTheCall(page: Page) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 4 }) })
    .filter({ has: page.getByText(SUBJECT, { exact: true }) });
}

describe("the review journey, rep to manager and back", () => {
  it("flags and reframes a call, reviews it with the manager, and shows the rep that her follow-up arrived", async () => {
    const invitesBefore = await megansReviewInviteIds();
    const page = await browser.open(baseUrl);

    // The rep, right after the call: flag it and reframe it.
    await page.getByRole("button", { name: t("flag.flagCall", { subject: SUBJECT }) }).click();
    const reframe = page.getByRole("dialog", { name: t("reframe.title") });
    await reframe.waitFor();
    await page.keyboard.type(REFRAME);
    await reframe.getByRole("button", { name: t("reframe.done") }).click();
    await reframe.waitFor({ state: "detached" });
    await page.getByText(t("saveStatus.saved")).first().waitFor();

    // Later: plan a review of this call alone with the manager.
    await page.getByRole("tab", { name: t("review.tab") }).click();
    await page.getByRole("button", { name: t("review.planReview") }).click();
    await page.getByRole("heading", { name: t("review.managerHeading") }).waitFor();
    await page.getByText(MANAGER).first().waitFor();
    await page.getByRole("button", { name: t("review.next") }).click();

    await page.getByRole("heading", { name: t("review.callsHeading") }).waitFor();
    const theCall = page.getByRole("checkbox", { name: SUBJECT, exact: true });
    await theCall.waitFor();
    await expect(theCall.isChecked()).resolves.toBe(true);
    // Calls other browser tests flagged are chosen too by default: leave them out.
    const otherCalls = page
      .getByRole("listitem")
      .filter({ hasNot: page.getByText(SUBJECT, { exact: true }) })
      .getByRole("checkbox", { checked: true });
    while ((await otherCalls.count()) > 0) await otherCalls.first().uncheck();
    await page.getByText(t("review.callsChosen", { count: 1 })).waitFor();
    await page.getByRole("button", { name: t("review.next") }).click();

    await page.getByRole("heading", { name: t("review.timeHeading") }).waitFor();
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: t("review.next") }).click();

    await page.getByRole("heading", { name: t("review.previewHeading") }).waitFor();
    await page.getByText(REFRAME).first().waitFor();
    await page.getByRole("button", { name: t("review.schedule") }).click();
    await page.getByText(t("review.scheduled")).waitFor();
    await page.getByRole("button", { name: t("review.done") }).click();
    await sessionWithTheCall(page).waitFor();

    const newInvites = [...(await megansReviewInviteIds())].filter((id) => !invitesBefore.has(id));
    expect(newInvites).toHaveLength(1);
    const [inviteId] = newInvites;

    // The manager: her review invites are in the demo toolbar; she opens the pane on the new one.
    await switchUser(page, REP, MANAGER);
    await page.getByRole("button", { name: `${t("demo.tenant")} · ${MANAGER}` }).click();
    const settings = page.getByRole("dialog", { name: t("demo.settings") });
    const invites = settings.getByRole("region", { name: t("manager.demoInvitesHeading") });
    await invites.getByRole("link").first().waitFor();
    const inviteLinks = await invites
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const index = inviteLinks.findIndex((href) => new URL(href).searchParams.get("eventId") === inviteId);
    expect(index).toBeGreaterThanOrEqual(0);
    await invites.getByRole("link").nth(index).click();
    await page.waitForURL((url) => url.searchParams.get("eventId") === inviteId);

    // She sees the call and the rep's reframe, and writes her notes.
    await page.getByRole("heading", { name: t("manager.guideHeading") }).waitFor();
    await page.getByText(SUBJECT).first().waitFor();
    await page.getByText(REFRAME).first().waitFor();
    const privateNote = page.getByRole("textbox", { name: t("manager.privateNotes", { subject: SUBJECT }) });
    await expect.poll(() => privateNote.isEnabled(), { timeout: 45_000 }).toBe(true);
    await privateNote.fill(PRIVATE_NOTE);
    const agreed = page.getByRole("textbox", { name: t("manager.agreedLearning", { subject: SUBJECT }) });
    await agreed.fill(LEARNING);
    await agreed.press("Tab");

    // The preview holds what was agreed and never her private note; she sends it.
    await page.getByRole("button", { name: t("manager.preview") }).click();
    const mail = page.frameLocator(`iframe[title="${t("manager.previewFrame", { rep: REP })}"]`);
    await mail.getByText(LEARNING).waitFor();
    await expect(mail.getByText(PRIVATE_NOTE).count()).resolves.toBe(0);
    await page.getByRole("button", { name: t("manager.send") }).click();
    await page.getByText(t("manager.sendAgainHint", { rep: REP })).waitFor();

    // Back to the rep: the reviews list says the follow-up arrived, with a link to the mail.
    await page.getByRole("link", { name: t("manager.demoBack") }).click();
    await switchUser(page, MANAGER, REP);
    await page.getByRole("tab", { name: t("review.tab") }).click();
    const session = sessionWithTheCall(page);
    await session.getByText(new RegExp(`^Follow-up from ${MANAGER} arrived on `)).waitFor();
    const openMail = session.getByRole("link", {
      name: /^Open the follow-up to the review on .* in Outlook$/,
    });
    await expect(openMail.getAttribute("href")).resolves.toMatch(/^https:\/\//);
    await page.context().close();
  }, 240_000);
});
