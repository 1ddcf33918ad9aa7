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
 * host serves them. Lazily imported chunks (hosts, sign-in, panes, tab panels) are listed but not counted in the
 * target; the chunks that start a host (its SDK, sign-in, the theme) are added up per host beside it, because the
 * first screen waits for them too.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TARGET_KB = 200;

/**
 * The modules `bootstrap` imports lazily before the rep's first screen, per host, light theme, English: the host,
 * its sign-in and its Fluent theme (see `load-host.ts`, `create-token-provider.ts`, `fluent-theme.ts`). Dutch adds
 * its catalog (`load-catalog.ts`). A module the build puts in a named chunk with others is named by that chunk:
 * Fluent's themes are one chunk, `fluent-themes` (see `vite.config.ts`).
 */
const STARTUP_MODULES = {
  demo: [
    "src/hosts/demo.host.ts",
    "src/auth/demo.token-provider.ts",
    "src/auth/demo-accounts.ts",
    "fluent-themes",
  ],
  browser: ["src/hosts/browser.host.ts", "src/auth/msal-redirect.token-provider.ts", "fluent-themes"],
  teams: ["src/hosts/teams.host.ts", "src/auth/msal-nested.token-provider.ts", "fluent-themes"],
} as const;

/** Vite's build manifest: each chunk (by source module, or `_<file>` for a shared one), its name and static imports. */
type BuildManifest = Record<
  string,
  { readonly file: string; readonly name?: string; readonly imports?: readonly string[] }
>;

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
    await build({
      root: ROOT,
      mode: "production",
      logLevel: "warn",
      build: { outDir, emptyOutDir: true, manifest: true },
    });
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

/** The stylesheets index.html links (the components' styles, see scripts/build/griffel-stylesheet.plugin.ts). */
function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((match) =>
    (match[1] ?? "").replace(/^\//, ""),
  );
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

/** The chunks the first screen fetches lazily on a host: its startup modules' chunks and their static imports. */
function startupChunks(
  outDir: string,
  modules: readonly string[],
  initial: ReadonlySet<string>,
): Set<string> {
  const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8")) as BuildManifest;
  const chunks = new Set<string>();
  const pending = [...modules];
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    const entry = manifest[key] ?? Object.values(manifest).find((chunk) => chunk.name === key);
    if (entry === undefined) throw new Error(`${key} is not in the build: update STARTUP_MODULES`);
    if (chunks.has(entry.file)) continue;
    chunks.add(entry.file);
    pending.push(...(entry.imports ?? []));
  }
  return new Set([...chunks].filter((file) => !initial.has(file)));
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
    // Not JavaScript, so not in the target, but on the same path to the first screen: reported beside it.
    const stylesheetGzipKb = round(
      linkedStylesheets(readFileSync(join(outDir, "index.html"), "utf8")).reduce(
        (sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length / 1024,
        0,
      ),
    );
    const startupGzipKb = Object.fromEntries(
      Object.entries(STARTUP_MODULES).map(([host, modules]) => {
        const files = startupChunks(outDir, modules, initial);
        const kb = chunks
          .filter((chunk) => files.has(chunk.file))
          .reduce((sum, chunk) => sum + chunk.gzipKb, 0);
        return [host, round(kb)];
      }),
    );
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
        ...Object.entries(startupGzipKb).map(
          ([host, kb]) =>
            `  then, before the first screen in ${host}: host, sign-in and theme ${kb} KB (${round(initialGzipKb + kb)} KB in all)`,
        ),
        `  beside it, the stylesheet index.html links (every component's styles): ${stylesheetGzipKb} KB gzipped`,
      ],
      figures: {
        initialKb,
        initialGzipKb,
        lazyGzipKb,
        startupGzipKb,
        stylesheetGzipKb,
        targetGzipKb: TARGET_KB,
        chunks,
      },
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export const benchmark: Benchmark = { key: "initialJs", run: benchInitialJs };
