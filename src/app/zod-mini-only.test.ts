import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The app's code imports zod/mini only: one import of classic zod (`"zod"`, `"zod/v4"`) anywhere in what ships
 * brings back the whole library, whose schemas carry every method, into the first screen's code. Tests may import
 * what they like; the demo tenant (server side, not shipped) keeps classic zod.
 */
const SRC = fileURLToPath(new URL("..", import.meta.url));

/** Module specifiers in `import … from`, `export … from`, `import "…"` and `import("…")`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
const CLASSIC_ZOD = new Set(["zod", "zod/v4", "zod/v4/classic", "zod/v3"]);

function classicZodImports(source: string): string[] {
  return [...source.matchAll(SPECIFIER)]
    .map((match) => match[1] ?? "")
    .filter((specifier) => CLASSIC_ZOD.has(specifier));
}

function shippedSourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join(SRC, file));
}

describe("zod in the app's code", () => {
  it("finds classic zod however it is imported, and lets zod/mini through", () => {
    expect(classicZodImports('import { z } from "zod";')).toEqual(["zod"]);
    expect(classicZodImports("import type { ZodType } from 'zod/v4';")).toEqual(["zod/v4"]);
    expect(classicZodImports('export { z } from "zod";')).toEqual(["zod"]);
    expect(classicZodImports('const zod = await import("zod");')).toEqual(["zod"]);
    expect(classicZodImports('import * as z from "zod/mini";\nimport { en } from "zod/locales";')).toEqual(
      [],
    );
  });

  it("is zod/mini everywhere under src/", () => {
    const files = shippedSourceFiles();
    const offenders = files
      .filter((file) => classicZodImports(readFileSync(file, "utf8")).length > 0)
      .map((file) => relative(SRC, file));

    expect(files.length).toBeGreaterThan(0);
    expect(offenders, "these files import classic zod; import zod/mini instead").toEqual([]);
  });
});
