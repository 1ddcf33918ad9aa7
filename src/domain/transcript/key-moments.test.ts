import { describe, expect, it } from "vitest";
import { analyzeTranscript } from "./analyze-transcript.ts";
import { conversation } from "./transcript.fixtures.ts";
import type { KeyMoment, TranscriptInsights } from "./transcript-insights.ts";

const DAAN = "Daan Visser";
const LENA = "Lena Fischer";

const keyMomentsOf = (turns: Parameters<typeof conversation>[0]) =>
  analyzeTranscript(conversation(turns), { repName: DAAN });
const kinds = (insights: TranscriptInsights) => insights.keyMoments.map((moment) => moment.kind);

function expectWellFormed(insights: TranscriptInsights): void {
  const times = insights.keyMoments.map((moment) => moment.atMs);
  expect(times).toEqual([...times].sort((a, b) => a - b));
  for (const atMs of times) {
    expect(atMs).toBeGreaterThanOrEqual(insights.startMs);
    expect(atMs).toBeLessThanOrEqual(insights.startMs + insights.durationMs);
  }
}

/** An 11-minute call with something for every kind of moment; the gap between turns is 0.5 s. */
const EVENTFUL_CALL = [
  [DAAN, 20, "Hi Lena, thanks for making the time."],
  [LENA, 5, "Hi."],
  [DAAN, 90, "Let me tell you about us. Our price is forty-five euros per user."],
  [LENA, 40, "To be honest, we're not looking to change this year."],
  [DAAN, 30, "Okay. Why is that? What changed? Who decides?"],
  [LENA, 20, "Our CFO."],
  [DAAN, 400, "Let me show you the whole product anyway."],
  [LENA, 10, "Okay."],
  [DAAN, 60, "So I'll send you the proposal next week."],
  [LENA, 5, "Bye."],
] as const;

describe("key moments of an eventful call", () => {
  const insights = keyMomentsOf(EVENTFUL_CALL);

  it("are at most seven, in time order, each inside the call", () => {
    expectWellFormed(insights);
    expect(insights.keyMoments).toHaveLength(7);
  });

  it("point at each thing a coach would raise, with the numbers to word it", () => {
    expect(insights.keyMoments).toEqual<KeyMoment[]>([
      {
        atMs: 26_000,
        kind: "priceEarly",
        reason: "pricing came up 0:26 into the call, before the customer told their story",
        details: { speaker: DAAN, word: "price", sinceStartMs: 26_000 },
      },
      {
        atMs: 116_500,
        kind: "customerObjection",
        reason: 'customer objection: "not looking to change"',
        details: { speaker: LENA, phrase: "not looking to change" },
      },
      {
        atMs: 116_500,
        kind: "customerStory",
        reason: "the customer's longest story: 0:40",
        details: { speaker: LENA, durationMs: 40_000 },
      },
      {
        atMs: 157_000,
        kind: "noQuestionsStretch",
        reason: "8:47 without a question from the rep",
        details: { durationMs: 527_500 },
      },
      {
        atMs: 157_000,
        kind: "questionStreak",
        reason: "3 questions from the rep in 0:00",
        details: { questionCount: 3, durationMs: 0 },
      },
      {
        atMs: 208_000,
        kind: "longRepMonologue",
        reason: "the rep talked for 6:40 without a break",
        details: { speaker: DAAN, durationMs: 400_000 },
      },
      {
        atMs: 619_000,
        kind: "nextSteps",
        reason: 'next steps: "I\'ll send"',
        details: { speaker: DAAN, phrase: "I'll send" },
      },
    ]);
  });

  it("keep the most telling seven when there are more", () => {
    const withSecondObjection = EVENTFUL_CALL.map((turn) =>
      turn[2] === "Okay." ? ([LENA, 10, "Honestly, it's too expensive."] as const) : turn,
    );
    const more = keyMomentsOf(withSecondObjection);
    expect(more.keyMoments).toHaveLength(7);
    expect(kinds(more).filter((kind) => kind === "customerObjection")).toHaveLength(1);
  });
});

describe("key moments of a calmer call", () => {
  it("call a price that comes after the customer's story a mention, not early", () => {
    const insights = keyMomentsOf([
      [DAAN, 10, "What brings you here?"],
      [LENA, 45, "We drown in paper."],
      [DAAN, 20, "Then the price would be around twenty thousand a year."],
      [LENA, 240, "Let me think."],
      [DAAN, 20, "Sure."],
    ]);
    expect(kinds(insights)).toContain("priceMention");
    expect(kinds(insights)).not.toContain("priceEarly");
  });

  it("call a price named after ten minutes a mention, even before any customer story", () => {
    const insights = keyMomentsOf([
      [DAAN, 610, "Let me walk you through it."],
      [DAAN, 20, "The price is twenty thousand."],
      [LENA, 10, "Okay."],
    ]);
    expect(kinds(insights)).toContain("priceMention");
  });

  it("still offer three landmarks when nothing stands out in a call of five minutes or more", () => {
    const turns = Array.from(
      { length: 8 },
      (_, i) =>
        [
          [DAAN, 20, i % 3 === 0 ? "And how does that work today?" : "I see, that makes sense."],
          [LENA, 20, "We do it by hand, mostly."],
        ] as const,
    ).flat();
    const insights = keyMomentsOf(turns);
    expect(insights.durationMs).toBeGreaterThanOrEqual(5 * 60_000);
    expect(kinds(insights)).toEqual(["longRepMonologue", "customerStory", "callClose"]);
    expectWellFormed(insights);
    const close = insights.keyMoments.at(-1);
    expect(insights.startMs + insights.durationMs - (close?.atMs ?? 0)).toBeLessThanOrEqual(2 * 60_000);
  });

  it("leave questions out of it when the rep is not in the transcript", () => {
    const insights = analyzeTranscript(
      conversation([
        [LENA, 400, "Talking."],
        [LENA, 10, "Why?"],
      ]),
      {
        repName: DAAN,
      },
    );
    expect(kinds(insights)).not.toContain("noQuestionsStretch");
    expect(kinds(insights)).not.toContain("longRepMonologue");
  });
});

describe("key moments of a tiny call", () => {
  it("are fewer than three: only what clears its bar", () => {
    const smallTalk = keyMomentsOf([
      [DAAN, 3, "Hi Lena!"],
      [LENA, 3, "Hi, running late, can we move this?"],
      [DAAN, 4, "Sure, tomorrow?"],
    ]);
    expect(smallTalk.keyMoments).toEqual([]);

    const pushBack = keyMomentsOf([
      [DAAN, 20, "Just checking in."],
      [LENA, 20, "We hebben dit jaar geen budget."],
    ]);
    expect(kinds(pushBack)).toEqual(["customerObjection"]);
  });

  it("are none without cues", () => {
    expect(analyzeTranscript([], { repName: DAAN }).keyMoments).toEqual([]);
  });
});
