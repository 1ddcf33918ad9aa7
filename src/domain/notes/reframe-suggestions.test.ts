import { describe, expect, it } from "vitest";
import { REFRAME_QUESTIONS } from "./call-notes.ts";
import { REFRAME_SUGGESTIONS, withSuggestion } from "./reframe-suggestions.ts";

describe("REFRAME_SUGGESTIONS", () => {
  it("offers a few suggestions for every question, none under two questions", () => {
    for (const question of REFRAME_QUESTIONS) expect(REFRAME_SUGGESTIONS[question].length).toBeGreaterThan(1);
    const all = REFRAME_QUESTIONS.flatMap((question) => REFRAME_SUGGESTIONS[question]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("withSuggestion", () => {
  it("fills an empty answer", () => {
    expect(withSuggestion("", "I'm tired today", 280)).toBe("I'm tired today");
    expect(withSuggestion("   ", "I'm tired today", 280)).toBe("I'm tired today");
  });

  it("adds to what the rep wrote rather than replacing it", () => {
    expect(withSuggestion("Long day", "I'm tired today", 280)).toBe("Long day; I'm tired today");
    expect(withSuggestion("Long day. ", "I'm tired today", 280)).toBe("Long day; I'm tired today");
  });

  it("does not add a suggestion twice", () => {
    expect(withSuggestion("Honestly, i'm tired today", "I'm tired today", 280)).toBe(
      "Honestly, i'm tired today",
    );
  });

  it("never goes past the maximum length", () => {
    expect(withSuggestion("x".repeat(275), "I'm tired today", 280)).toHaveLength(280);
    expect(withSuggestion("", "I'm tired today", 5)).toBe("I'm t");
  });
});
