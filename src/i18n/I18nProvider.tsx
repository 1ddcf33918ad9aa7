import { createContext, type ReactNode, useContext, useMemo } from "react";
import { createI18n, type I18n } from "./create-i18n.ts";

const I18nContext = createContext<I18n | null>(null);

export interface I18nProviderProps {
  /** The host's BCP 47 locale, e.g. `nl-NL`; the nearest supported language is chosen. */
  readonly locale: string;
  /** IANA time zone to show times in; defaults to the browser's. */
  readonly timeZone?: string;
  readonly children: ReactNode;
}

export function I18nProvider({ locale, timeZone, children }: I18nProviderProps) {
  const i18n = useMemo(() => createI18n({ locale, timeZone }), [locale, timeZone]);
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) throw new Error("useI18n() must be called inside an <I18nProvider>");
  return i18n;
}
