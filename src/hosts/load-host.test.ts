// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { HostKind } from "./host.ts";
import { hostKindFromUrl, isDemoHost, loadHost } from "./load-host.ts";
import { installFakeMatchMedia } from "./match-media.fake.ts";

const teams = vi.hoisted(() => ({
  initialize: vi.fn(async () => {}),
  getContext: vi.fn(async () => ({ app: { theme: "dark", locale: "en-gb" } })),
  registerOnThemeChangeHandler: vi.fn(),
}));
vi.mock("@microsoft/teams-js", () => ({ app: teams }));

afterEach(() => {
  vi.clearAllMocks();
  vi.unstubAllGlobals();
});

describe("hostKindFromUrl", () => {
  it.each<[string, boolean, HostKind]>([
    ["https://momentum.example/?host=teams", false, "teams"],
    ["https://momentum.example/?host=outlook", false, "outlook"],
    ["https://momentum.example/", false, "browser"],
    ["https://momentum.example/?host=excel", false, "browser"],
    ["https://momentum.example/?host=TEAMS", false, "browser"],
    ["http://localhost:3000/", true, "demo"],
    ["http://localhost:3000/?theme=dark&lang=nl", true, "demo"],
    ["http://localhost:3000/?host=teams", true, "teams"],
    ["http://localhost:3000/?host=outlook", true, "outlook"],
  ])("%s (demo: %s) runs in %s", (url, isDemo, kind) => {
    expect(hostKindFromUrl(new URL(url), isDemo)).toBe(kind);
  });
});

describe("loadHost", () => {
  it.each<HostKind>(["browser", "demo", "teams"])("starts the %s host", async (kind) => {
    installFakeMatchMedia();

    const host = await loadHost(kind);

    expect(host.kind).toBe(kind);
    expect(isDemoHost(host)).toBe(kind === "demo");
  });

  it("initializes teams-js only for the Teams host", async () => {
    installFakeMatchMedia();

    await loadHost("browser");
    await loadHost("demo");
    expect(teams.initialize).not.toHaveBeenCalled();

    await loadHost("teams");
    expect(teams.initialize).toHaveBeenCalledOnce();
  });

  it("requests Office.js only for the Outlook host", async () => {
    installFakeMatchMedia();
    const officeScripts = () => [
      ...document.querySelectorAll<HTMLScriptElement>('script[src$="/office.js"]'),
    ];

    await loadHost("browser");
    await loadHost("demo");
    expect(officeScripts()).toHaveLength(0);

    const outlook = loadHost("outlook");
    await vi.waitFor(() => expect(officeScripts()).toHaveLength(1));
    for (const script of officeScripts()) script.dispatchEvent(new Event("error"));
    await expect(outlook).rejects.toMatchObject({ reason: "officeScriptFailed" });
  });
});
