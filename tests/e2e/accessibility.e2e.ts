import AxeBuilder from "@axe-core/playwright";
import type { Event } from "@microsoft/microsoft-graph-types";
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN, DEMO_TIME_ZONE } from "../../demo-tenant/demo-users.ts";
import { GraphReviewSessionRepository } from "../../src/data/review-session.graph-repository.ts";
import { nextWorkingDaysWindow } from "../../src/domain/calendar/working-days.ts";
import { buildReviewInvite, buildReviewPacket } from "../../src/domain/review/index.ts";
import { formatTestDate, makeCallSelection, TEST_LABELS } from "../../src/domain/review/review.fixtures.ts";
import { createTestGraphClient } from "../../src/graph/graph-client.fake.ts";
import { createI18n } from "../../src/i18n/create-i18n.ts";
import type { Translate } from "../../src/i18n/translate.ts";
import { browserForThisFile } from "./support/browser.ts";
import { tabTo, tabToVisibly } from "./support/keyboard.ts";

/**
 * Every screen a user reaches, checked by axe-core against WCAG 2.0 and 2.1, levels A and AA, in the light,
 * dark and high-contrast themes and once in Dutch. Screens are opened the way a user opens them; names come from
 * the same catalogs the app speaks, so the Dutch pass walks the same path.
 */

const baseUrl = inject("baseUrl");
const browser = browserForThisFile();

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * A customer call with a transcript that no other browser test flags or unflags: the files share one demo
 * tenant, so this one must leave the others' calls as it found them.
 */
const SUBJECT = "Fabrikam | Follow-up: IT and security questions";

interface Variant {
  readonly name: string;
  readonly query: string;
  readonly locale: string;
}

const VARIANTS: readonly Variant[] = [
  { name: "light", query: "?theme=light", locale: "en-US" },
  { name: "dark", query: "?theme=dark", locale: "en-US" },
  { name: "high contrast", query: "?theme=highContrast", locale: "en-US" },
  { name: "Dutch", query: "?theme=light&lang=nl", locale: "nl-NL" },
];

/**
 * A screen and how a user gets there from a fresh start; `open` returns once the screen has settled. The rep's
 * screens start from the rep's tab; a manager's screen names its user and the page it starts from.
 */
interface Screen {
  readonly name: string;
  readonly start?: { readonly user: string; url(query: string): Promise<string> };
  open(page: Page, t: Translate): Promise<void>;
}

/** The calls list with the rep's flags on it: whether a call is flagged is known once the notes have loaded. */
async function callsShown(page: Page, t: Translate): Promise<void> {
  await page.getByRole("button", { name: t("flag.flagCall", { subject: SUBJECT }) }).waitFor();
  await page.getByText(t("saveStatus.saved")).first().waitFor();
}

/**
 * Flags {@link SUBJECT} unless it is flagged already. Flagging opens the reframe dialog, which is left open;
 * returns whether it did.
 */
async function ensureFlagged(page: Page, t: Translate): Promise<boolean> {
  await callsShown(page, t);
  const flag = page.getByRole("button", { name: t("flag.flagCall", { subject: SUBJECT }) });
  if ((await flag.getAttribute("aria-pressed")) === "true") return false;
  await flag.click();
  await page.getByRole("dialog", { name: t("reframe.title") }).waitFor();
  return true;
}

async function flaggedWithoutReframe(page: Page, t: Translate): Promise<void> {
  if (!(await ensureFlagged(page, t))) return;
  const reframe = page.getByRole("dialog", { name: t("reframe.title") });
  await reframe.getByRole("button", { name: t("reframe.skip") }).click();
  await reframe.waitFor({ state: "detached" });
}

const PLANNER_HEADINGS = {
  manager: "review.managerHeading",
  calls: "review.callsHeading",
  time: "review.timeHeading",
  preview: "review.previewHeading",
} as const;
type PlannerStep = keyof typeof PLANNER_HEADINGS;
const PLANNER_STEPS = Object.keys(PLANNER_HEADINGS) as PlannerStep[];

