/** The languages Momentum speaks; everything else falls back to English. */
export const SUPPORTED_LANGUAGES = ["en", "nl"] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** The supported language nearest to a BCP 47 tag from the host: `nl`, `nl-NL`, `nl-BE` → `nl`; else `en`. */
export function resolveLanguage(locale: string): Language {
  const primary = primaryLanguageOf(locale);
  return SUPPORTED_LANGUAGES.find((language) => language === primary) ?? "en";
}

/**
 * The locale that dates and numbers are formatted in: the host's own tag when it is in the language shown
 * (so `en-GB` keeps day-month order and a 24-hour clock), otherwise the bare language, so that an English
 * screen never shows, say, German weekday names.
 */
export function formattingLocale(locale: string, language: Language): string {
  if (primaryLanguageOf(locale) !== language) return language;
  try {
    return Intl.getCanonicalLocales(locale.trim().replace(/_/g, "-"))[0] ?? language;
  } catch {
    // A malformed tag from a host is not worth failing over.
    return language;
  }
}

function primaryLanguageOf(locale: string): string {
  return locale.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}
