import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";
import { fillPlaceholders } from "./fill-manifest.ts";
import type { PackageSettings } from "./package-settings.ts";
import {
  type AppManifest,
  assertValidManifest,
  ManifestValidationError,
  validateLocalization,
} from "./validate-manifest.ts";

/** This folder: the manifest template, its localization files and the package icons. */
export const MANIFEST_DIR = dirname(fileURLToPath(import.meta.url));
export const MANIFEST_TEMPLATE = "manifest.template.json";

/** An app package for Teams, Outlook and the Microsoft 365 app: the filled manifest and the files it names. */
export interface AppPackage {
  readonly manifest: AppManifest;
  /** Every file of the package by its name in the zip, `manifest.json` included. */
  readonly files: Readonly<Record<string, Uint8Array>>;
}

/** Fills the template with the settings and validates the result; throws `ManifestValidationError` listing every problem. */
export function buildAppPackage(settings: PackageSettings, manifestDir: string = MANIFEST_DIR): AppPackage {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(manifestDir, file), "utf8"));

  const manifest = fillPlaceholders(readJson(MANIFEST_TEMPLATE), settings);
  assertValidManifest(manifest);

  const { localizationInfo } = manifest;
  const localizationFiles = [
    ...(localizationInfo?.defaultLanguageFile ? [localizationInfo.defaultLanguageFile] : []),
    ...(localizationInfo?.additionalLanguages ?? []).map((language) => language.file),
  ];
  const localizations = localizationFiles.map(
    (file) => [file, fillPlaceholders(readJson(file), settings)] as const,
  );
  const issues = localizations.flatMap(([file, localization]) =>
    validateLocalization(localization, manifest, file),
  );
  if (issues.length > 0) throw new ManifestValidationError(issues);

  const iconFiles = Object.values(manifest.icons).filter((file): file is string => typeof file === "string");
  return {
    manifest,
    files: {
      "manifest.json": jsonBytes(manifest),
      ...Object.fromEntries(localizations.map(([file, localization]) => [file, jsonBytes(localization)])),
      ...Object.fromEntries(
        iconFiles.map((file) => [file, new Uint8Array(readFileSync(join(manifestDir, file)))]),
      ),
    },
  };
}

/** A fixed timestamp makes the same inputs give the same zip, byte for byte. */
const ZIP_TIMESTAMP = new Date(2000, 0, 1);

export function zipAppPackage(appPackage: AppPackage): Uint8Array {
  return zipSync({ ...appPackage.files }, { level: 9, mtime: ZIP_TIMESTAMP });
}

/** Writes the package's zip to `zipPath`, creating its folder. */
export function writeAppPackage(appPackage: AppPackage, zipPath: string): void {
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, zipAppPackage(appPackage));
}

function jsonBytes(value: unknown): Uint8Array {
  return strToU8(`${JSON.stringify(value, null, 2)}\n`);
}
