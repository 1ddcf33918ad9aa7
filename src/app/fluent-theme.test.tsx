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
    const light = result.current;
    expect(light).toEqual(webLightTheme);

    rerender({ host: "browser", theme: "dark" });
    // Never a render without a theme: light until dark is there.
    expect(result.current).toBe(light);
    await waitFor(() => expect(result.current).toEqual(webDarkTheme));

    rerender({ host: "browser", theme: "light" });
    // Built once: the same object, so Fluent's provider does not restyle the page.
    expect(result.current).toBe(light);
  });
});

// Each theme module builds its theme from Fluent's parts (see src/app/fluent-themes/): the same theme as Fluent's own,
// so a Fluent upgrade that changes how a theme is made fails here.
describe("the Fluent theme for a host", () => {
  it.each([
    ["teams", "light", teamsLightTheme],
    ["teams", "dark", teamsDarkTheme],
    ["teams", "highContrast", teamsHighContrastTheme],
    ["outlook", "light", webLightTheme],
    ["browser", "dark", webDarkTheme],
    ["demo", "highContrast", teamsHighContrastTheme],
  ] as const)("%s in %s", async (host, theme, expected) => {
    expect(await loadFluentTheme(fluentThemeNameFor(host, theme))).toEqual(expected);
  });
});
