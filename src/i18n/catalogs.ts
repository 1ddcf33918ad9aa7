import type { Language } from "./language.ts";
import { messagesEn } from "./messages.en.ts";
import { messagesNl } from "./messages.nl.ts";
import type { Messages } from "./translate.ts";

export const catalogs: Readonly<Record<Language, Messages>> = {
  en: messagesEn,
  nl: messagesNl,
};
