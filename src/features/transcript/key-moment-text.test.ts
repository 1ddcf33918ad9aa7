import { describe, expect, it } from "vitest";
import type { KeyMoment } from "../../domain/transcript/index.ts";
import { createI18n } from "../../i18n/index.ts";
import { describeKeyMoment, keyMomentId } from "./key-moment-text.ts";
import { formatSpokenDuration } from "./spoken-duration.ts";

const REP = "Daan Visser";
const en = createI18n({ locale: "en-US", timeZone: "UTC" });
const nl = createI18n({ locale: "nl-NL", timeZone: "UTC" });

const moment = (fields: Pick<KeyMoment, "kind" | "details"> & { atMs?: number }): KeyMoment =>
  ({ atMs: 90_000, reason: "English reason, not shown", ...fields }) as KeyMoment;

describe("formatSpokenDuration", () => {
  it.each([
    [45_000, "45 s", "45 s"],
    [185_000, "3 min 5 s", "3 min 5 s"],
    [720_000, "12 min", "12 min"],
    [3_900_000, "1 h 5 min", "1 u 5 min"],
  ])("says %i ms as %s", (ms, english, dutch) => {
    expect(formatSpokenDuration(ms, en)).toBe(english);
    expect(formatSpokenDuration(ms, nl)).toBe(dutch);
  });
});

describe("describeKeyMoment", () => {
  it("calls the rep 'you' and others by name, in English and Dutch", () => {
    const byRep = moment({
      kind: "priceEarly",
      details: { speaker: REP, word: "price", sinceStartMs: 160_000 },
    });
    const byCustomer = moment({
      kind: "priceMention",
      details: { speaker: "Lena Vos", word: "prijs", sinceStartMs: 1_500_000 },
    });

    expect(describeKeyMoment(byRep, REP, en)).toBe(
      "You brought up pricing (“price”) 2 min 40 s into the call, before the customer had told their story.",
    );
    expect(describeKeyMoment(byCustomer, REP, nl)).toBe(
      "Lena Vos begon na 25 min voor het eerst over de prijs („prijs”).",
    );
  });

  it("words every kind from its details, never from the English reason", () => {
    const moments: KeyMoment[] = [
      moment({ kind: "priceMention", details: { speaker: null, word: "cost", sinceStartMs: 60_000 } }),
      moment({ kind: "longRepMonologue", details: { speaker: REP, durationMs: 222_000 } }),
      moment({ kind: "customerObjection", details: { speaker: "Lena Vos", phrase: "no budget" } }),
      moment({ kind: "customerStory", details: { speaker: "Lena Vos", durationMs: 75_000 } }),
      moment({ kind: "questionStreak", details: { questionCount: 4, durationMs: 130_000 } }),
      moment({ kind: "noQuestionsStretch", details: { durationMs: 420_000 } }),
      moment({ kind: "nextSteps", details: { speaker: REP, phrase: "follow-up" } }),
      moment({ kind: "callClose", details: { durationMs: 120_000 } }),
    ];

    expect(moments.map((m) => describeKeyMoment(m, REP, en))).toEqual([
      "Someone first brought up pricing (“cost”) 1 min into the call.",
      "You talked for 3 min 42 s without a break.",
      "Lena Vos pushed back: “no budget”.",
      "Lena Vos talked for 1 min 15 s: the customer's longest stretch.",
      "You asked 4 questions in 2 min 10 s.",
      "From here, 7 min went by without a question from you.",
      "You brought up next steps.",
      "How the call ended: its last 2 min.",
    ]);
    expect(moments.map((m) => describeKeyMoment(m, REP, nl))[4]).toBe("Je stelde 4 vragen in 2 min 10 s.");
  });

  it("gives each moment an ID from its kind and time", () => {
    expect(keyMomentId({ kind: "customerObjection", atMs: 123_456 })).toBe("customerObjection@123456");
  });
});
