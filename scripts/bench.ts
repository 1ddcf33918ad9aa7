/**
 * Momentum's benchmarks: `npm run bench` runs them all, `npm run bench -- transcript initialJs` only those.
 * Each prints a table with its targets and merges its figures into `bench-results.json` under its key. Figures,
 * not assertions: a missed target is printed as MISSED and makes the exit code 1, nothing else fails.
 */
import { readdirSync } from "node:fs";
import { cpus } from "node:os";
import { type Benchmark, mergeIntoResultsFile } from "./bench/bench-report.ts";

const BENCH_DIR = new URL("./bench/", import.meta.url);
const benchmarks: Benchmark[] = [];
for (const file of readdirSync(BENCH_DIR)
  .filter((name) => name.endsWith(".bench.ts"))
  .sort()) {
  const module: { benchmark: Benchmark } = await import(new URL(file, BENCH_DIR).href);
  benchmarks.push(module.benchmark);
}
const SECTIONS = Object.fromEntries(benchmarks.map((benchmark) => [benchmark.key, benchmark.run]));

const chosen = process.argv.slice(2);
const unknown = chosen.filter((key) => !(key in SECTIONS));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(", ")}; there are: ${Object.keys(SECTIONS).join(", ")}`);
  process.exit(2);
}

const machine = { node: process.version, cpu: cpus()[0]?.model ?? null, cores: cpus().length };
for (const [key, run] of Object.entries(SECTIONS)) {
  if (chosen.length > 0 && !chosen.includes(key)) continue;
  const section = await run();
  const file = mergeIntoResultsFile(section.key, {
    measuredAt: new Date().toISOString(),
    ...machine,
    ...section.figures,
  });
  process.stdout.write(
    `${section.title} (node ${machine.node}, ${machine.cpu ?? "unknown CPU"}, ${machine.cores} cores)\n\n${section.table}\n\n${section.verdicts.join("\n")}\nFigures written to ${file} (key "${section.key}")\n\n`,
  );
  if (section.verdicts.some((line) => line.includes("MISSED"))) process.exitCode = 1;
}
