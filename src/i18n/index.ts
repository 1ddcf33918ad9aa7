export { browserTimeZone, createI18n, type I18n, type I18nOptions } from "./create-i18n.ts";
export { errorMessageKey } from "./error-message.ts";
export type { Formatters } from "./format.ts";
export { FetchedI18nProvider, I18nProvider, type I18nProviderProps, useI18n } from "./I18nProvider.tsx";
export { type Language, resolveLanguage, SUPPORTED_LANGUAGES } from "./language.ts";
export { loadCatalog } from "./load-catalog.ts";
export type { MessageKey, MessageParams, Messages, Translate } from "./translate.ts";
