import { catalogs } from "./catalogs.ts";
import { withFeatureMessages } from "./feature-messages.ts";
import { createFormatters, type Formatters } from "./format.ts";
import { formattingLocale, type Language, resolveLanguage } from "./language.ts";
import { type AppMessages, createTranslator, type Translate } from "./translate.ts";

/** Everything the UI needs to speak the user's language: messages plus locale-aware formatting. */
export interface I18n extends Formatters {
  readonly language: Language;
  /** The BCP 47 locale dates and numbers are formatted in, e.g. `nl-BE`. */
  readonly locale: string;
  /** The IANA time zone times are shown in, e.g. `Europe/Amsterdam`. */
  readonly timeZone: string;
  readonly t: Translate;
}

export interface I18nOptions {
  /** The host's BCP 47 locale, e.g. `nl-NL`. */
  readonly locale: string;
  /** Defaults to the browser's resolved time zone. */
  readonly timeZone?: string;
  /** The current instant, for `Today` and `Yesterday`; injectable for tests. */
  readonly now?: () => Date;
}

/** With every catalog at hand, synchronously: for tests and Node. The app fetches only its language's catalog. */
export function createI18n(options: I18nOptions): I18n {
  const language = resolveLanguage(options.locale);
  return createI18nFrom(language, catalogs[language], options);
}

/**
 * In a language whose catalog the caller has: how the app speaks once it has fetched it (`loadCatalog`). The
 * messages of lazily loaded features come from their own modules (see `feature-messages.ts`).
 */
export function createI18nFrom(
  language: Language,
  messages: AppMessages,
  { locale: hostLocale, timeZone = browserTimeZone(), now }: I18nOptions,
): I18n {
  const locale = formattingLocale(hostLocale, language);
  const t = createTranslator(withFeatureMessages(language, messages), locale);
  return { language, locale, timeZone, t, ...createFormatters({ locale, timeZone, t, now }) };
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
