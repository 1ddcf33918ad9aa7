import { loadavg } from "node:os";
import { startDemo } from "../../tests/e2e/support/demo-server.ts";
import {
  assertChromiumInstalled,
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
} from "../../tests/e2e/support/system-chromium.ts";
import { type Benchmark, type BenchSection, median, round, table, verdict } from "./bench-report.ts";

/**
 * Lighthouse's performance score for the built demo as a newcomer starts it (`npm start`), with Lighthouse's
 * default configuration: a mid-range phone on a slow 4G link, throttling simulated. The demo signs the rep in by
 * itself, so the page measured is the rep's first screen with their recent calls. Lighthouse's scores vary from
 * run to run, more so on a shared two-core machine (one build has scored 82 and 95 minutes apart here); the run
 * with the median score of five is reported, the number of runs Lighthouse's own guide on variability suggests.
 */

const TARGET_SCORE = 95;
const RUNS = 5;

/** The metrics Lighthouse weighs into the performance score, by their audit IDs. */
const METRICS = {
  fcpMs: "first-contentful-paint",
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  cls: "cumulative-layout-shift",
  speedIndexMs: "speed-index",
} as const;

type MetricKey = keyof typeof METRICS;

interface LighthouseRun {
  readonly lighthouseVersion: string;
  /** What Chromium last named the largest contentful paint, e.g. `SPAN class='fui-Body1Strong …'` (see below). */
  readonly lcpElement: string;
  /**
   * When the page first painted in the load Lighthouse watched (not simulated): under Lighthouse, Chromium sometimes
   * holds it until 1.2 or 2.3 s, and Speed Index, simulated partly from what was watched, then reads about 4 s.
   */
  readonly observedFirstPaintMs: number | null;
  /** The run's longest main-thread tasks, longest first: where its Total Blocking Time comes from. */
  readonly longestTasks: readonly LongTask[];
  /** Lighthouse's own measure of how fast this machine ran at the time: the throttling scales from it. */
  readonly benchmarkIndex: number;
  readonly score: number;
  readonly metrics: Record<MetricKey, number>;
}

