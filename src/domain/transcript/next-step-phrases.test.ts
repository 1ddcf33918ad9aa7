import { describe, expect, it } from "vitest";
import { findNextStep } from "./next-step-phrases.ts";

describe("findNextStep", () => {
  it.each([
    ["Would the week after next work for the first session?", "week after next"],
    ["I'll send you the deck today.", "I'll send"],
    ["What are the next steps?", "next steps"],
    ["Zal ik een offerte sturen voor Rotterdam?", "Zal ik"],
    ["Zullen we volgende week een demo inplannen?", "Zullen we"],
    ["Bel me na de zomer maar eens.", "Bel me"],
  ])("finds the next step in %j", (text, phrase) => {
    expect(findNextStep(text)).toBe(phrase);
  });

  it.each([
    "Reviews back on schedule.",
    "It sends reminders automatically.",
    "Dus niemand hoeft meer mailtjes door te sturen.",
  ])("finds none in %j", (text) => {
    expect(findNextStep(text)).toBeNull();
  });
});
