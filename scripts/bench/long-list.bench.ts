import type { Page } from "playwright-core";
import { launchBrowser, openPage } from "../../tests/e2e/support/browser.ts";
import { startDemo } from "../../tests/e2e/support/demo-server.ts";
import { type Benchmark, type BenchSection, round, table, verdict } from "./bench-report.ts";

/**
 * A rep with 1,000 customer calls in two weeks scrolls the calls list from top to bottom in the system Chromium,
 * on the demo started as `npm start` starts it (production build) with a calendar of 1,000 customer meetings.
 * Reported: the script run to show the list (from navigation until the transcript statuses are in) and the
 * page's element count, then for the whole scroll its scripting time (Chromium's `ScriptDuration`), layout
 * time, long tasks (over 50 ms) and how many rows were in the DOM at most. Target: the list is virtualized, at most 100 rows in the DOM.
 *
 * `LONG_LIST_BASE_URL=http://…` measures a demo already running with `DEMO_CUSTOMER_MEETINGS=1000` instead
 * (to compare with another build).
 */

const CALLS = 1000;
const MOST_ROWS_IN_DOM = 100;
/** A wheel's worth of scrolling per step, one frame apart, as a quick reader scrolls. */
const STEP_PX = 400;
const VIEWPORT = { width: 1280, height: 900 } as const;
const ROW_SELECTOR = "[data-call-id]";
// Generous: 1,000 calls ask Graph about some 750 transcripts, 20 a batch, on a busy two-core machine.
const LOAD_TIMEOUT_MS = 300_000;

interface ScrollFigures {
  readonly calls: number;
  /** Script run from navigation until the list and its transcript statuses are shown. */
  readonly loadScriptingMs: number;
  /** Elements in the page once the list is shown. */
  readonly domElements: number;
  readonly steps: number;
  readonly scriptingMs: number;
  readonly scriptingPerStepMs: number;
  readonly layoutMs: number;
  readonly longTasks: number;
  readonly longTasksMs: number;
  readonly mostRowsInDom: number;
  readonly rowsInDomAtTop: number;
  readonly reachedLastCall: boolean;
}

declare global {
  interface Window {
    /** Long tasks seen since the observer was put in place by this benchmark. */
    __longTasks?: number[];
  }
}

async function measureScroll(page: Page, baseUrl: string): Promise<ScrollFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const metrics = async () => {
    const { metrics: all } = await cdp.send("Performance.getMetrics");
    const of = (name: string) => all.find((metric) => metric.name === name)?.value ?? 0;
    return { script: of("ScriptDuration"), layout: of("LayoutDuration") };
  };

  // The list, then the transcript statuses: the scroll starts once the page has settled.
  const beforeLoad = await metrics();
  await page.goto(baseUrl);
  await page.locator(ROW_SELECTOR).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
  await page.getByText("Checking…").first().waitFor({ state: "detached", timeout: LOAD_TIMEOUT_MS });
  const loaded = await metrics();
  const listed = await page.evaluate(() => document.querySelectorAll("h3").length);
  if (listed === 0) throw new Error("The calls list shows no days");
  const domElements = await page.evaluate(() => document.getElementsByTagName("*").length);

  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks?.push(entry.duration);
    }).observe({ type: "longtask" });
  });

  const rowsInDomAtTop = await page.locator(ROW_SELECTOR).count();
  const before = await metrics();
  let steps = 0;
  let mostRowsInDom = rowsInDomAtTop;
  for (;;) {
    const { atBottom, rows } = await page.evaluate(async (step) => {
      window.scrollBy(0, step);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      return { atBottom: bottom, rows: document.querySelectorAll("[data-call-id]").length };
    }, STEP_PX);
    steps += 1;
    mostRowsInDom = Math.max(mostRowsInDom, rows);
    if (atBottom) break;
  }
  const after = await metrics();
  const longTasks = await page.evaluate(() => window.__longTasks ?? []);
  // At the bottom, the last row in the DOM is the oldest day's last call, and it is in view.
  const reachedLastCall = await page.evaluate((selector) => {
    const rows = document.querySelectorAll<HTMLElement>(selector);
    const last = rows[rows.length - 1];
    if (!last) return false;
    const { bottom } = last.getBoundingClientRect();
    const lastOfItsDay = last.getAttribute("aria-posinset") === last.getAttribute("aria-setsize");
    const lastDay = last.closest("section") === [...document.querySelectorAll("section")].at(-1);
    return lastOfItsDay && lastDay && bottom <= window.innerHeight && bottom > 0;
  }, ROW_SELECTOR);
  const scriptingMs = (after.script - before.script) * 1000;

  return {
    calls: CALLS,
    loadScriptingMs: round((loaded.script - beforeLoad.script) * 1000),
    domElements,
    steps,
    scriptingMs: round(scriptingMs),
    scriptingPerStepMs: round(scriptingMs / steps),
    layoutMs: round((after.layout - before.layout) * 1000),
    longTasks: longTasks.length,
    longTasksMs: round(longTasks.reduce((sum, duration) => sum + duration, 0)),
    mostRowsInDom,
    rowsInDomAtTop,
    reachedLastCall,
  };
}

async function withDemo<T>(measure: (baseUrl: string) => Promise<T>): Promise<T> {
  const running = process.env.LONG_LIST_BASE_URL;
  if (running) return measure(running);
  const demo = await startDemo({ env: { DEMO_CUSTOMER_MEETINGS: String(CALLS) } });
  try {
    return await measure(demo.baseUrl);
  } finally {
    await demo.stop();
  }
}

async function run(): Promise<BenchSection> {
  const figures = await withDemo(async (baseUrl) => {
    const browser = await launchBrowser();
    try {
      const page = await openPage(browser, "about:blank", { viewport: VIEWPORT });
      return await measureScroll(page, baseUrl);
    } finally {
      await browser.close();
    }
  });
  const virtualized = figures.mostRowsInDom <= MOST_ROWS_IN_DOM;
  return {
    key: "longList",
    title: `Scrolling a list of ${CALLS} calls top to bottom (Chromium, ${VIEWPORT.width}×${VIEWPORT.height})`,
    table: table(
      [
        "",
        "scripting ms",
        "per step ms",
        "layout ms",
        "long tasks",
        "long tasks ms",
        "rows in DOM",
        "elements",
      ],
      [
        [
          "show the list",
          figures.loadScriptingMs.toFixed(1),
          "",
          "",
          "",
          "",
          String(figures.rowsInDomAtTop),
          String(figures.domElements),
        ],
        [
          `scroll to the end (${figures.steps} steps of ${STEP_PX} px)`,
          figures.scriptingMs.toFixed(1),
          figures.scriptingPerStepMs.toFixed(2),
          figures.layoutMs.toFixed(1),
          String(figures.longTasks),
          figures.longTasksMs.toFixed(1),
          `${figures.mostRowsInDom} at most`,
          "",
        ],
      ],
    ),
    verdicts: [
      `rows in the DOM while scrolling ${CALLS} calls: at most ${figures.mostRowsInDom} (target ≤ ${MOST_ROWS_IN_DOM}, virtualized): ${verdict(virtualized)}`,
      `the last call is reached at the bottom: ${figures.reachedLastCall ? "yes" : "no"}`,
    ],
    figures: { ...figures, target: { mostRowsInDom: MOST_ROWS_IN_DOM } },
  };
}

export const benchmark: Benchmark = { key: "longList", run };
