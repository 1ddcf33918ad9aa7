import type { Messages } from "../translate.ts";

/** The `manager` namespace of the Dutch catalog. */
export const managerMessagesNl = {
  heading: "Reviewpakket",
} as const satisfies Messages["manager"];
