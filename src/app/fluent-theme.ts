import type { Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { HostKind, ThemeName } from "../hosts/host.ts";
import { nextTask } from "./next-task.ts";

/** The Fluent UI v9 themes Momentum renders in. */
export type FluentThemeName = "teamsLight" | "teamsDark" | "teamsHighContrast" | "webLight" | "webDark";

/**
 * The Fluent UI theme for a host and theme: inside Teams the Teams themes so the tab blends in;
 * elsewhere (Outlook, browser, demo) the web themes, as Office add-ins use. High contrast is the Teams
 * high-contrast theme everywhere: Fluent has only that one.
 */
export function fluentThemeNameFor(host: HostKind, theme: ThemeName): FluentThemeName {
  if (theme === "highContrast") return "teamsHighContrast";
  if (host === "teams") return theme === "dark" ? "teamsDark" : "teamsLight";
  return theme === "dark" ? "webDark" : "webLight";
}

// Imported when first shown, not with the first screen's code (their tokens together weigh more than most screens).
// The build puts the five in one chunk (see vite.config.ts): a start then fetches one file for its theme. Each
// module hands out a function that builds its theme, so evaluating that chunk builds none, and a start builds one.
interface ThemeModule {
  readonly createTheme: () => Theme;
}

const THEME_MODULES: Readonly<Record<FluentThemeName, () => Promise<ThemeModule>>> = {
  teamsLight: () => import("./fluent-themes/teams-light.theme.ts"),
  teamsDark: () => import("./fluent-themes/teams-dark.theme.ts"),
  teamsHighContrast: () => import("./fluent-themes/teams-high-contrast.theme.ts"),
  webLight: () => import("./fluent-themes/web-light.theme.ts"),
  webDark: () => import("./fluent-themes/web-dark.theme.ts"),
};

const loading = new Map<FluentThemeName, Promise<Theme>>();
const loaded = new Map<FluentThemeName, Theme>();

/** Fetches and builds a theme once; a failed fetch is forgotten, so that asking again tries again. */
export function loadFluentTheme(name: FluentThemeName): Promise<Theme> {
  let pending = loading.get(name);
  if (pending === undefined) {
    pending = THEME_MODULES[name]().then(
      async ({ createTheme }) => {
        // Built in a task of its own: the theme's module arrives with the host's and the sign-in's, and building a
        // theme's tokens is long enough that the three together were one of a phone's longest start-up tasks
        // (paired Lighthouse runs: median 94 against 91 without).
        await nextTask();
        const theme = createTheme();
        loaded.set(name, theme);
        return theme;
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

/**
 * The theme to render for a host and theme. The first one must have been loaded (`loadFluentTheme`) before the
 * first render, so the first paint is already in the right colours; after a switch to a theme not fetched yet,
 * the one shown before stays until the new one has arrived, rather than a flash of unstyled content.
 */
export function useFluentTheme(host: HostKind, theme: ThemeName): Theme {
  const name = fluentThemeNameFor(host, theme);
  const [shown, setShown] = useState(() => loadedTheme(name));
  useEffect(() => {
    let current = true;
    void loadFluentTheme(name).then((next) => {
      if (current) setShown(next);
    });
    return () => {
      current = false;
    };
  }, [name]);
  return loaded.get(name) ?? shown;
}

/** This theme if loaded, else (the host switched while the app was starting) any theme loaded already. */
function loadedTheme(name: FluentThemeName): Theme {
  const theme = loaded.get(name) ?? loaded.values().next().value;
  if (theme === undefined) throw new Error("A Fluent theme is shown before loadFluentTheme() loaded one");
  return theme;
}
