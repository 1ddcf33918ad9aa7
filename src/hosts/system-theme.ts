import type { ThemeName } from "./host.ts";

/** Windows high contrast (or any forced palette) wins over light and dark. */
export const FORCED_COLORS_QUERY = "(forced-colors: active)";
export const PREFERS_DARK_QUERY = "(prefers-color-scheme: dark)";

function mediaQueryList(media: string): MediaQueryList | null {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(media)
    : null;
}

/** Whether the operating system forces a high-contrast palette on this page. */
export function forcedColorsActive(): boolean {
  return mediaQueryList(FORCED_COLORS_QUERY)?.matches ?? false;
}

/** The theme the operating system and browser ask for. */
export function systemTheme(): ThemeName {
  if (forcedColorsActive()) return "highContrast";
  return mediaQueryList(PREFERS_DARK_QUERY)?.matches ? "dark" : "light";
}

/** Calls `onChange` whenever one of these media queries starts or stops matching; returns the unsubscribe. */
export function watchMediaQueries(queries: readonly string[], onChange: () => void): () => void {
  const lists = queries.map(mediaQueryList).filter((list): list is MediaQueryList => list !== null);
  for (const list of lists) list.addEventListener("change", onChange);
  return () => {
    for (const list of lists) list.removeEventListener("change", onChange);
  };
}
