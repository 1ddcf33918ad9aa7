import { addFeatureMessages } from "../feature-messages.ts";
import { composeMessagesEn } from "./compose.messages.en.ts";
import { composeMessagesNl } from "./compose.messages.nl.ts";

// Imported for this effect by each module that uses a `compose.*` key (see `feature-messages.ts`).
addFeatureMessages({ en: { compose: composeMessagesEn }, nl: { compose: composeMessagesNl } });
