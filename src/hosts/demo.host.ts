import { createBrowserHost } from "./browser.host.ts";
import { demoPaneFromUrl, openDemoMailboxItem } from "./demo-mailbox-item.ts";
import type { Host, HostContext, ThemeName } from "./host.ts";
import { createHostContextStore } from "./host-context-store.ts";

/**
 * The demo tenant in a plain browser, with the theme and language switchable live (from the demo toolbar,
 * or `?theme=light|dark|highContrast` and `?lang=en|nl` in the URL) so the demo and tests can show every variant.
 * Until something is chosen, it follows the browser like {@link createBrowserHost}.
 * `?pane=review&eventId=<ID>` opens the manager's Outlook pane on that event without Outlook: its item is a
 * stand-in fed by the emulator (see `demo-mailbox-item.ts`).
 */
export interface DemoHost extends Host {
  readonly kind: "demo";
  setTheme(theme: ThemeName): void;
  /** A BCP 47 tag such as `nl` or `en-GB`. */
  setLocale(locale: string): void;
}

const THEMES: readonly ThemeName[] = ["light", "dark", "highContrast"];
const DEMO_LANGUAGES: readonly string[] = ["en", "nl"];

function themeParam(value: string | null): ThemeName | null {
  return THEMES.find((theme) => theme === value) ?? null;
}

function languageParam(value: string | null): string | null {
  return value !== null && DEMO_LANGUAGES.includes(value) ? value : null;
}

export function createDemoHost(url: URL = new URL(window.location.href)): DemoHost {
  const browser = createBrowserHost();
  let chosenTheme = themeParam(url.searchParams.get("theme"));
  let chosenLocale = languageParam(url.searchParams.get("lang"));
  const withChoices = (context: HostContext): HostContext => ({
    theme: chosenTheme ?? context.theme,
    locale: chosenLocale ?? context.locale,
  });
  const store = createHostContextStore(withChoices(browser.getContext()));
  const pane = demoPaneFromUrl(url);
  browser.onContextChange((context) => store.update(withChoices(context)));
  return {
    kind: "demo",
    supportsNestedAppAuth: false,
    getContext: store.get,
    onContextChange: store.subscribe,
    getMailboxItem: async (graph) => (pane ? openDemoMailboxItem(graph, pane.eventId) : null),
    setTheme(theme) {
      chosenTheme = theme;
      store.update({ theme });
    },
    setLocale(locale) {
      chosenLocale = locale;
      store.update({ locale });
    },
  };
}
