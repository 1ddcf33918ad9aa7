import { phrasePattern } from "./phrase-pattern.ts";

/**
 * What customers say when they push back, English and Dutch: no budget, bad timing, no need, happy as
 * they are, or "not yet". Phrases rather than single words, because "budget" or "change" alone says nothing
 * about which way the customer leans.
 */
export const OBJECTION_PHRASES: readonly string[] = [
  // English
  "not looking to (?:change|switch|replace)",
  "no budget",
  "(?:don't|do not) have (?:the |a )?budget",
  "not in (?:the|our|this year's) budget",
  "too expensive",
  "too much money",
  "can't afford",
  "cannot afford",
  "not this year",
  "not right now",
  "not a priority",
  "not the right time",
  "bad timing",
  "the timing is(?:n't| not) (?:right|great|good)",
  "not interested",
  "(?:we're|we are) happy with (?:what we have|our current)",
  "already (?:have|use|using) (?:a|an|something)",
  "let's not rush",
  "discuss (?:this|it) internally",
  "not sure this is",
  "(?:problem|issue) isn't",
  "isn't (?:even |really )?our (?:biggest |main |real )?(?:problem|issue)",
  // Dutch
  "geen budget",
  "geen geld",
  "te duur",
  "niet dit jaar",
  "dit jaar niet",
  "nu even niet",
  "geen prioriteit",
  "geen interesse",
  "niet het juiste moment",
  "timing is (?:gewoon |echt )?(?:slecht|niet goed)",
  "(?:we zijn|wij zijn) (?:heel )?tevreden met",
  "hebben al een",
  "laten we dat niet doen",
  "intern bespreken",
  "(?:zit|ligt) ons probleem (?:eigenlijk )?niet",
  "probleem (?:is |zit )?(?:eigenlijk )?niet",
];

const OBJECTION = phrasePattern(OBJECTION_PHRASES);

/** The first objection phrase in `text` as said, or `null`. */
export function findObjection(text: string): string | null {
  return OBJECTION.exec(text)?.[0] ?? null;
}
