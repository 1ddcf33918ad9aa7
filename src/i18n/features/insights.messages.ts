import { addFeatureMessages } from "../feature-messages.ts";
import { insightsMessagesEn } from "./insights.messages.en.ts";
import { insightsMessagesNl } from "./insights.messages.nl.ts";

// Imported for this effect by each module that uses a `insights.*` key (see `feature-messages.ts`).
addFeatureMessages({ en: { insights: insightsMessagesEn }, nl: { insights: insightsMessagesNl } });