/** Walks the review planner up to `step` as the rep does, with the first free time suggested. */
async function planUpTo(page: Page, t: Translate, step: PlannerStep): Promise<void> {
  await flaggedWithoutReframe(page, t);
  await page.getByRole("tab", { name: t("review.tab") }).click();
  await page.getByRole("button", { name: t("review.planReview") }).click();
  await page.getByRole("heading", { name: t(PLANNER_HEADINGS.manager) }).waitFor();
  await page.getByText("Megan Bowen").first().waitFor();
  for (const next of PLANNER_STEPS.slice(1, PLANNER_STEPS.indexOf(step) + 1)) {
    if (next === "preview") await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: t("review.next") }).click();
    await page.getByRole("heading", { name: t(PLANNER_HEADINGS[next]) }).waitFor();
    if (next === "time") await page.getByRole("radio").first().waitFor();
  }
}

/** The rep's tab in Teams (also Outlook and the Microsoft 365 app). */
const REP_SCREENS: readonly Screen[] = [
  {
    name: "Calls",
    async open(page, t) {
      await callsShown(page, t);
      await page.getByText(t("calls.transcriptAvailable"), { exact: true }).first().waitFor();
    },
  },
  {
    name: "log-a-call dialog",
    async open(page, t) {
      await callsShown(page, t);
      await page.getByRole("button", { name: t("logCall.open") }).click();
      await page.getByRole("dialog", { name: t("logCall.title") }).waitFor();
    },
  },
  {
    name: "reframe dialog",
    async open(page, t) {
      if (await ensureFlagged(page, t)) return;
      await page.getByRole("button", { name: t("flag.reframeCall", { subject: SUBJECT }) }).click();
      await page.getByRole("dialog", { name: t("reframe.title") }).waitFor();
    },
  },
  {
    name: "settings menu",
    async open(page, t) {
      await callsShown(page, t);
      await page.getByRole("button", { name: t("home.moreOptions") }).click();
      await page.getByRole("menuitem", { name: t("deleteData.open") }).waitFor();
    },
  },
  {
    name: "delete-my-data dialog",
    async open(page, t) {
      await callsShown(page, t);
      await page.getByRole("button", { name: t("home.moreOptions") }).click();
      await page.getByRole("menuitem", { name: t("deleteData.open") }).click();
      await page.getByRole("alertdialog", { name: t("deleteData.title") }).waitFor();
    },
  },
  {
    name: "Reflect with a call's insights open",
    async open(page, t) {
      await flaggedWithoutReframe(page, t);
      await page.getByRole("tab", { name: t("home.tabReflect") }).click();
      const header = page.getByRole("button", { name: new RegExp(`^${escapeRegExp(SUBJECT)}`) });
      if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
      await page.getByRole("heading", { name: t("insights.momentsHeading") }).waitFor();
    },
  },
  {
    name: "Reviews",
    async open(page, t) {
      await callsShown(page, t);
      await page.getByRole("tab", { name: t("review.tab") }).click();
      await page.getByRole("button", { name: t("review.planReview") }).waitFor();
    },
  },
  ...PLANNER_STEPS.map(
    (step): Screen => ({ name: `review planner: ${step}`, open: (page, t) => planUpTo(page, t, step) }),
  ),
];

/** The demo tenant's Graph, signed in as `upn`, through the app's own Graph client. */
function graphAs(upn: string) {
  return createTestGraphClient({
    baseUrl: `${baseUrl}/graph`,
    token: `demo:${upn}`,
    retry: { maxRetries: 3 },
  }).client;
}

