import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { createI18n, createI18nFrom, type I18n } from "./create-i18n.ts";
import { type Language, resolveLanguage } from "./language.ts";
import { FALLBACK_CATALOG, loadCatalog, loadedCatalog } from "./load-catalog.ts";
import type { AppMessages } from "./translate.ts";

const I18nContext = createContext<I18n | null>(null);

export interface I18nProviderProps {
  /** The host's BCP 47 locale, e.g. `nl-NL`; the nearest supported language is chosen. */
  readonly locale: string;
  /** IANA time zone to show times in; defaults to the browser's. */
  readonly timeZone?: string;
  readonly children: ReactNode;
}

/** Every language at hand, synchronously: for tests. The app uses `FetchedI18nProvider`. */
export function I18nProvider({ locale, timeZone, children }: I18nProviderProps) {
  const i18n = useMemo(() => createI18n({ locale, timeZone }), [locale, timeZone]);
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/**
 * The app's provider: it speaks languages whose catalog has been fetched (`loadCatalog`), so that a user reading
 * English never downloads Dutch. Fetch the first language before the first render, so the first paint is already
 * in it; after a switch to a language not fetched yet, the one shown stays until the new one has arrived, rather
 * than English words flashing by.
 */
export function FetchedI18nProvider({ locale, timeZone, children }: I18nProviderProps) {
  const { language, messages } = useFetchedCatalog(resolveLanguage(locale));
  const i18n = useMemo(
    () => createI18nFrom(language, messages, { locale, timeZone }),
    [language, messages, locale, timeZone],
  );
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

interface ShownCatalog {
  readonly language: Language;
  readonly messages: AppMessages;
}

function useFetchedCatalog(language: Language): ShownCatalog {
  const [shown, setShown] = useState<ShownCatalog>(() => {
    const messages = loadedCatalog(language);
    // Shown only when the first language was not fetched before the first render.
    return messages === undefined ? { language: "en", messages: FALLBACK_CATALOG } : { language, messages };
  });
  useEffect(() => {
    let current = true;
    void loadCatalog(language).then((messages) => {
      if (current) setShown({ language, messages });
    });
    return () => {
      current = false;
    };
  }, [language]);
  const messages = loadedCatalog(language);
  return messages === undefined ? shown : { language, messages };
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error("useI18n() must be called inside an <I18nProvider>");
  return i18n;
}
