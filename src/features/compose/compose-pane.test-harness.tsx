import { FluentProvider, type Theme, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { I18nProvider } from "../../i18n/index.ts";
import { CallsStoreProvider } from "../calls/index.ts";
import { NotesStoreProvider } from "../flag/NotesStoreProvider.tsx";
import { ComposePane } from "./ComposePane.tsx";
import {
  type ComposeTestOptions,
  type ComposeTestStores,
  composePaneOnMeeting,
} from "./compose-pane.test-stores.ts";

export interface ComposeHarnessOptions extends ComposeTestOptions {
  readonly locale?: string;
  readonly theme?: Theme;
}

/**
 * Renders the organizer pane as the app does (Fluent, language, Amsterdam time) on a meeting in a mocked Outlook,
 * with the rep's calls flagged (see {@link composePaneOnMeeting}).
 */
export function renderComposePane({
  locale = "en-US",
  theme = webLightTheme,
  ...options
}: ComposeHarnessOptions = {}): ComposeTestStores & { readonly container: HTMLElement } {
  const composed = composePaneOnMeeting(options);
  const { container } = render(
    <FluentProvider theme={theme}>
      <I18nProvider locale={locale} timeZone="Europe/Amsterdam">
        <CallsStoreProvider store={composed.stores.calls}>
          <NotesStoreProvider store={composed.stores.notes}>
            <ComposePane store={composed.store} repName="Daan Visser" />
          </NotesStoreProvider>
        </CallsStoreProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { ...composed, container };
}
