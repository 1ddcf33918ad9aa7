import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  EXAMPLE_PUBLISHER_URL,
  LOCAL_APP_URL,
  PackageSettingsError,
  PLACEHOLDER_CLIENT_ID,
  readPackageEnvironment,
  resolvePackageSettings,
} from "./package-settings.ts";

const CLIENT_ID = "3f2a9c1e-7b4d-4e8a-9c2b-1d5e6f7a8b9c";

describe("resolvePackageSettings", () => {
  it("targets the local HTTPS dev server with a placeholder client ID when nothing is configured", () => {
    expect(resolvePackageSettings({}, "0.1.0")).toEqual({
      APP_URL: LOCAL_APP_URL,
      APP_HOST: "localhost:3000",
      CLIENT_ID: PLACEHOLDER_CLIENT_ID,
      PUBLISHER_URL: EXAMPLE_PUBLISHER_URL,
      APP_VERSION: "0.1.0",
    });
  });

  it("uses the configured app URL, client ID and publisher site", () => {
    const settings = resolvePackageSettings(
      {
        APP_URL: "https://momentum.example.org/",
        VITE_CLIENT_ID: CLIENT_ID,
        PUBLISHER_URL: "https://example.org",
      },
      "2.0.1",
    );

    expect(settings).toEqual({
      APP_URL: "https://momentum.example.org",
      APP_HOST: "momentum.example.org",
      CLIENT_ID,
      PUBLISHER_URL: "https://example.org",
      APP_VERSION: "2.0.1",
    });
  });

  it("falls back to VITE_APP_URL, and prefers APP_URL when both are set", () => {
    expect(resolvePackageSettings({ VITE_APP_URL: "https://vite.example.org" }, "1.0.0").APP_URL).toBe(
      "https://vite.example.org",
    );
    expect(
      resolvePackageSettings(
        { APP_URL: "https://app.example.org", VITE_APP_URL: "https://vite.example.org" },
        "1.0.0",
      ).APP_URL,
    ).toBe("https://app.example.org");
  });

  it("keeps a path under which the app is served, and the port in the host", () => {
    const settings = resolvePackageSettings(
      { APP_URL: "https://static.example.org:8443/momentum/" },
      "1.0.0",
    );

    expect(settings.APP_URL).toBe("https://static.example.org:8443/momentum");
    expect(settings.APP_HOST).toBe("static.example.org:8443");
  });

  it.each([
    ["http://localhost:3000", "APP_URL must use https://"],
    ["localhost:3000", "APP_URL must use https://"],
    ["not a url", "APP_URL must be an absolute https:// URL"],
    ["https://app.example.org/?host=teams", "APP_URL must not have a query or fragment"],
  ])("rejects APP_URL %j", (appUrl, message) => {
    expect(() => resolvePackageSettings({ APP_URL: appUrl }, "1.0.0")).toThrow(message);
  });

  it("rejects a client ID that is not a GUID, naming the variable", () => {
    expect(() => resolvePackageSettings({ VITE_CLIENT_ID: "my-app" }, "1.0.0")).toThrow(PackageSettingsError);
    expect(() => resolvePackageSettings({ VITE_CLIENT_ID: "my-app" }, "1.0.0")).toThrow("VITE_CLIENT_ID");
  });

  it("rejects a version Teams and Outlook do not accept", () => {
    expect(() => resolvePackageSettings({}, "1.0.0-beta.1")).toThrow("n.n.n");
  });
});

describe("readPackageEnvironment", () => {
  let root: string | undefined;
  afterEach(() => {
    vi.unstubAllEnvs();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("reads .env and .env.local, and lets the process environment win", () => {
    root = mkdtempSync(join(tmpdir(), "momentum-env-"));
    writeFileSync(
      join(root, ".env"),
      "APP_URL=https://from-dotenv.example.org\nVITE_CLIENT_ID=from-dotenv\n",
    );
    writeFileSync(join(root, ".env.local"), `VITE_CLIENT_ID=${CLIENT_ID}\n`);
    vi.stubEnv("APP_URL", "https://from-process.example.org");
    vi.stubEnv("PUBLISHER_URL", undefined);
    vi.stubEnv("VITE_APP_URL", undefined);
    vi.stubEnv("VITE_CLIENT_ID", undefined);

    const env = readPackageEnvironment(root, "production");

    expect(env.APP_URL).toBe("https://from-process.example.org");
    expect(env.VITE_CLIENT_ID).toBe(CLIENT_ID);
  });
});