async function graphGet<T>(upn: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graph/v1.0${path}`, {
    headers: { authorization: `Bearer demo:${upn}` },
  });
  if (!response.ok) throw new Error(`GET ${path} as ${upn}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The rep schedules a review of one call with Megan, as the review planner does (straight through the app's
 * repository, which the review-session test drives through the UI); returns the ID of Megan's copy of the invite.
 */
async function scheduleReviewWithMegan(reviewId: string): Promise<string> {
  const sessions = new GraphReviewSessionRepository(graphAs(DEMO_REP_UPN));
  const lookup = await sessions.lookUpManager();
  if (lookup.kind !== "found") throw new Error(`The rep has no manager: ${lookup.kind}`);
  const now = new Date();
  const packet = buildReviewPacket({
    reviewId,
    rep: await sessions.getRep(),
    manager: lookup.manager,
    calls: [makeCallSelection()],
    now,
  });
  const window = nextWorkingDaysWindow(now, DEMO_TIME_ZONE);
  const [slot] = (
    await sessions.findMeetingTimes({
      attendeeEmail: packet.manager.email,
      durationMinutes: 30,
      windowStart: window.start,
      windowEnd: window.end,
      timeZone: DEMO_TIME_ZONE,
    })
  ).suggestions;
  if (!slot) throw new Error("No free time with Megan");
  const invite = buildReviewInvite(packet, {
    labels: TEST_LABELS,
    formatDate: formatTestDate,
    timeZone: DEMO_TIME_ZONE,
    start: slot.start,
    end: slot.end,
  });
  const { eventId } = await sessions.scheduleReview({ invite });
  const { iCalUId } = await graphGet<Event>(
    DEMO_REP_UPN,
    `/me/events/${encodeURIComponent(eventId)}?$select=iCalUId`,
  );
  const hers = await graphGet<{ value: Event[] }>(
    DEMO_MANAGER_UPN,
    `/me/calendarView?${new URLSearchParams({ startDateTime: slot.start.toISOString(), endDateTime: slot.end.toISOString() })}`,
  );
  const copy = hers.value.find((event) => event.iCalUId === iCalUId);
  if (!copy?.id) throw new Error("The invite is not in Megan's calendar");
  return copy.id;
}

/** An ordinary meeting in Megan's calendar: a 1:1 with the rep, which carries no packet. */
async function megansOneOnOne(): Promise<string> {
  const now = Date.now();
  const window = new URLSearchParams({
    startDateTime: new Date(now - 14 * 24 * 60 * 60 * 1000).toISOString(),
    endDateTime: new Date(now).toISOString(),
    $top: "100",
  });
  const { value } = await graphGet<{ value: Event[] }>(DEMO_MANAGER_UPN, `/me/calendarView?${window}`);
  const oneOnOne = value.find(
    (event) => event.subject?.startsWith("1:1 Daan / Megan") && !event.hasAttachments,
  );
  if (!oneOnOne?.id) throw new Error("No 1:1 in Megan's calendar");
  return oneOnOne.id;
}

/** The same promise for every caller: one invite serves every screen that only reads it. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

const sharedInvite = once(() => scheduleReviewWithMegan(`review-a11y-${Date.now()}`));

/** Megan's Outlook pane on `eventId`, as the demo shows it without Outlook. */
function paneUrl(query: string, eventId: string): string {
  const url = new URL(`${baseUrl}/${query}`);
  url.searchParams.set("pane", "review");
  url.searchParams.set("eventId", eventId);
  return url.href;
}

/** The pane has read the packet and Megan's notes: her fields can be written. */
async function packetShown(page: Page, t: Translate): Promise<void> {
  await page.getByRole("heading", { name: t("manager.guideHeading") }).waitFor();
  const note = page.getByRole("textbox", { name: t("manager.privateNotes", { subject: PACKET_CALL }) });
  await expect.poll(() => note.isEnabled(), { timeout: 45_000 }).toBe(true);
}

/** The call in the fixture packet the rep sends ({@link makeCallSelection}). */
const PACKET_CALL = makeCallSelection().call.subject;

/** The manager's Outlook pane on a review invite, shown in the demo as Megan. */
const MANAGER_SCREENS: readonly Screen[] = [
  {
    name: "manager pane: packet, coaching guide and notes",
    start: { user: DEMO_MANAGER_UPN, url: async (query) => paneUrl(query, await sharedInvite()) },
    open: packetShown,
  },
  {
    name: "manager pane: follow-up preview",
    start: { user: DEMO_MANAGER_UPN, url: async (query) => paneUrl(query, await sharedInvite()) },
    async open(page, t) {
      await packetShown(page, t);
      await page.getByRole("button", { name: t("manager.preview") }).click();
      await page.getByTitle(t("manager.previewFrame", { rep: "Daan Visser" })).waitFor();
    },
  },
  {
    name: "manager pane: follow-up sent",
    // Sending is once per review: each pass sends its own.
    start: {
      user: DEMO_MANAGER_UPN,
      url: async (query) => paneUrl(query, await scheduleReviewWithMegan(`review-a11y-sent-${Date.now()}`)),
    },
    async open(page, t) {
      await packetShown(page, t);
      await page.getByRole("button", { name: t("manager.send") }).click();
      await page.getByText(t("manager.sendAgainHint", { rep: "Daan Visser" })).waitFor();
    },
  },
  {
    name: "demo settings with the manager's review invites",
    start: {
      user: DEMO_MANAGER_UPN,
      url: async (query) => {
        await sharedInvite();
        return `${baseUrl}/${query}`;
      },
    },
    async open(page, t) {
      // Megan's own calls behind it, settled: her notes loaded, so her flag buttons are no longer disabled.
      await page.getByText(t("saveStatus.saved")).first().waitFor();
      await page.getByRole("button", { name: `${t("demo.tenant")} · Megan Bowen` }).click();
      await page
        .getByRole("region", { name: t("manager.demoInvitesHeading") })
        .getByRole("link")
        .first()
        .waitFor();
    },
  },
  {
    name: "manager pane: a meeting without a packet",
    start: { user: DEMO_MANAGER_UPN, url: async (query) => paneUrl(query, await megansOneOnOne()) },
    async open(page, t) {
      await page.getByText(t("manager.noPacketTitle")).waitFor();
    },
  },
];

/** Every screen checked. The organizer's compose pane exists only in Outlook: `ComposePane.a11y.test.tsx`. */
const SCREENS: readonly Screen[] = [...REP_SCREENS, ...MANAGER_SCREENS];

/** Where demo sign-in keeps the chosen user (see `demo.token-provider.ts`). */
const DEMO_USER_KEY = "momentum.demo.user";

/** Opens `screen`'s first page in a fresh context, signed in as its user. */
async function openScreenStart(screen: Screen, query: string, locale: string): Promise<Page> {
  if (!screen.start) return browser.open(`${baseUrl}/${query}`, { locale });
  return openAs(screen.start.user, await screen.start.url(query), { locale });
}

/** Opens `url` in a fresh context with the demo signed in as `user`; `beforeApp` runs in the page before the app. */
async function openAs(
  user: string,
  url: string,
  options: { readonly locale?: string; readonly beforeApp?: () => void } = {},
): Promise<Page> {
  // A static file of the app's origin, so the choice of user is in place before the app starts.
  const page = await browser.open(`${baseUrl}/icons/ribbon-16.png`, { locale: options.locale });
  if (options.beforeApp) await page.addInitScript(options.beforeApp);
  await page.evaluate(([key, chosen]) => sessionStorage.setItem(key, chosen), [DEMO_USER_KEY, user] as const);
  await page.goto(url);
  return page;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Each violation as one line a reader can act on: the rule, its impact, and the elements that break it. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    // Tabster (Fluent UI's focus manager) adds `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` at the
    // edges of tab lists, menus and dialogs; focus never rests there, it is sent on at once, and they are hidden
    // so a screen reader does not announce them. A known false positive of aria-hidden-focus (microsoft/tabster#288).
    .exclude("[data-tabster-dummy]")
    // The invite preview is an iframe with `sandbox=""`: no script runs in it, so axe's per-frame run waits for
    // an answer that never comes. Legacy mode runs axe once in the page: the frame's title is still checked.
    .setLegacyMode()
    .analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

describe.each(VARIANTS)("accessibility in $name", ({ query, locale }) => {
  const { t } = createI18n({ locale, timeZone: "Europe/Amsterdam" });

  it.each(SCREENS)(
    "$name has no WCAG 2.1 A or AA violations",
    async (screen) => {
      const page = await openScreenStart(screen, query, locale);
      await screen.open(page, t);
      await expect(violations(page)).resolves.toEqual([]);
      await page.context().close();
    },
    // Walking the planner to its last step asks the emulator for free times on a busy two-core machine.
    120_000,
  );
});

describe.each([
  { name: "light", media: { colorScheme: "light" }, locale: "en-US", background: "#ffffff" },
  { name: "dark", media: { colorScheme: "dark" }, locale: "en-US", background: "#292929" },
  { name: "high contrast", media: { forcedColors: "active" }, locale: "en-US", background: "#000000" },
  { name: "Dutch", media: { colorScheme: "light" }, locale: "nl-NL", background: "#ffffff" },
] as const)("the startup error in $name", ({ media, locale, background }) => {
  it("says plainly that Teams did not answer, with no WCAG 2.1 A or AA violations", async () => {
    const { t } = createI18n({ locale, timeZone: "Europe/Amsterdam" });
    // Outside Teams, `?host=teams` waits for a Teams that never answers; the browser's theme and language stand in.
    const page = await browser.open(`${baseUrl}/icons/ribbon-16.png`, { locale });
    await page.emulateMedia(media);
    await page.goto(`${baseUrl}/?host=teams`);
    await page.getByText(t("hostError.notInTeams")).waitFor();
    await expect(
      page
        .locator(".fui-FluentProvider")
        .first()
        .evaluate((provider) => getComputedStyle(provider).getPropertyValue("--colorNeutralBackground1")),
    ).resolves.toBe(background);
    await expect(violations(page)).resolves.toEqual([]);
    await page.context().close();
  });
});

describe("a feature that fails", () => {
  it("shows its own plain message and a retry, while the rest of the app keeps working", async () => {
    const { t } = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });
    const page = await browser.open(baseUrl);
    await callsShown(page, t);
    // Reflect's code does not arrive (offline for a moment, or a deploy replaced it).
    const reflectChunk = /\/assets\/ReflectView-[^/]*\.js$/;
    await page.route(reflectChunk, (route) => route.abort("internetdisconnected"));

    await page.getByRole("tab", { name: t("home.tabReflect") }).click();
    const failed = page.getByText(t("errorBoundary.title", { feature: t("feature.reflect") }));
    await failed.waitFor();
    await expect(page.locator("body").textContent()).resolves.not.toMatch(
      /TypeError|Failed to fetch|dynamically imported module|\.js:\d+/,
    );
    await expect(violations(page)).resolves.toEqual([]);

    await page.getByRole("tab", { name: t("review.tab") }).click();
    await page.getByRole("button", { name: t("review.planReview") }).waitFor();
    await page.getByRole("tab", { name: t("home.tabCalls") }).click();
    await page.getByRole("button", { name: t("flag.flagCall", { subject: SUBJECT }) }).waitFor();

    // Back on Reflect while its code still does not arrive: the same plain message, and Reload once it would.
    await page.getByRole("tab", { name: t("home.tabReflect") }).click();
    await failed.waitFor();
    await page.unroute(reflectChunk);
    await page.getByRole("button", { name: t("errorBoundary.reload") }).click();
    await page.getByRole("heading", { name: t("reflect.heading") }).waitFor();
    await expect(failed.count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe("the check itself", () => {
  it("reports a violation when a screen has one, with the exclusions and mode used above", async () => {
    const { t } = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });
    const page = await browser.open(baseUrl);
    await callsShown(page, t);
    await page.evaluate(() => {
      const unnamed = document.createElement("button");
      unnamed.append(document.createElement("span"));
      document.querySelector("main, #root")?.append(unnamed);
    });
    await expect(violations(page)).resolves.toEqual([expect.stringMatching(/^button-name \(critical\)/)]);
    await page.context().close();
  });
});

/** A customer call only the rep's keyboard journey flags and plans a review of. */
const KEYBOARD_CALL = "Northwind Traders | Order intake deep dive";

describe("keyboard alone, as the rep", () => {
  it("flags and reframes a call, then plans and schedules a review with the manager", async () => {
    const { t } = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });
    const page = await browser.open(baseUrl);
    await callsShown(page, t);

    const flag = page.getByRole("button", { name: t("flag.flagCall", { subject: KEYBOARD_CALL }) });
    await tabToVisibly(page, flag);
    await page.keyboard.press("Space");
    const reframe = page.getByRole("dialog", { name: t("reframe.title") });
    await reframe.waitFor();
    // Focus starts in the dialog's first answer.
    await page.keyboard.type("one prospect, one quarter");
    await tabToVisibly(page, reframe.getByRole("button", { name: t("reframe.done") }));
    await page.keyboard.press("Enter");
    await reframe.waitFor({ state: "detached" });
    // Closing hands focus back to the call's row the rep was on, and the live region says the reframe is safe.
    const row = page.getByRole("listitem").filter({ has: flag });
    await expect.poll(() => row.evaluate((item) => item.contains(document.activeElement))).toBe(true);
    await page
      .getByRole("status")
      .filter({ hasText: t("saveStatus.saved") })
      .waitFor();

    await tabTo(page, t("home.tabCalls"));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(isFocused(page.getByRole("tab", { name: t("review.tab") }))).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await tabToVisibly(page, page.getByRole("button", { name: t("review.planReview") }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: t("review.managerHeading") }).waitFor();
    await page.getByText("Megan Bowen").first().waitFor();

    const next = page.getByRole("button", { name: t("review.next") });
    await tabToVisibly(page, next);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: t("review.callsHeading") }).waitFor();
    await expect(
      page.getByRole("checkbox", { name: new RegExp(escapeRegExp(KEYBOARD_CALL)) }).isChecked(),
    ).resolves.toBe(true);
    await tabToVisibly(page, next);
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: t("review.timeHeading") }).waitFor();
    const firstTime = page.getByRole("radio").first();
    await tabToVisibly(page, firstTime);
    await page.keyboard.press("Space");
    await expect(firstTime.isChecked()).resolves.toBe(true);
    await tabToVisibly(page, next);
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: t("review.previewHeading") }).waitFor();
    await tabToVisibly(page, page.getByRole("button", { name: t("review.schedule") }));
    await page.keyboard.press("Enter");
    await page.getByText(t("review.scheduled")).waitFor();
    await page.context().close();
  });
});

