import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, parseSync, Visitor } from "vite";
import { type Benchmark, type BenchSection, round, table, verdict } from "./bench-report.ts";

/**
 * The JavaScript a browser must fetch before the rep's first screen can render, from the production build: the
 * entry scripts of `index.html`, what it preloads, and every chunk those import statically, gzipped as a static
 * host serves them. Lazily imported chunks (hosts, sign-in, panes, tab panels) are listed but not counted.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TARGET_KB = 200;

interface ChunkSize {
  readonly file: string;
  readonly kb: number;
  readonly gzipKb: number;
  readonly initial: boolean;
}

/** The production build, as `npm run build` makes it, into a temporary folder. */
async function buildOnce(outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  // A NODE_ENV inherited from a test runner would make Vite bundle React's development build.
  process.env.NODE_ENV = "production";
  try {
    await build({ root: ROOT, mode: "production", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

function htmlEntries(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)];
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)];
  return [...scripts, ...preloads].map((match) => (match[1] ?? "").replace(/^\//, ""));
}

/** The chunks a chunk imports statically (`import … from`, `export … from`); `import()` is left out on purpose. */
function staticImports(file: string, source: string): string[] {
  const { program } = parseSync(file, source, { lang: "js" });
  const found: string[] = [];
  const add = (specifier: string | undefined) => {
    if (specifier?.startsWith(".")) found.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
  };
  new Visitor({
    ImportDeclaration(node) {
      add(node.source.value);
    },
    ExportAllDeclaration(node) {
      add(node.source.value);
    },
    ExportNamedDeclaration(node) {
      add(node.source?.value);
    },
  }).visit(program);
  return found;
}

function initialChunks(outDir: string): Set<string> {
  const initial = new Set<string>();
  const pending = htmlEntries(readFileSync(join(outDir, "index.html"), "utf8")).filter((file) =>
    file.endsWith(".js"),
  );
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (initial.has(file)) continue;
    initial.add(file);
    pending.push(...staticImports(file, readFileSync(join(outDir, file), "utf8")));
  }
  return initial;
}

async function benchInitialJs(): Promise<BenchSection> {
  const outDir = mkdtempSync(join(tmpdir(), "momentum-bench-build-"));
  try {
    await buildOnce(outDir);
    const initial = initialChunks(outDir);
    const chunks: ChunkSize[] = readdirSync(join(outDir, "assets"))
      .filter((name) => name.endsWith(".js"))
      .map((name) => {
        const file = `assets/${name}`;
        const bytes = readFileSync(join(outDir, file));
        return {
          file,
          kb: round(bytes.length / 1024),
          gzipKb: round(gzipSync(bytes).length / 1024),
          initial: initial.has(file),
        };
      })
      .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipKb - a.gzipKb);
    const initialChunksOnly = chunks.filter((chunk) => chunk.initial);
    const initialKb = round(initialChunksOnly.reduce((sum, chunk) => sum + chunk.kb, 0));
    const initialGzipKb = round(initialChunksOnly.reduce((sum, chunk) => sum + chunk.gzipKb, 0));
    const lazyGzipKb = round(chunks.filter((chunk) => !chunk.initial).reduce((sum, c) => sum + c.gzipKb, 0));
    return {
      key: "initialJs",
      title:
        "JavaScript of the production build (gzip: Node's zlib, default level); * = loaded before the first screen",
      table: table(
        ["chunk", "KB", "gzip KB"],
        [
          ...chunks.map((chunk) => [
            `${chunk.initial ? "* " : "  "}${chunk.file.replace(/^assets\//, "")}`,
            chunk.kb.toFixed(1),
            chunk.gzipKb.toFixed(1),
          ]),
          ["= initial", initialKb.toFixed(1), initialGzipKb.toFixed(1)],
          ["= lazy", "", lazyGzipKb.toFixed(1)],
        ],
      ),
      verdicts: [
        `initial JS, gzipped: ${initialGzipKb} KB (target ≤ ${TARGET_KB} KB): ${verdict(initialGzipKb <= TARGET_KB)}`,
      ],
      figures: { initialKb, initialGzipKb, lazyGzipKb, targetGzipKb: TARGET_KB, chunks },
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export const benchmark: Benchmark = { key: "initialJs", run: benchInitialJs };
