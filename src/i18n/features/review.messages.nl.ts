import type { Messages } from "../translate.ts";

/** The `review` namespace of the Dutch catalog. */
export const reviewMessagesNl = {
  heading: "Bespreken met je manager",
} as const satisfies Messages["review"];