async function measureOnce(url: string): Promise<LighthouseRun> {
  // Loaded here, not at the top: the bench runner imports every benchmark, and the others need neither.
  const [{ default: lighthouse }, { launch }] = await Promise.all([
    import("lighthouse"),
    import("chrome-launcher"),
  ]);
  // A fresh browser each run: no cache or storage carried over from the run before.
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    const lhr = result?.lhr;
    const score = lhr?.categories.performance?.score;
    if (!lhr || score === null || score === undefined) {
      throw new Error(`Lighthouse gave no performance score: ${lhr?.runtimeError?.message ?? "no result"}`);
    }
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([key, audit]) => [key, lhr.audits[audit]?.numericValue ?? Number.NaN]),
    ) as Record<MetricKey, number>;
    return {
      lighthouseVersion: lhr.lighthouseVersion,
      lcpElement: lcpElementOf(result.artifacts.Trace),
      observedFirstPaintMs: observedFirstPaintOf(result.artifacts.Trace),
      longestTasks: longestTasksOf(lhr.audits["long-tasks"]?.details),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      score: Math.round(score * 100),
      metrics,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * The element of the last LCP candidate in the page's trace. Lighthouse 12.2.3's own "Largest Contentful Paint
 * element" audit fails with this Chromium (its TraceElements gatherer errors), and which element it is decides what
 * to make faster: a call's row needs the calendar, a heading only the code. The trace is a Lighthouse artifact
 * marked unstable, hence the pinned version.
 */
function lcpElementOf(trace: { readonly traceEvents: readonly TraceEvent[] }): string {
  const candidates = trace.traceEvents.filter((event) => event.name === "largestContentfulPaint::Candidate");
  const data = candidates.at(-1)?.args?.data;
  if (!data?.nodeName) return "unknown";
  // The tag and the component's own class (Fluent's `fui-…`), not Griffel's atomic class names.
  const [tag = "", ...attributes] = data.nodeName.split(/\s+/);
  const fluentClass = attributes
    .map((token) => token.replace(/^class='|'$/g, ""))
    .find((name) => name.startsWith("fui-"));
  return `${tag}${fluentClass ? `.${fluentClass}` : ""} (${data.type ?? "?"}, ${data.size ?? "?"} px²)`;
}

/** Milliseconds from the page's navigation to its first paint in the trace, or `null` when either is missing. */
function observedFirstPaintOf(trace: { readonly traceEvents: readonly TraceEvent[] }): number | null {
  const navigation = trace.traceEvents.findLast(
    (event) => event.name === "navigationStart" && event.args?.data?.documentLoaderURL?.startsWith("http"),
  );
  if (navigation === undefined) return null;
  const firstPaint = trace.traceEvents.find(
    (event) => event.name === "firstPaint" && event.ts >= navigation.ts,
  );
  return firstPaint === undefined ? null : Math.round((firstPaint.ts - navigation.ts) / 1000);
}

/** A main-thread task as Lighthouse reports it: on its simulated phone, attributed to the script that ran it. */
interface LongTask {
  readonly startMs: number;
  readonly durationMs: number;
  /** The script's file name (`index-….js`), or Lighthouse's word for work of no script (`Unattributable`). */
  readonly script: string;
}

const LONGEST_TASKS_SHOWN = 8;

function longestTasksOf(details: unknown): LongTask[] {
  const items = (details as { readonly items?: readonly Record<string, unknown>[] } | undefined)?.items ?? [];
  return items
    .map((item) => ({
      startMs: Math.round(Number(item.startTime)),
      durationMs: Math.round(Number(item.duration)),
      script: String(item.url ?? "").replace(/^.*\//, ""),
    }))
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, LONGEST_TASKS_SHOWN);
}

interface TraceEvent {
  readonly name: string;
  /** Microseconds, on the trace's clock. */
  readonly ts: number;
  readonly args?: {
    readonly data?: {
      readonly nodeName?: string;
      readonly type?: string;
      readonly size?: number;
      readonly documentLoaderURL?: string;
    };
  };
}

async function benchLighthouse(): Promise<BenchSection> {
  assertChromiumInstalled("Lighthouse benchmarks");
  // Simulated throttling scales the main-thread time it observes, so a busy machine lowers the score: say how busy.
  const loadAverage = round(loadavg()[0] ?? 0);
  const demo = await startDemo();
  const runs: LighthouseRun[] = [];
  try {
    for (let run = 0; run < RUNS; run++) runs.push(await measureOnce(demo.baseUrl));
  } finally {
    await demo.stop();
  }
  const medianScore = median(runs.map((run) => run.score));
  const reported = runs.find((run) => run.score === medianScore) ?? runs[0];
  if (!reported) throw new Error("Lighthouse did not run");

  const { fcpMs, lcpMs, tbtMs, cls, speedIndexMs } = reported.metrics;
  return {
    key: "lighthouse",
    title: `Lighthouse ${reported.lighthouseVersion} performance, mobile preset, built demo (median of ${RUNS} runs, load average ${loadAverage})`,
    table:
      table(
        [
          "run",
          "score",
          "FCP ms",
          "LCP ms",
          "TBT ms",
          "CLS",
          "Speed Index ms",
          "first paint seen ms",
          "benchmarkIndex",
          "LCP element",
        ],
        runs.map((run, index) => [
          `${index + 1}${run === reported ? " (median)" : ""}`,
          String(run.score),
          String(Math.round(run.metrics.fcpMs)),
          String(Math.round(run.metrics.lcpMs)),
          String(Math.round(run.metrics.tbtMs)),
          run.metrics.cls.toFixed(3),
          String(Math.round(run.metrics.speedIndexMs)),
          String(run.observedFirstPaintMs ?? "?"),
          String(Math.round(run.benchmarkIndex)),
          run.lcpElement,
        ]),
      ) +
      `\n\nLongest main-thread tasks of the median run, on Lighthouse's simulated phone:\n` +
      table(
        ["start ms", "duration ms", "script"],
        reported.longestTasks.map((task) => [String(task.startMs), String(task.durationMs), task.script]),
      ),
    verdicts: [
      `Lighthouse performance ${medianScore} (target ≥ ${TARGET_SCORE}): ${verdict(medianScore >= TARGET_SCORE)}`,
    ],
    figures: {
      score: medianScore,
      scores: runs.map((run) => run.score),
      fcpMs: round(fcpMs),
      lcpMs: round(lcpMs),
      tbtMs: round(tbtMs),
      cls: round(cls * 1000) / 1000,
      speedIndexMs: round(speedIndexMs),
      benchmarkIndex: Math.round(reported.benchmarkIndex),
      observedFirstPaintsMs: runs.map((run) => run.observedFirstPaintMs),
      lcpElement: reported.lcpElement,
      longestTasks: reported.longestTasks,
      loadAverage,
      targetScore: TARGET_SCORE,
    },
  };
}

export const benchmark: Benchmark = { key: "lighthouse", run: benchLighthouse };
