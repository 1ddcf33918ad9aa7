import { describe, expect, it } from "vitest";
import { findPricingWord } from "./pricing-words.ts";

describe("findPricingWord", () => {
  it.each([
    ["What does it cost?", "cost"],
    ["Our PRICING is per user.", "PRICING"],
    ["Can you send a quote?", "quote"],
    ["There is a 10% discount.", "discount"],
    ["We have no budget.", "budget"],
    ["Flow is forty-five euros per user.", "euros"],
    ["It's €45 per user.", "€"],
    ["Prijs?", "Prijs"],
    ["Wat zijn de prijzen?", "prijzen"],
    ["De kosten vallen mee.", "kosten"],
    ["Wat kost het?", "kost"],
    ["Krijgen we korting?", "korting"],
    ["Ik stuur een offerte.", "offerte"],
    ["Over de investering: dat valt mee.", "investering"],
    ["A price-list, please.", "price"],
  ])("finds a pricing word in %j", (text, word) => {
    expect(findPricingWord(text)).toBe(word);
  });

  it.each([
    "That advice was priceless.",
    "A costume party.",
    "Pricey stuff.",
    "Let me requote that.",
    "Ze zijn prijsbewust.",
    "Een kostbare fout.",
    "We process every supplier invoice.",
    "",
  ])("finds none in %j", (text) => {
    expect(findPricingWord(text)).toBeNull();
  });

  it("knows whole words by Unicode letters, not only ASCII ones", () => {
    expect(findPricingWord("Éprice")).toBeNull();
    expect(findPricingWord("priceé")).toBeNull();
    expect(findPricingWord("«prijs»")).toBe("prijs");
  });
});
