import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { createI18n } from "../../src/i18n/create-i18n.ts";
import type { Translate } from "../../src/i18n/translate.ts";
import { browserForThisFile } from "./support/browser.ts";
import { tabTo } from "./support/keyboard.ts";

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

/** A screen and how a user gets there from a fresh start; `open` returns once the screen has settled. */
interface Screen {
  readonly name: string;
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

/** Every screen checked. The manager's and organizer's Outlook panes join here as their own list. */
const SCREENS: readonly Screen[] = [...REP_SCREENS];

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
      const page = await browser.open(`${baseUrl}/${query}`, { locale });
      await screen.open(page, t);
      await expect(violations(page)).resolves.toEqual([]);
      await page.context().close();
    },
    // Walking the planner to its last step asks the emulator for free times on a busy two-core machine.
    120_000,
  );
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

describe("keyboard alone", () => {
  it("reaches the review planner's first step from the Reviews tab", async () => {
    const { t } = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });
    const page = await browser.open(baseUrl);
    await flaggedWithoutReframe(page, t);
    await page.reload();
    await callsShown(page, t);

    await tabTo(page, t("home.tabCalls"));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const reviewsTab = page.getByRole("tab", { name: t("review.tab") });
    await expect(reviewsTab.evaluate((tab) => tab === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await tabTo(page, t("review.planReview"));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: t("review.managerHeading") }).waitFor();
    await page.context().close();
  });
});