describe("keyboard alone, as the manager", () => {
  it("opens the invite from the demo's list, writes notes and agreed learning, previews and sends the follow-up", async () => {
    const { t } = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });
    const eventId = await scheduleReviewWithMegan(`review-a11y-keyboard-${Date.now()}`);
    const page = await browser.open(baseUrl);
    await callsShown(page, t);

    // Be Megan: the demo toolbar's account popover, its user list, then the invites it lists for a manager.
    await tabToVisibly(page, page.getByRole("button", { name: `${t("demo.tenant")} · Daan Visser` }));
    await page.keyboard.press("Enter");
    const users = page.getByRole("combobox", { name: t("demo.signedInAsLabel") });
    await tabToVisibly(page, users, 3);
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: /^Megan Bowen/ }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    const meganToolbar = page.getByRole("button", { name: `${t("demo.tenant")} · Megan Bowen` });
    await expect.poll(() => isFocused(meganToolbar)).toBe(true);
    await page.keyboard.press("Enter");
    const invites = page.getByRole("region", { name: t("manager.demoInvitesHeading") });
    await invites.getByRole("link").first().waitFor();
    const links = await invites
      .getByRole("link")
      .evaluateAll((anchors) =>
        anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).searchParams.get("eventId")),
      );
    expect(links).toContain(eventId);
    await tabToVisibly(page, invites.getByRole("link").nth(links.indexOf(eventId)));
    await page.keyboard.press("Enter");
    await packetShown(page, t);

    const note = page.getByRole("textbox", { name: t("manager.privateNotes", { subject: PACKET_CALL }) });
    await tabToVisibly(page, note);
    await page.keyboard.type("Named the price before asking about their rollout");
    const agreed = page.getByRole("textbox", { name: t("manager.agreedLearning", { subject: PACKET_CALL }) });
    await tabToVisibly(page, agreed, 3);
    await page.keyboard.type("Three questions before any price");
    // Leaving the field saves it; the live region says so once the notes are safe.
    await tabToVisibly(page, page.getByRole("button", { name: t("manager.preview") }), 3);
    await page
      .getByRole("status")
      .filter({ hasText: t("saveStatus.saved") })
      .waitFor();

    await page.keyboard.press("Space");
    const preview = page.frameLocator(`iframe[title="${t("manager.previewFrame", { rep: "Daan Visser" })}"]`);
    await preview.getByText("Three questions before any price").waitFor();
    await tabToVisibly(page, page.getByRole("button", { name: t("manager.send") }), 3);
    await page.keyboard.press("Enter");
    // The button is gone once the mail is out: focus is on the sentence that says it went, not lost to the page.
    const sent = page.getByText(new RegExp(`^${escapeRegExp(t("manager.sentOn", { date: "" }))}`));
    await expect.poll(() => isFocused(sent)).toBe(true);
    await page.context().close();
  });
});

