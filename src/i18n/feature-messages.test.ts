import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createI18nFrom } from "./create-i18n.ts";
import { messagesEn } from "./messages.en.ts";
import { messagesNl } from "./messages.nl.ts";

const SRC = fileURLToPath(new URL("..", import.meta.url));
const FEATURES = fileURLToPath(new URL("./features", import.meta.url));

/** The namespaces whose messages travel with their feature: one `features/<namespace>.messages.ts` each. */
const FEATURE_NAMESPACES = readdirSync(FEATURES)
  .map((file) => /^(\w+)\.messages\.ts$/.exec(file)?.[1])
  .filter((namespace) => namespace !== undefined);

const APP_CATALOG: Readonly<Record<string, Readonly<Record<string, unknown>>>> = messagesEn;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("messages of lazily loaded features", () => {
  it("are found once the feature's messages module has run, in the language asked for", async () => {
    const english = createI18nFrom("en", messagesEn, { locale: "en-US" });
    const dutch = createI18nFrom("nl", messagesNl, { locale: "nl-NL" });
    // The first screen's words of the namespace are in the app's catalog from the start.
    expect(english.t("review.tab")).toBe("Reviews");
    expect(english.t("review.heading")).toBe("review.heading");

    await import("./features/review.messages.ts");

    expect(english.t("review.heading")).toBe("Review with your manager");
    expect(dutch.t("review.heading")).toBe("Bespreken met je manager");
    expect(dutch.t("review.tab")).toBe("Besprekingen");
  });

  it("are imported by every module that uses one of their keys", () => {
    expect(FEATURE_NAMESPACES.sort()).toEqual(["compose", "insights", "manager", "review", "transcript"]);
    const missing = sourceFiles(SRC)
      .filter((path) => !path.startsWith(join(SRC, "i18n")))
      .flatMap((path) => {
        const source = readFileSync(path, "utf8");
        // A key in quotes, or the start of one built in a template literal (`review.${name}`).
        const used = [...source.matchAll(/["'`](\w+)\.(\w*)/g)].flatMap(([, namespace = "", name = ""]) =>
          FEATURE_NAMESPACES.includes(namespace) && APP_CATALOG[namespace]?.[name] === undefined
            ? [namespace]
            : [],
        );
        return [...new Set(used)]
          .filter((namespace) => !source.includes(`i18n/features/${namespace}.messages.ts"`))
          .map((namespace) => `${relative(SRC, path)} uses ${namespace}.* without importing its messages`);
      });
    expect(missing).toEqual([]);
  });
});
