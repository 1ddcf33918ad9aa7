/** The `review` namespace of the English catalog (see `messages.en.ts`); its own file so features grow apart. */
export const reviewMessagesEn = {
  heading: "Review with your manager",
} as const;
