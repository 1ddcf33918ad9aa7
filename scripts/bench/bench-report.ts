import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** What one benchmark hands back: a table for people, figures for `bench-results.json`, and its targets. */
export interface BenchSection {
  /** The key in `bench-results.json`. */
  readonly key: string;
  readonly title: string;
  readonly table: string;
  /** One line per target, e.g. `initial JS 180 KB (target ≤ 200 KB): met`. */
  readonly verdicts: readonly string[];
  readonly figures: Record<string, unknown>;
}

/**
 * A benchmark `scripts/bench.ts` finds by itself: every `scripts/bench/*.bench.ts` exports one as `benchmark`,
 * so adding a benchmark touches no shared file.
 */
export interface Benchmark {
  /** Its name on the command line (`npm run bench -- <key>`) and its key in `bench-results.json`. */
  readonly key: string;
  run(): Promise<BenchSection> | BenchSection;
}

const RESULTS_FILE = fileURLToPath(new URL("../../bench-results.json", import.meta.url));

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Two decimals: enough for milliseconds and kilobytes. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A plain-text table, the first column left-aligned and the figures right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export function verdict(met: boolean): string {
  return met ? "met" : "MISSED";
}

/** Merges one section's figures into `bench-results.json` at the repository root, next to the others'. */
export function mergeIntoResultsFile(key: string, figures: Record<string, unknown>): string {
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
  return RESULTS_FILE;
}
