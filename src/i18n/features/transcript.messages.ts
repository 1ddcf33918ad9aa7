import { addFeatureMessages } from "../feature-messages.ts";
import { transcriptMessagesEn } from "./transcript.messages.en.ts";
import { transcriptMessagesNl } from "./transcript.messages.nl.ts";

// Imported for this effect by each module that uses a `transcript.*` key (see `feature-messages.ts`).
addFeatureMessages({ en: { transcript: transcriptMessagesEn }, nl: { transcript: transcriptMessagesNl } });
