import { type Host, HostInitializationError, type ThemeName } from "./host.ts";
import { createHostContextStore } from "./host-context-store.ts";
import { outlookMailboxItem } from "./outlook-mailbox-item.ts";
import { FORCED_COLORS_QUERY, forcedColorsActive, systemTheme, watchMediaQueries } from "./system-theme.ts";
import { withTimeout } from "./with-timeout.ts";

/** Office add-ins reference Office.js on Microsoft's CDN rather than bundling it. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long each step (loading Office.js, then `Office.onReady`) may take before we tell the user. */
const DEFAULT_TIMEOUT_MS = 10_000;

let officeScript: Promise<void> | null = null;

/** Adds the Office.js script tag once per page; a failed load removes its tag so that a retry starts afresh. */
function loadOfficeScript(timeoutMs: number): Promise<void> {
  if (officeScript === null) {
    const script = document.createElement("script");
    const loaded = new Promise<void>((resolve, reject) => {
      script.addEventListener("load", () => resolve(), { once: true });
      script.addEventListener("error", () => reject(new Error(`Could not load ${OFFICE_JS_URL}`)), {
        once: true,
      });
    });
    script.src = OFFICE_JS_URL;
    document.head.append(script);
    officeScript = withTimeout(loaded, timeoutMs, "Loading Office.js").catch((error: unknown) => {
      script.remove();
      officeScript = null;
      throw error;
    });
  }
  return officeScript;
}

/** WCAG relative luminance of a `#rrggbb` colour, or `null` when Office reports something else. */
function relativeLuminance(hexColor: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hexColor.trim());
  if (match === null) return null;
  const [red, green, blue] = match.slice(1).map((channel) => {
    const value = Number.parseInt(channel, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/**
 * Below this luminance white text contrasts more than black text, so the background is a dark one.
 * Outlook reports only colours (its `isDarkTheme` and `themeId` are not supported there).
 */
const DARK_BACKGROUND_LUMINANCE = Math.sqrt(1.05 * 0.05) - 0.05;

/**
 * Outlook's theme from its body background; Office has no high-contrast flag, so forced colors decide that.
 * Before Mailbox 1.14 Outlook reports no theme at all, and the operating system's preference stands in.
 */
export function themeFromOffice(officeTheme: Office.OfficeTheme | undefined): ThemeName {
  if (forcedColorsActive()) return "highContrast";
  const luminance = officeTheme ? relativeLuminance(officeTheme.bodyBackgroundColor) : null;
  if (luminance === null) return systemTheme();
  return luminance < DARK_BACKGROUND_LUMINANCE ? "dark" : "light";
}

/**
 * Momentum as an Outlook add-in task pane. Office.js is loaded here, on this page only. It replaces
 * `history.pushState`, so nothing on this page may depend on it.
 * The locale is read once: Outlook has no display-language event and restarts when the language changes.
 */
export async function createOutlookHost(options: { timeoutMs?: number } = {}): Promise<Host> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    await loadOfficeScript(timeoutMs);
  } catch (error) {
    throw new HostInitializationError("outlook", "officeScriptFailed", { cause: error });
  }
  let info: { host: Office.HostType | null };
  try {
    info = await withTimeout(Office.onReady(), timeoutMs, "Office.onReady()");
  } catch (error) {
    throw new HostInitializationError("outlook", "notInOutlook", { cause: error });
  }
  if (info.host !== Office.HostType.Outlook) throw new HostInitializationError("outlook", "notInOutlook");

  let officeTheme = Office.context.officeTheme as Office.OfficeTheme | undefined;
  const store = createHostContextStore({
    theme: themeFromOffice(officeTheme),
    locale: Office.context.displayLanguage,
  });
  watchMediaQueries([FORCED_COLORS_QUERY], () => store.update({ theme: themeFromOffice(officeTheme) }));
  if (Office.context.requirements.isSetSupported("Mailbox", "1.14")) {
    Office.context.mailbox.addHandlerAsync(
      Office.EventType.OfficeThemeChanged,
      (event: Office.OfficeThemeChangedEventArgs) => {
        officeTheme = event.officeTheme;
        store.update({ theme: themeFromOffice(officeTheme) });
      },
    );
  }
  return {
    kind: "outlook",
    supportsNestedAppAuth: true,
    getContext: store.get,
    onContextChange: store.subscribe,
    getMailboxItem: async () => outlookMailboxItem(),
  };
}
