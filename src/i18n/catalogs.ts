import { composeMessagesEn } from "./features/compose.messages.en.ts";
import { composeMessagesNl } from "./features/compose.messages.nl.ts";
import { insightsMessagesEn } from "./features/insights.messages.en.ts";
import { insightsMessagesNl } from "./features/insights.messages.nl.ts";
import { managerMessagesEn } from "./features/manager.messages.en.ts";
import { managerMessagesNl } from "./features/manager.messages.nl.ts";
import { reviewMessagesEn } from "./features/review.messages.en.ts";
import { reviewMessagesNl } from "./features/review.messages.nl.ts";
import { transcriptMessagesEn } from "./features/transcript.messages.en.ts";
import { transcriptMessagesNl } from "./features/transcript.messages.nl.ts";
import type { Language } from "./language.ts";
import { messagesEn } from "./messages.en.ts";
import { messagesNl } from "./messages.nl.ts";
import type { Messages } from "./translate.ts";

/** Every message of each language, the lazily loaded features' included: for tests and Node, never the app's bundle. */
export const catalogs: Readonly<Record<Language, Messages>> = {
  en: {
    ...messagesEn,
    review: { ...messagesEn.review, ...reviewMessagesEn },
    manager: { ...messagesEn.manager, ...managerMessagesEn },
    compose: composeMessagesEn,
    transcript: transcriptMessagesEn,
    insights: insightsMessagesEn,
  },
  nl: {
    ...messagesNl,
    review: { ...messagesNl.review, ...reviewMessagesNl },
    manager: { ...messagesNl.manager, ...managerMessagesNl },
    compose: composeMessagesNl,
    transcript: transcriptMessagesNl,
    insights: insightsMessagesNl,
  },
};
