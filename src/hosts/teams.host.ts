import { app } from "@microsoft/teams-js";
import { type Host, HostInitializationError, type ThemeName } from "./host.ts";
import { createHostContextStore } from "./host-context-store.ts";
import { withTimeout } from "./with-timeout.ts";

/** Inside Teams, `app.initialize()` answers within a second or two; outside it, teams-js waits up to 60 s. */
const DEFAULT_TIMEOUT_MS = 5_000;

/** Teams reports "default", "dark" or "contrast"; anything else (newer themes such as "glass") renders light. */
export function themeFromTeams(teamsTheme: string): ThemeName {
  if (teamsTheme === "dark") return "dark";
  if (teamsTheme === "contrast") return "highContrast";
  return "light";
}

/**
 * Momentum as a Teams personal tab. The theme follows Teams live. The locale is read once: teams-js has no
 * public locale-change event, and Teams reloads its apps when the user changes the display language.
 */
export async function createTeamsHost(options: { timeoutMs?: number } = {}): Promise<Host> {
  try {
    await withTimeout(app.initialize(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS, "teams-js app.initialize()");
  } catch (error) {
    throw new HostInitializationError("teams", "notInTeams", { cause: error });
  }
  const context = await app.getContext();
  const store = createHostContextStore({
    theme: themeFromTeams(context.app.theme),
    locale: context.app.locale,
  });
  app.registerOnThemeChangeHandler((theme) => store.update({ theme: themeFromTeams(theme) }));
  return {
    kind: "teams",
    supportsNestedAppAuth: true,
    getContext: store.get,
    onContextChange: store.subscribe,
  };
}
