import { addFeatureMessages } from "../feature-messages.ts";
import { managerMessagesEn } from "./manager.messages.en.ts";
import { managerMessagesNl } from "./manager.messages.nl.ts";

// Imported for this effect by each module that uses a `manager.*` key (see `feature-messages.ts`).
addFeatureMessages({ en: { manager: managerMessagesEn }, nl: { manager: managerMessagesNl } });
