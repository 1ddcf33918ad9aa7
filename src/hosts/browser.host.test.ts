// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { createBrowserHost } from "./browser.host.ts";
import type { HostContext } from "./host.ts";
import { installFakeMatchMedia } from "./match-media.fake.ts";
import { FORCED_COLORS_QUERY, PREFERS_DARK_QUERY } from "./system-theme.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the browser host", () => {
  it("starts in the operating system's colour scheme and the browser's language", () => {
    installFakeMatchMedia([PREFERS_DARK_QUERY]);
    vi.spyOn(navigator, "language", "get").mockReturnValue("nl-NL");

    const host = createBrowserHost();

    expect(host.kind).toBe("browser");
    expect(host.supportsNestedAppAuth).toBe(false);
    expect(host.getContext()).toEqual({ theme: "dark", locale: "nl-NL" });
  });

  it("follows a switch to dark mode while open", () => {
    const media = installFakeMatchMedia();
    const host = createBrowserHost();
    const seen: HostContext[] = [];
    host.onContextChange((context) => seen.push(context));

    media.set(PREFERS_DARK_QUERY, true);

    expect(host.getContext().theme).toBe("dark");
    expect(seen.map((context) => context.theme)).toEqual(["dark"]);
  });

  it("turns to high contrast when the system forces colours, whatever the colour scheme", () => {
    const media = installFakeMatchMedia([PREFERS_DARK_QUERY]);
    const host = createBrowserHost();

    media.set(FORCED_COLORS_QUERY, true);
    expect(host.getContext().theme).toBe("highContrast");

    media.set(FORCED_COLORS_QUERY, false);
    expect(host.getContext().theme).toBe("dark");
  });

  it("follows the browser's language when the user changes it", () => {
    installFakeMatchMedia();
    const language = vi.spyOn(navigator, "language", "get").mockReturnValue("en-US");
    const host = createBrowserHost();
    const seen: HostContext[] = [];
    host.onContextChange((context) => seen.push(context));

    language.mockReturnValue("nl-BE");
    window.dispatchEvent(new Event("languagechange"));

    expect(seen).toEqual([{ theme: "light", locale: "nl-BE" }]);
  });

  it("stops telling a listener once it unsubscribed", () => {
    const media = installFakeMatchMedia();
    const host = createBrowserHost();
    const listener = vi.fn();
    const unsubscribe = host.onContextChange(listener);

    unsubscribe();
    media.set(PREFERS_DARK_QUERY, true);

    expect(listener).not.toHaveBeenCalled();
  });
});
