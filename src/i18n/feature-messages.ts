import type { Language } from "./language.ts";
import { type AppMessages, type MessageSource, messagesOf, type PluralMessage } from "./translate.ts";

/**
 * Messages of the features that load lazily (reviews, the manager's pane, the compose pane, a call's transcript
 * insights) travel with the features' code instead of in the language catalogs, so that the first screen carries
 * only the words it shows.
 *
 * A feature's messages module (`features/review.messages.ts`) holds its namespace in every language and adds it
 * here when it is evaluated; each module that uses one of the feature's keys imports it. Module evaluation comes
 * before any render, so a feature never shows a raw key, and a later switch of language needs no fetch. Keys stay
 * typed as before (`translate.ts` knows every namespace); `feature-messages.test.ts` checks the imports.
 */

type Namespace = Readonly<Record<string, string | PluralMessage>>;

/** A feature's namespace (or namespaces) in each language, e.g. `{ en: { review: … }, nl: { review: … } }`. */
export type FeatureMessages = Readonly<Record<Language, Readonly<Record<string, Namespace>>>>;

const added: Record<Language, Record<string, Namespace>> = { en: {}, nl: {} };

export function addFeatureMessages(messages: FeatureMessages): void {
  for (const language of Object.keys(added) as Language[]) Object.assign(added[language], messages[language]);
}

/** A language's catalog and the messages of the features loaded so far, in that order. */
export function withFeatureMessages(language: Language, messages: AppMessages): MessageSource {
  const own = messagesOf(messages);
  return (namespace, name) => own(namespace, name) ?? added[language][namespace]?.[name];
}
