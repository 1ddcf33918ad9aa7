import {
  type Theme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { HostKind, ThemeName } from "../hosts/host.ts";

/**
 * The Fluent UI theme for a host and theme: inside Teams the Teams themes so the tab blends in;
 * elsewhere (Outlook, browser, demo) the web themes, as Office add-ins use. High contrast is the Teams
 * high-contrast theme everywhere: Fluent has only that one.
 */
export function fluentThemeFor(host: HostKind, theme: ThemeName): Theme {
  if (theme === "highContrast") return teamsHighContrastTheme;
  if (host === "teams") return theme === "dark" ? teamsDarkTheme : teamsLightTheme;
  return theme === "dark" ? webDarkTheme : webLightTheme;
}