describe("status announcements", () => {
  it("announces waiting for the network while offline, and saved once the network is back", async () => {
    const { t } = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });
    const page = await browser.open(baseUrl);
    await callsShown(page, t);
    const announced = (text: string) => page.getByRole("status").filter({ hasText: text });

    await page.context().setOffline(true);
    // Flagging or unflagging, whichever the call needs: either is a write that cannot reach Graph now.
    const flag = page.getByRole("button", { name: t("flag.flagCall", { subject: SUBJECT }) });
    const wasFlagged = (await flag.getAttribute("aria-pressed")) === "true";
    await flag.click();
    if (!wasFlagged) {
      await page
        .getByRole("dialog", { name: t("reframe.title") })
        .getByRole("button", { name: t("reframe.skip") })
        .click();
    }
    await announced(t("saveStatus.waitingForNetwork")).waitFor();

    await page.context().setOffline(false);
    await announced(t("saveStatus.saved")).waitFor();
    await page.context().close();
  });

  it("announces what went wrong: an invite that is no longer in the manager's calendar", async () => {
    const { t } = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });
    const page = await openAs(DEMO_MANAGER_UPN, paneUrl("", "AAMkAGone="), {
      beforeApp: recordAnnouncements,
    });

    await page.getByText(t("manager.itemNotFound")).waitFor();
    await expect
      .poll(() => page.evaluate(() => (Reflect.get(window, "announced") as string[]).join("\n")))
      .toContain(t("manager.itemNotFound"));
    await page.context().close();
  });
});

/**
 * Runs in the page before the app: keeps everything said to a screen reader, from live regions and from
 * `document.ariaNotify` (which Fluent's announcer uses where the browser has it), in `window.announced`.
 */
function recordAnnouncements(): void {
  const announced: string[] = [];
  Reflect.set(window, "announced", announced);
  const say = (text: string) => {
    if (text && announced.at(-1) !== text) announced.push(text);
  };
  const notify = Reflect.get(Document.prototype, "ariaNotify") as ((...args: unknown[]) => void) | undefined;
  if (notify) {
    Reflect.set(
      Document.prototype,
      "ariaNotify",
      function (this: Document, message: string, ...rest: unknown[]) {
        say(message);
        notify.call(this, message, ...rest);
      },
    );
  }
  new MutationObserver(() => {
    for (const region of document.querySelectorAll("[aria-live], [role=status], [role=alert]")) {
      say(region.textContent?.trim() ?? "");
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}
