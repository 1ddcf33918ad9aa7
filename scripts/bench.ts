/**
 * Measures parsing plus analysing a Teams transcript for calls of 30 minutes, 2 hours and 8 hours:
 * `npx tsx scripts/bench.ts` (`npm run bench`). JavaScript runs the analysis on one thread, so this measures
 * one core. Prints a table, checks the target (a 2-hour transcript in under 50 ms) and that the cost grows
 * linearly with length, and merges its figures into `bench-results.json` at the repository root under
 * `transcript`, next to whatever other benchmarks wrote there. Exits with 1 when a check fails.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { analyzeTranscript, parseTranscript } from "../src/domain/transcript/index.ts";
import { BENCH_REP, generateBenchTranscript } from "./bench/transcript-generator.ts";

const RESULTS_FILE = fileURLToPath(new URL("../bench-results.json", import.meta.url));
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

function table(results: readonly CaseResult[]): string {
  const header = ["duration", "cues", "bytes", "parse ms", "analyze ms", "median ms", "cues/second"];
  const rows = results.map((r) => [
    r.label,
    String(r.cues),
    String(r.bytes),
    r.parseMedianMs.toFixed(2),
    r.analyzeMedianMs.toFixed(2),
    r.medianMs.toFixed(2),
    String(r.cuesPerSecond),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

function mergeIntoResultsFile(key: string, figures: unknown): void {
  let existing: Record<string, unknown> = {};
  if (existsSync(RESULTS_FILE)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(RESULTS_FILE, "utf8"));
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
        existing = parsed as Record<string, unknown>;
      }
    } catch {
      console.warn(`${RESULTS_FILE} is not JSON; starting it afresh`);
    }
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...existing, [key]: figures }, null, 2)}\n`);
}

const results = CASES.map(measure);
const perCue = (result: CaseResult | undefined) => (result ? result.medianMs / result.cues : Number.NaN);
const shortest = results[0];
const twoHours = results.find((result) => result.minutes === 120);
const longest = results.at(-1);
const nonlinearity = round(perCue(longest) / perCue(shortest));
const targetMet = (twoHours?.medianMs ?? Number.POSITIVE_INFINITY) < TWO_HOUR_TARGET_MS;
const linear = nonlinearity <= MOST_NONLINEARITY;

process.stdout.write(
  [
    `Transcript parse + analyze, median of warm runs, one thread (node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"})`,
    "",
    table(results),
    "",
    `2-hour transcript: ${twoHours?.medianMs.toFixed(2)} ms (target < ${TWO_HOUR_TARGET_MS} ms): ${targetMet ? "met" : "MISSED"}`,
    `ms per cue, 8 h over 30 min: ${nonlinearity.toFixed(2)} (linear is 1; allowed up to ${MOST_NONLINEARITY}): ${linear ? "linear" : "NOT LINEAR"}`,
    "",
  ].join("\n"),
);

mergeIntoResultsFile("transcript", {
  measuredAt: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? null,
  results,
  twoHourTargetMs: TWO_HOUR_TARGET_MS,
  twoHourTargetMet: targetMet,
  msPerCueRatio8hTo30min: nonlinearity,
});
process.stdout.write(`Figures written to ${RESULTS_FILE} (key "transcript")\n`);
if (!targetMet || !linear) process.exitCode = 1;
