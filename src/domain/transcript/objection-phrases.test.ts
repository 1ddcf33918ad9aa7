import { describe, expect, it } from "vitest";
import { findObjection } from "./objection-phrases.ts";

describe("findObjection", () => {
  it.each([
    ["So we're not looking to change this year.", "not looking to change"],
    ["Honestly, we have no budget for it.", "no budget"],
    ["It's too expensive for us.", "too expensive"],
    ["Not this year, no.", "Not this year"],
    ["But honestly, the reading isn’t even our biggest problem.", "isn’t even our biggest problem"],
    ["We hebben dit jaar geen budget voor een nieuw systeem.", "geen budget"],
    ["Dat is te duur.", "te duur"],
    ["Maar eerlijk gezegd zit ons probleem niet zo bij de facturen.", "zit ons probleem niet"],
    ["Nee, laten we dat niet doen.", "laten we dat niet doen"],
  ])("finds the push-back in %j", (text, phrase) => {
    expect(findObjection(text)).toBe(phrase);
  });

  it.each([
    "We're looking to change how approvals work.",
    "The budget round closes in six weeks.",
    "That sounds interesting.",
    "Het budget is rond.",
    "Dat is niet te duurzaam.",
  ])("finds none in %j", (text) => {
    expect(findObjection(text)).toBeNull();
  });
});
