import { phrasePattern } from "./phrase-pattern.ts";

/**
 * Words that mean the conversation has turned to money, English and Dutch. Beyond the obvious ones:
 * currencies (a rep who says "forty-five euros per user" has named a price without saying "price"), fees,
 * and "investment"/"investering", the euphemism reps use for the price. "Invoice" is left out: in these
 * calls it is usually the customer's process, not the deal.
 */
export const PRICING_WORDS: readonly string[] = [
  // English
  "price",
  "prices",
  "priced",
  "pricing",
  "cost",
  "costs",
  "costing",
  "discount",
  "discounts",
  "budget",
  "budgets",
  "quote",
  "quotes",
  "quotation",
  "fee",
  "fees",
  "investment",
  "euro",
  "euros",
  "dollar",
  "dollars",
  // Dutch ("budget" and "euro" are the same word)
  "prijs",
  "prijzen",
  "prijsje",
  "kosten",
  "kost",
  "korting",
  "kortingen",
  "offerte",
  "offertes",
  "begroting",
  "tarief",
  "tarieven",
  "investering",
  // Currency signs, for "€45 per user"
  "€",
  "\\$",
  "£",
];

const PRICING = phrasePattern(PRICING_WORDS);

/** The first pricing word in `text` as written, or `null`. */
export function findPricingWord(text: string): string | null {
  return PRICING.exec(text)?.[0] ?? null;
}
