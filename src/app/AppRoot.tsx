import { FluentProvider } from "@fluentui/react-components";
import { type ReactNode, useEffect } from "react";
import type { Host } from "../hosts/host.ts";
import { FetchedI18nProvider, loadCatalog, resolveLanguage } from "../i18n/index.ts";
import { fluentThemeNameFor, loadFluentTheme, useFluentTheme } from "./fluent-theme.ts";
import { useHostContext } from "./use-host-context.ts";

export interface AppRootProps {
  readonly host: Host;
  readonly children: ReactNode;
}

/** Fetches what `AppRoot` needs for the host's current theme and language; render it only once this resolves. */
export async function prepareAppRoot(host: Host): Promise<void> {
  const { theme, locale } = host.getContext();
  await Promise.all([
    loadFluentTheme(fluentThemeNameFor(host.kind, theme)),
    loadCatalog(resolveLanguage(locale)),
  ]);
}

/** Theme and language from the host, followed live; everything inside renders in them. */
export function AppRoot({ host, children }: AppRootProps) {
  const { theme, locale } = useHostContext(host);
  const fluentTheme = useFluentTheme(host.kind, theme);
  const language = resolveLanguage(locale);
  useEffect(() => {
    // Screen readers pick their voice from the document's language.
    document.documentElement.lang = language;
  }, [language]);
  return (
    <FluentProvider theme={fluentTheme} style={{ minHeight: "100vh" }}>
      <FetchedI18nProvider locale={locale}>{children}</FetchedI18nProvider>
    </FluentProvider>
  );
}
