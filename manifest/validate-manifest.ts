import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { TeamsManifestV1D30 } from "@microsoft/app-manifest";
import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { findTranslationGaps } from "./translation-coverage.ts";

export type AppManifest = TeamsManifestV1D30.TeamsManifestV1D30;

/** One reason a manifest file is not valid, for a person to read: `manifest.json: id "x" must match pattern …`. */
export interface ValidationIssue {
  readonly file: string;
  /** Where in the file, in the localization notation (`extensions[0].ribbons[1].contexts`); empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

export class ManifestValidationError extends Error {
  override readonly name = "ManifestValidationError";
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(`The app package is not valid:\n${issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n")}`);
  }
}

export function formatIssue({ file, path, message }: ValidationIssue): string {
  return `${file}: ${path || "(top level)"} ${message}`;
}

/**
 * The schemas ship inside `@microsoft/app-manifest`, so validation needs no network and always checks against
 * the exact schema version the template declares.
 */
const SCHEMA_DIR = join(
  dirname(createRequire(import.meta.url).resolve("@microsoft/app-manifest/package.json")),
  "build/json-schemas/teams/v1.30",
);

// Compiled on first use: compiling the manifest schema takes a noticeable fraction of a second.
const manifestValidator = once(() => compile<AppManifest>("MicrosoftTeams.schema.json"));
const localizationValidator = once(() =>
  compile<Record<string, unknown>>("MicrosoftTeams.Localization.schema.json"),
);
const localizationKeyPatterns = once(readLocalizationKeyPatterns);

export function validateManifest(manifest: unknown): ValidationIssue[] {
  const validate = manifestValidator();
  return validate(manifest) ? [] : issuesFrom("manifest.json", validate.errors);
}

export function assertValidManifest(manifest: unknown): asserts manifest is AppManifest {
  const issues = validateManifest(manifest);
  if (issues.length > 0) throw new ManifestValidationError(issues);
}

/**
 * Checks a localization file against the localization schema and against the manifest it translates:
 * every user-facing string of the manifest must be translated, and every translation must belong to one.
 */
export function validateLocalization(
  localization: unknown,
  manifest: AppManifest,
  file: string,
): ValidationIssue[] {
  const validate = localizationValidator();
  if (!validate(localization)) return issuesFrom(file, validate.errors);

  const patterns = localizationKeyPatterns();
  const gaps = findTranslationGaps(manifest, localization, (key) =>
    patterns.some((pattern) => pattern.test(key)),
  );
  return [
    ...gaps.untranslated.map((path) => ({ file, path, message: "has no translation" })),
    ...gaps.unknown.map((path) => ({
      file,
      path,
      message: "translates nothing: the manifest has no such string",
    })),
  ];
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, name), "utf8")) as Record<string, unknown>;
}

function compile<T = unknown>(schemaFile: string): ValidateFunction<T> {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    // Microsoft's schemas put keywords next to schemas without a `type`, and write their key patterns for
    // JavaScript's non-Unicode regular expressions (`\b]` is an error with the `u` flag).
    strictTypes: false,
    unicodeRegExp: false,
  });
  addFormats(ajv);
  return ajv.compile<T>(readSchema(schemaFile));
}

/** The keys a localization file may have: its fixed properties and the patterns for the indexed ones. */
function readLocalizationKeyPatterns(): RegExp[] {
  const schema = readSchema("MicrosoftTeams.Localization.schema.json") as {
    properties: Record<string, unknown>;
    patternProperties: Record<string, unknown>;
  };
  const fixedKeys = Object.keys(schema.properties).filter((key) => key.includes("."));
  return [
    ...fixedKeys.map((key) => new RegExp(`^${key.replaceAll(".", "\\.")}$`)),
    ...Object.keys(schema.patternProperties).map((pattern) => new RegExp(pattern)),
  ];
}

/** One issue per message: with `allErrors`, alternatives of a schema can report the same problem twice. */
function issuesFrom(file: string, errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  const issues = (errors ?? []).map((error) => toIssue(file, error));
  return [...new Map(issues.map((issue) => [formatIssue(issue), issue])).values()];
}

function toIssue(file: string, error: ErrorObject): ValidationIssue {
  const path = readablePath(error.instancePath);
  switch (error.keyword) {
    case "required":
      return { file, path: joinPath(path, String(error.params.missingProperty)), message: "is required" };
    case "additionalProperties":
      return {
        file,
        path: joinPath(path, String(error.params.additionalProperty)),
        message: "is not allowed here",
      };
    case "enum":
      return {
        file,
        path,
        message: `${quoted(error.data)}must be one of ${JSON.stringify(error.params.allowedValues)}`,
      };
    default:
      return { file, path, message: `${quoted(error.data)}${error.message ?? "is not valid"}` };
  }
}

/** `/extensions/0/ribbons/1` becomes `extensions[0].ribbons[1]`, the notation of the localization files. */
function readablePath(instancePath: string): string {
  return instancePath
    .split("/")
    .slice(1)
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : joinPath(path, segment)), "");
}

function joinPath(path: string, property: string): string {
  return path ? `${path}.${property}` : property;
}

/** The offending value, when it is short enough to help: `"not-a-guid" `. */
function quoted(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  const text = JSON.stringify(value);
  return text.length <= 80 ? `${text} ` : "";
}
