import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST_DIR, MANIFEST_TEMPLATE } from "./app-package.ts";
import { fillPlaceholders } from "./fill-manifest.ts";
import { resolvePackageSettings } from "./package-settings.ts";
import {
  type AppManifest,
  assertValidManifest,
  formatIssue,
  ManifestValidationError,
  validateLocalization,
  validateManifest,
} from "./validate-manifest.ts";

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(MANIFEST_DIR, file), "utf8"));

function filledTemplate(): AppManifest {
  const manifest = fillPlaceholders(readJson(MANIFEST_TEMPLATE), resolvePackageSettings({}, "1.0.0"));
  assertValidManifest(manifest);
  return manifest;
}

/** The messages for a manifest, as the package script prints them. */
function problems(manifest: unknown): string[] {
  return validateManifest(manifest).map(formatIssue);
}

describe("validateManifest", () => {
  it("accepts the filled template under the v1.30 schema", () => {
    const manifest = filledTemplate();

    expect(problems(manifest)).toEqual([]);
    expect(manifest.manifestVersion).toBe("1.30");
  });

  it("names a missing required field", () => {
    const { name: _name, ...withoutName } = filledTemplate();

    expect(problems(withoutName)).toEqual(["manifest.json: name is required"]);
  });

  it("names a malformed app id and shows the value", () => {
    expect(problems({ ...filledTemplate(), id: "momentum" })).toEqual([
      expect.stringMatching(/^manifest\.json: id "momentum" must match pattern/),
    ]);
  });

  it("points into nested arrays, as in the localization files", () => {
    const manifest = filledTemplate();
    const [extension] = manifest.extensions ?? [];
    const broken = {
      ...manifest,
      extensions: [{ ...extension, ribbons: [{ ...extension?.ribbons?.[0], contexts: ["meetingDetails"] }] }],
    };

    expect(problems(broken)).toEqual([
      expect.stringMatching(
        /^manifest\.json: extensions\[0\]\.ribbons\[0\]\.contexts\[0\] "meetingDetails" must be one of/,
      ),
    ]);
  });

  it("rejects a property the schema does not know", () => {
    expect(problems({ ...filledTemplate(), appUrl: "https://localhost:3000" })).toEqual([
      "manifest.json: appUrl is not allowed here",
    ]);
  });

  it("throws all problems at once from assertValidManifest", () => {
    const { name: _name, ...withoutName } = filledTemplate();
    const broken = { ...withoutName, accentColor: "teal" };

    expect(() => assertValidManifest(broken)).toThrow(ManifestValidationError);
    expect(() => assertValidManifest(broken)).toThrow(/name is required[\s\S]*accentColor "teal"/);
  });
});

describe("validateLocalization", () => {
  const dutch = readJson("nl.json") as Record<string, unknown>;

  it("accepts the Dutch strings, which translate every user-facing string of the manifest", () => {
    expect(validateLocalization(dutch, filledTemplate(), "nl.json")).toEqual([]);
  });

  it("reports a user-facing string of the manifest that has no translation", () => {
    const { "staticTabs[0].name": _tabName, ...withoutTabName } = dutch;

    expect(validateLocalization(withoutTabName, filledTemplate(), "nl.json").map(formatIssue)).toEqual([
      "nl.json: staticTabs[0].name has no translation",
    ]);
  });

  it("reports a translation of a string the manifest does not have", () => {
    const stale = { ...dutch, "staticTabs[1].name": "Teamoverzicht" };

    expect(validateLocalization(stale, filledTemplate(), "nl.json").map(formatIssue)).toEqual([
      "nl.json: staticTabs[1].name translates nothing: the manifest has no such string",
    ]);
  });

  it("checks the file against the localization schema", () => {
    const { "description.full": _full, ...withoutFullDescription } = dutch;

    expect(
      validateLocalization(withoutFullDescription, filledTemplate(), "nl.json").map(formatIssue),
    ).toEqual(["nl.json: description.full is required"]);
  });
});
