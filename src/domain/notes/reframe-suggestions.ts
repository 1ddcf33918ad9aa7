import type { ReframeQuestion } from "./call-notes.ts";

/**
 * One-tap answers to each reframe question, the common reasons a call goes badly that are temporary, specific
 * and not about the rep. Each is a message key (`reframeSuggestion.<id>`), so it reads in the rep's language.
 */
export const REFRAME_SUGGESTIONS = {
  permanent: ["tiredToday", "wrongMoment", "timingNotRight", "notReadyYet"],
  pervasive: ["thisProspect", "oneCallOfMany", "otherDealsMoving"],
  personal: ["budgetTight", "notReadyToBuy", "theirTiming"],
} as const satisfies Record<ReframeQuestion, readonly string[]>;

export type ReframeSuggestion = (typeof REFRAME_SUGGESTIONS)[ReframeQuestion][number];

/** Separates a suggestion from what the rep already wrote. */
const SEPARATOR = "; ";

/**
 * The answer with `suggestion` added: in place of an empty answer, after a written one. A suggestion already
 * in the answer is not added twice, and the result never exceeds `maxLength`.
 */
export function withSuggestion(answer: string, suggestion: string, maxLength: number): string {
  const written = answer.trimEnd();
  if (written === "") return suggestion.slice(0, maxLength);
  if (written.toLocaleLowerCase().includes(suggestion.toLocaleLowerCase())) return answer;
  const trimmed = written.replace(/[;,.]$/, "");
  return `${trimmed}${SEPARATOR}${suggestion}`.slice(0, maxLength);
}
