import { addFeatureMessages } from "../feature-messages.ts";
import { reviewMessagesEn } from "./review.messages.en.ts";
import { reviewMessagesNl } from "./review.messages.nl.ts";

// Imported for this effect by each module that uses a `review.*` key (see `feature-messages.ts`).
addFeatureMessages({ en: { review: reviewMessagesEn }, nl: { review: reviewMessagesNl } });
