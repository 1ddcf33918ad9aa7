/** The `manager` namespace of the English catalog (see `messages.en.ts`); its own file so features grow apart. */
export const managerMessagesEn = {
  heading: "Review packet",
} as const;
