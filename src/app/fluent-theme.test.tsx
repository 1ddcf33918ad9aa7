import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { HostKind, ThemeName } from "../hosts/host.ts";
import { fluentThemeNameFor, loadFluentTheme, useFluentTheme } from "./fluent-theme.ts";

// First in this file: the themes it switches to must not have been fetched yet (they are cached per page).
describe("useFluentTheme", () => {
  it("follows the host's theme, keeping the one shown until the next has arrived", async () => {
    await loadFluentTheme("webLight");
    const { result, rerender } = renderHook(
      ({ host, theme }: { host: HostKind; theme: ThemeName }) => useFluentTheme(host, theme),
      { initialProps: { host: "browser", theme: "light" } },
    );
    expect(result.current).toBe(webLightTheme);

    rerender({ host: "browser", theme: "dark" });
    // Never a render without a theme: light until dark is there.
    expect(result.current).toBe(webLightTheme);
    await waitFor(() => expect(result.current).toBe(webDarkTheme));

    rerender({ host: "browser", theme: "light" });
    expect(result.current).toBe(webLightTheme);
  });
});

describe("the Fluent theme for a host", () => {
  it.each([
    ["teams", "light", teamsLightTheme],
    ["teams", "dark", teamsDarkTheme],
    ["teams", "highContrast", teamsHighContrastTheme],
    ["outlook", "light", webLightTheme],
    ["browser", "dark", webDarkTheme],
    ["demo", "highContrast", teamsHighContrastTheme],
  ] as const)("%s in %s", async (host, theme, expected) => {
    expect(await loadFluentTheme(fluentThemeNameFor(host, theme))).toBe(expected);
  });
});
