import type { Host } from "./host.ts";
import { createHostContextStore } from "./host-context-store.ts";
import { FORCED_COLORS_QUERY, PREFERS_DARK_QUERY, systemTheme, watchMediaQueries } from "./system-theme.ts";

/**
 * A plain browser tab: the theme follows the operating system (dark mode, high contrast) and the locale
 * follows the browser's first preferred language, both live.
 */
export function createBrowserHost(): Host {
  const store = createHostContextStore({ theme: systemTheme(), locale: navigator.language });
  watchMediaQueries([FORCED_COLORS_QUERY, PREFERS_DARK_QUERY], () => store.update({ theme: systemTheme() }));
  window.addEventListener("languagechange", () => store.update({ locale: navigator.language }));
  return {
    kind: "browser",
    supportsNestedAppAuth: false,
    getContext: store.get,
    onContextChange: store.subscribe,
  };
}
