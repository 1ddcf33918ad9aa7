import { analyzeTranscript, parseTranscript } from "../../src/domain/transcript/index.ts";
import { type Benchmark, type BenchSection, median, round, table, verdict } from "./bench-report.ts";
import { BENCH_REP, generateBenchTranscript } from "./transcript-generator.ts";

/**
 * Parsing plus analysing a Teams transcript for calls of 30 minutes, 2 hours and 8 hours. JavaScript runs the
 * analysis on one thread, so this measures one core. Targets: a 2-hour transcript in under 50 ms, and a cost
 * that grows linearly with length.
 */

const TWO_HOUR_TARGET_MS = 50;
/** Per-cue cost of the 8-hour transcript over that of the 30-minute one; 1 is perfectly linear. */
const MOST_NONLINEARITY = 1.5;

const CASES = [
  { label: "30 min", minutes: 30, warmUp: 20, runs: 41 },
  { label: "2 h", minutes: 120, warmUp: 10, runs: 31 },
  { label: "8 h", minutes: 480, warmUp: 5, runs: 15 },
] as const;

interface CaseResult {
  readonly label: string;
  readonly minutes: number;
  readonly cues: number;
  readonly bytes: number;
  readonly runs: number;
  readonly parseMedianMs: number;
  readonly analyzeMedianMs: number;
  readonly medianMs: number;
  readonly cuesPerSecond: number;
}

function measure({ label, minutes, warmUp, runs }: (typeof CASES)[number]): CaseResult {
  const { vtt, cueCount } = generateBenchTranscript(minutes);
  const parseTimes: number[] = [];
  const analyzeTimes: number[] = [];
  const totals: number[] = [];
  for (let run = 0; run < warmUp + runs; run++) {
    const start = performance.now();
    const { cues } = parseTranscript(vtt);
    const parsed = performance.now();
    analyzeTranscript(cues, { repName: BENCH_REP });
    const analyzed = performance.now();
    if (cues.length !== cueCount) throw new Error(`${label}: parsed ${cues.length} cues of ${cueCount}`);
    if (run < warmUp) continue;
    parseTimes.push(parsed - start);
    analyzeTimes.push(analyzed - parsed);
    totals.push(analyzed - start);
  }
  const medianMs = median(totals);
  return {
    label,
    minutes,
    cues: cueCount,
    bytes: Buffer.byteLength(vtt, "utf8"),
    runs,
    parseMedianMs: round(median(parseTimes)),
    analyzeMedianMs: round(median(analyzeTimes)),
    medianMs: round(medianMs),
    cuesPerSecond: Math.round(cueCount / (medianMs / 1000)),
  };
}

function benchTranscript(): BenchSection {
  const results = CASES.map(measure);
  const perCue = (result: CaseResult | undefined) => (result ? result.medianMs / result.cues : Number.NaN);
  const twoHours = results.find((result) => result.minutes === 120);
  const nonlinearity = round(perCue(results.at(-1)) / perCue(results[0]));
  const targetMet = (twoHours?.medianMs ?? Number.POSITIVE_INFINITY) < TWO_HOUR_TARGET_MS;
  const linear = nonlinearity <= MOST_NONLINEARITY;
  return {
    key: "transcript",
    title: "Transcript parse + analyze, median of warm runs, one thread",
    table: table(
      ["duration", "cues", "bytes", "parse ms", "analyze ms", "median ms", "cues/second"],
      results.map((r) => [
        r.label,
        String(r.cues),
        String(r.bytes),
        r.parseMedianMs.toFixed(2),
        r.analyzeMedianMs.toFixed(2),
        r.medianMs.toFixed(2),
        String(r.cuesPerSecond),
      ]),
    ),
    verdicts: [
      `2-hour transcript: ${twoHours?.medianMs.toFixed(2)} ms (target < ${TWO_HOUR_TARGET_MS} ms): ${verdict(targetMet)}`,
      `ms per cue, 8 h over 30 min: ${nonlinearity.toFixed(2)} (linear is 1; allowed up to ${MOST_NONLINEARITY}): ${linear ? "linear" : "MISSED: not linear"}`,
    ],
    figures: {
      results,
      twoHourTargetMs: TWO_HOUR_TARGET_MS,
      twoHourTargetMet: targetMet,
      msPerCueRatio8hTo30min: nonlinearity,
    },
  };
}

export const benchmark: Benchmark = { key: "transcript", run: benchTranscript };
