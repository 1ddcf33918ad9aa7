import { phrasePattern } from "./phrase-pattern.ts";

/** How people agree on what happens after the call, English and Dutch: a meeting, something sent, a call. */
export const NEXT_STEP_PHRASES: readonly string[] = [
  // English
  "next steps?",
  "follow(?: |-)?up",
  "(?:I'll|I will|we'll|we will|let me) send",
  "send (?:you|it|us|them|over)",
  "schedule (?:a|an|the|some|something|time)",
  "set up (?:a|the) (?:meeting|call|session|demo)",
  "(?:in|into) the diary",
  "calendar invite",
  "next week",
  "week after next",
  "let's do it",
  "check in",
  "(?:I'll|I will) call you",
  "talk again",
  "get back to you",
  // Dutch
  "volgende stap(?:pen)?",
  "vervolgafspraak",
  "vervolgstap(?:pen)?",
  "inplannen",
  "plannen we",
  "(?:stuur ik|ik stuur|stuur maar|stuur ons)",
  "(?:op|toe)sturen",
  "zal ik",
  "zullen we",
  "volgende week",
  "bel me",
  "ik bel (?:je|jullie|u)",
  "kom ik (?:erop )?terug",
];

const NEXT_STEP = phrasePattern(NEXT_STEP_PHRASES);

/** The first next-step phrase in `text` as said, or `null`. */
export function findNextStep(text: string): string | null {
  return NEXT_STEP.exec(text)?.[0] ?? null;
}
