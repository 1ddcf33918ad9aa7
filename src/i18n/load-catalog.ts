import type { Language } from "./language.ts";
import { messagesEn } from "./messages.en.ts";
import type { AppMessages } from "./translate.ts";

// English travels with the app: it is the language most users see and every other language's fallback. Each
// other language is a chunk of its own, fetched only for a user who reads it.
const FETCH_CATALOG: Readonly<Record<Language, () => Promise<AppMessages>>> = {
  en: () => Promise.resolve(messagesEn),
  nl: () => import("./messages.nl.ts").then((module) => module.messagesNl),
};

/** The catalog that is always there, for a language not fetched yet. */
export const FALLBACK_CATALOG: AppMessages = messagesEn;

const loading = new Map<Language, Promise<AppMessages>>();
const loaded = new Map<Language, AppMessages>([["en", messagesEn]]);

/** Fetches a language's catalog once; a failed fetch is forgotten, so that asking again tries again. */
export function loadCatalog(language: Language): Promise<AppMessages> {
  let pending = loading.get(language);
  if (pending === undefined) {
    pending = FETCH_CATALOG[language]().then(
      (messages) => {
        loaded.set(language, messages);
        return messages;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/** The catalog of a language if it has been fetched already. */
export function loadedCatalog(language: Language): AppMessages | undefined {
  return loaded.get(language);
}
