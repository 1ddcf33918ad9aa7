import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decode } from "fast-png";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import {
  type AppPackage,
  buildAppPackage,
  MANIFEST_DIR,
  MANIFEST_TEMPLATE,
  zipAppPackage,
} from "./app-package.ts";
import { resolvePackageSettings } from "./package-settings.ts";
import { ManifestValidationError } from "./validate-manifest.ts";

const APP_URL = "https://momentum.contoso.example";
const CLIENT_ID = "3f2a9c1e-7b4d-4e8a-9c2b-1d5e6f7a8b9c";
const PUBLIC_DIR = join(MANIFEST_DIR, "..", "public");

const defaultPackage = () => buildAppPackage(resolvePackageSettings({}, "0.1.0"));
const configuredPackage = () =>
  buildAppPackage(resolvePackageSettings({ APP_URL: `${APP_URL}/`, VITE_CLIENT_ID: CLIENT_ID }, "0.1.0"));

function jsonFiles(appPackage: AppPackage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(appPackage.files)
      .filter(([name]) => name.endsWith(".json"))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

function stringsIn(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.flatMap(stringsIn);
  if (node !== null && typeof node === "object") return Object.values(node).flatMap(stringsIn);
  return [];
}

describe("buildAppPackage", () => {
  it.each([
    ["nothing configured", defaultPackage],
    ["a configured app URL and client ID", configuredPackage],
  ])("leaves no placeholder unfilled with %s", (_case, build) => {
    const files = jsonFiles(build());

    expect(Object.keys(files).sort()).toEqual(["manifest.json", "nl.json"]);
    for (const text of Object.values(files)) expect(text).not.toContain("{{");
  });

  it("points Teams, Outlook and the ribbon icons at the configured app URL", () => {
    const { manifest } = configuredPackage();
    const appUrls = stringsIn(manifest).filter((value) => value.startsWith(`${APP_URL}`));

    expect(manifest.staticTabs?.[0]?.contentUrl).toBe(`${APP_URL}/?host=teams`);
    expect(manifest.extensions?.[0]?.runtimes?.[0]?.code.page).toBe(`${APP_URL}/?host=outlook`);
    expect(manifest.validDomains).toEqual(["momentum.contoso.example"]);
    expect(manifest.webApplicationInfo?.id).toBe(CLIENT_ID);
    // Tab, task pane and the twelve ribbon icon URLs, each a path under APP_URL without a doubled slash.
    expect(appUrls.length).toBeGreaterThanOrEqual(14);
    for (const url of appUrls) expect(url.slice(APP_URL.length)).toMatch(/^\/(?!\/)/);
    expect(stringsIn(manifest).join("\n")).not.toContain("localhost");
  });

  it("serves a PNG of the declared size at every ribbon icon URL", () => {
    const { manifest } = configuredPackage();
    const ribbonIcons = (manifest.extensions?.[0]?.ribbons ?? [])
      .flatMap((ribbon) => ribbon.tabs)
      .flatMap((tab) => tab.groups ?? [])
      .flatMap((group) => [
        ...(group.icons ?? []),
        ...(group.controls ?? []).flatMap((control) => control.icons ?? []),
      ]);

    expect(ribbonIcons.map((icon) => icon.size).sort()).toEqual(expect.arrayContaining([16, 32, 80]));
    for (const { size, url } of ribbonIcons) {
      const png = decode(readFileSync(join(PUBLIC_DIR, url.slice(APP_URL.length))));
      expect([png.width, png.height], url).toEqual([size, size]);
    }
  });

  describe("with a broken template", () => {
    let manifestDir: string | undefined;
    afterEach(() => {
      if (manifestDir) rmSync(manifestDir, { recursive: true, force: true });
    });

    it("refuses to build and says what is wrong", () => {
      manifestDir = mkdtempSync(join(tmpdir(), "momentum-manifest-"));
      cpSync(MANIFEST_DIR, manifestDir, { recursive: true });
      const template = JSON.parse(readFileSync(join(manifestDir, MANIFEST_TEMPLATE), "utf8"));
      writeFileSync(
        join(manifestDir, MANIFEST_TEMPLATE),
        JSON.stringify({ ...template, id: "{{CLIENT_ID}}-x" }),
      );
      const build = () => buildAppPackage(resolvePackageSettings({}, "0.1.0"), manifestDir);

      expect(build).toThrow(ManifestValidationError);
      expect(build).toThrow(/manifest\.json: id "00000000-0000-0000-0000-000000000000-x" must match pattern/);
    });
  });
});

describe("zipAppPackage", () => {
  it("zips exactly the manifest, the Dutch strings and the two icons, as built", () => {
    const appPackage = configuredPackage();
    const entries = unzipSync(zipAppPackage(appPackage));

    expect(Object.keys(entries).sort()).toEqual(["color.png", "manifest.json", "nl.json", "outline.png"]);
    expect(JSON.parse(strFromU8(entries["manifest.json"] ?? new Uint8Array()))).toEqual(appPackage.manifest);
    expect(entries["color.png"]).toEqual(new Uint8Array(readFileSync(join(MANIFEST_DIR, "color.png"))));
    expect(entries["outline.png"]).toEqual(new Uint8Array(readFileSync(join(MANIFEST_DIR, "outline.png"))));
  });

  it("gives the same bytes for the same inputs, so a rebuilt package is recognisably unchanged", () => {
    expect(zipAppPackage(configuredPackage())).toEqual(zipAppPackage(configuredPackage()));
  });
});
