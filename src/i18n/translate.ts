import type { composeMessagesEn } from "./features/compose.messages.en.ts";
import type { insightsMessagesEn } from "./features/insights.messages.en.ts";
import type { managerMessagesEn } from "./features/manager.messages.en.ts";
import type { reviewMessagesEn } from "./features/review.messages.en.ts";
import type { transcriptMessagesEn } from "./features/transcript.messages.en.ts";
import type { messagesEn } from "./messages.en.ts";

/**
 * Messages and how they are looked up.
 *
 * - A key is `namespace.name`, e.g. `calls.heading`; the English catalog and the English messages of the lazily
 *   loaded features (see `feature-messages.ts`) define which keys exist.
 * - `{name}` in a message is replaced by the parameter of that name. Numbers are formatted for the locale.
 *   TypeScript requires exactly the parameters the English message names.
 * - A plural message is `{ one, other }`; it needs a numeric `count`, and `Intl.PluralRules` for the locale
 *   picks the form (`other` for any category a catalog does not spell out). `{count}` is interpolated too.
 */
export interface PluralMessage {
  readonly one: string;
  readonly other: string;
}

/** Every English message: the app's catalog, and the features' whose messages travel with their code. */
type EnglishCatalog = typeof messagesEn & {
  readonly review: typeof reviewMessagesEn;
  readonly manager: typeof managerMessagesEn;
  readonly compose: typeof composeMessagesEn;
  readonly transcript: typeof transcriptMessagesEn;
  readonly insights: typeof insightsMessagesEn;
};

/** An English namespace's names, each message free in wording: a namespace of another language. */
export type Translated<EnglishNamespace> = {
  readonly [Name in keyof EnglishNamespace]: EnglishNamespace[Name] extends string ? string : PluralMessage;
};

type TranslatedCatalog<English> = { readonly [Namespace in keyof English]: Translated<English[Namespace]> };

/** Every message of a language, the features' included. */
export type Messages = TranslatedCatalog<EnglishCatalog>;

/** A language's catalog (`messages.en.ts`, `messages.nl.ts`): every message but the lazily loaded features'. */
export type AppMessages = TranslatedCatalog<typeof messagesEn>;

/** Where a translator finds a message, by namespace and name; `undefined` for one it does not have. */
export type MessageSource = (namespace: string, name: string) => string | PluralMessage | undefined;

export type MessageKey = {
  [Namespace in keyof EnglishCatalog & string]: `${Namespace}.${keyof EnglishCatalog[Namespace] & string}`;
}[keyof EnglishCatalog & string];

export type MessageParam = string | number;

type EnglishMessage<Key extends MessageKey> = Key extends `${infer Namespace}.${infer Name}`
  ? Namespace extends keyof EnglishCatalog
    ? Name extends keyof EnglishCatalog[Namespace]
      ? EnglishCatalog[Namespace][Name]
      : never
    : never
  : never;

type PlaceholdersIn<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

export type MessageParams<Key extends MessageKey> =
  EnglishMessage<Key> extends PluralMessage
    ? { readonly count: number } & {
        readonly [Name in Exclude<
          PlaceholdersIn<EnglishMessage<Key>["one"] | EnglishMessage<Key>["other"]>,
          "count"
        >]: MessageParam;
      }
    : { readonly [Name in PlaceholdersIn<EnglishMessage<Key>>]: MessageParam };

/** No second argument for a message without placeholders; otherwise exactly its parameters. */
export type TranslateArguments<Key extends MessageKey> = keyof MessageParams<Key> extends never
  ? []
  : [params: MessageParams<Key>];

export type Translate = <Key extends MessageKey>(key: Key, ...args: TranslateArguments<Key>) => string;

type LooseCatalog = Readonly<Record<string, Readonly<Record<string, string | PluralMessage>>>>;

/** The messages of one catalog, as they are. */
export function messagesOf(messages: AppMessages): MessageSource {
  const catalog: LooseCatalog = messages;
  return (namespace, name) => catalog[namespace]?.[name];
}

export function createTranslator(source: MessageSource, locale: string): Translate {
  const pluralRules = new Intl.PluralRules(locale);
  const numberFormat = new Intl.NumberFormat(locale);

  return (key, ...args) => {
    const params: Readonly<Record<string, MessageParam>> = args[0] ?? {};
    const dot = key.indexOf(".");
    const message = source(key.slice(0, dot), key.slice(dot + 1));
    // Unreachable for a typed key (a feature's, once its messages module has run); a wrong key at runtime shows
    // itself rather than an empty string.
    if (message === undefined) return key;

    const template =
      typeof message === "string" ? message : pluralForm(message, pluralRules.select(Number(params.count)));
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
      return typeof value === "number" ? numberFormat.format(value) : value;
    });
  };
}

function pluralForm(message: PluralMessage, category: Intl.LDMLPluralRule): string {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = message;
  return forms[category] ?? message.other;
}
