import { describe, expect, it } from "vitest";
import { analyzeTranscript } from "./analyze-transcript.ts";
import { cue } from "./transcript.fixtures.ts";

const DAAN = "Daan Visser";

/** An English call with every figure worked out by hand below. */
const ENGLISH_CALL = [
  cue(0, 10, DAAN, "Hi Lena, um, thanks for joining. How are you?"),
  cue(10.5, 14.5, "Lena Fischer", "Good, thanks."),
  cue(15, 25, DAAN, "So, you know, what made you look at this?? Tell me."),
  cue(
    25.5,
    55.5,
    "Lena Fischer",
    "We process seven thousand supplier invoices a month, across three entities.",
  ),
  cue(57.4, 60, "Lena Fischer", "And approvals take weeks."),
  cue(60.5, 80.5, DAAN, "Our list price is forty-five euros per user."),
  cue(81, 82, null, "[Music]"),
  cue(82.5, 90, DAAN, "Basically, it pays for itself."),
];

describe("analyzeTranscript on an English call", () => {
  const insights = analyzeTranscript(ENGLISH_CALL, { repName: DAAN });

  it("measures the call from the first cue's start to the last cue's end", () => {
    expect(insights.startMs).toBe(0);
    expect(insights.durationMs).toBe(90_000);
  });

  it("shares talk time among named speakers only, summing to 1", () => {
    // Daan 10 + 10 + 20 + 7.5 = 47.5 s, Lena 4 + 30 + 2.6 = 36.6 s; the 1 s of [Music] names nobody.
    expect(insights.talkShare[DAAN]).toBeCloseTo(47.5 / 84.1, 10);
    expect(insights.talkShare["Lena Fischer"]).toBeCloseTo(36.6 / 84.1, 10);
    expect(Object.keys(insights.talkShare)).toHaveLength(2);
    expect(Object.values(insights.talkShare).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(insights.repTalkShare).toBeCloseTo(47.5 / 84.1, 10);
    expect(insights.repSpeechMs).toBe(47_500);
    expect(insights.speakers.map((s) => [s.name, s.isRep])).toEqual([
      [DAAN, true],
      ["Lena Fischer", false],
    ]);
  });

  it("finds the longest monologues: Lena's 1.9 s pause keeps her going, Daan's 2.0 s pause splits his", () => {
    expect(insights.longestCustomerMonologueMs).toBe(34_500);
    expect(insights.longestRepMonologueMs).toBe(20_000);
  });

  it("counts the rep's questions, a run of ?? once", () => {
    expect(insights.repQuestionCount).toBe(2);
    expect(insights.repQuestions).toEqual([
      { atMs: 0, text: "How are you?" },
      { atMs: 15_000, text: "So, you know, what made you look at this??" },
    ]);
  });

  it("finds the first mention of price", () => {
    expect(insights.firstPriceMentionMs).toBe(60_500);
  });

  it("counts the rep's filler words per minute of the rep's speech", () => {
    // "um", "you know", "Basically": 3 in 47.5 s.
    expect(insights.fillerWordCount).toBe(3);
    expect(insights.fillerWordsPerMinute).toBeCloseTo(3 / (47.5 / 60), 10);
  });

  it("counts speaker switches between consecutive named cues per minute of the call", () => {
    expect(insights.speakerSwitchCount).toBe(4);
    expect(insights.speakerSwitchesPerMinute).toBeCloseTo(4 / 1.5, 10);
  });
});

/** The same in Dutch, with the customer asking about the price and a third speaker. */
const DUTCH_CALL = [
  cue(2, 8, DAAN, "Goedemorgen Sanne. Eh, hoe gaat het met de vrachtbrieven?"),
  cue(8.4, 20.4, "Sanne de Vries", "Die raken kwijt tussen de chauffeur en kantoor."),
  cue(21, 24, "Pieter van den Berg", "Prijs?"),
  cue(24.5, 34.5, DAAN, "Dat is, zeg maar, achthonderd per maand. Weet je, dat verdien je terug."),
  cue(36.4, 46.4, DAAN, "Nou, dat is het."),
  cue(47, 50, "Sanne de Vries", "Oké."),
];

describe("analyzeTranscript on a Dutch call", () => {
  const insights = analyzeTranscript(DUTCH_CALL, { repName: DAAN });

  it("works out every figure the same way", () => {
    // Daan 6 + 10 + 10 = 26 s, Sanne 12 + 3 = 15 s, Pieter 3 s: 44 s in all.
    expect(insights).toMatchObject({
      startMs: 2_000,
      durationMs: 48_000,
      repTalkShare: 26 / 44,
      longestRepMonologueMs: 21_900,
      longestCustomerMonologueMs: 12_000,
      repQuestionCount: 1,
      firstPriceMentionMs: 21_000,
      // "Eh", "zeg maar", "Weet je", "Nou".
      fillerWordCount: 4,
      speakerSwitchCount: 4,
    });
    expect(insights.talkShare).toEqual({
      [DAAN]: 26 / 44,
      "Sanne de Vries": 15 / 44,
      "Pieter van den Berg": 3 / 44,
    });
    expect(insights.fillerWordsPerMinute).toBeCloseTo(4 / (26 / 60), 10);
    expect(insights.speakerSwitchesPerMinute).toBeCloseTo(4 / 0.8, 10);
  });
});

describe("analyzeTranscript finding the rep", () => {
  it("matches the rep's name case-insensitively after trimming", () => {
    const insights = analyzeTranscript(ENGLISH_CALL, { repName: "  daan VISSER " });
    expect(insights.repSpeaker).toBe(DAAN);
    expect(insights.repTalkShare).toBeCloseTo(47.5 / 84.1, 10);
    expect(insights.repQuestionCount).toBe(2);
  });

  it("treats everyone as a customer when the rep is not in the transcript", () => {
    const insights = analyzeTranscript(ENGLISH_CALL, { repName: "Someone Else" });
    expect(insights).toMatchObject({
      repSpeaker: null,
      repTalkShare: 0,
      repSpeechMs: 0,
      longestRepMonologueMs: 0,
      longestCustomerMonologueMs: 34_500,
      repQuestionCount: 0,
      fillerWordsPerMinute: 0,
    });
    expect(insights.firstPriceMentionMs).toBe(60_500);
  });

  it("matches nobody with a blank rep name", () => {
    expect(analyzeTranscript(ENGLISH_CALL, { repName: " " }).repSpeaker).toBeNull();
  });
});

describe("analyzeTranscript with little to go on", () => {
  it("gives zeros and empty lists without cues", () => {
    expect(analyzeTranscript([], { repName: DAAN })).toEqual({
      startMs: 0,
      durationMs: 0,
      talkShare: {},
      repTalkShare: 0,
      longestRepMonologueMs: 0,
      longestCustomerMonologueMs: 0,
      repQuestionCount: 0,
      firstPriceMentionMs: null,
      fillerWordsPerMinute: 0,
      speakerSwitchesPerMinute: 0,
      keyMoments: [],
      repSpeaker: null,
      speakers: [],
      repSpeechMs: 0,
      repQuestions: [],
      fillerWordCount: 0,
      speakerSwitchCount: 0,
    });
  });

  it("has an empty talk share when no cue names a speaker, or nobody spoke for any time", () => {
    expect(analyzeTranscript([cue(0, 5, null, "Hello?")], { repName: DAAN }).talkShare).toEqual({});
    expect(analyzeTranscript([cue(3, 3, DAAN, "Hm.")], { repName: DAAN })).toMatchObject({
      talkShare: {},
      durationMs: 0,
      speakerSwitchesPerMinute: 0,
    });
  });

  it("sorts cues that come out of order before measuring", () => {
    const shuffled = [...ENGLISH_CALL].reverse();
    expect(analyzeTranscript(shuffled, { repName: DAAN })).toEqual(
      analyzeTranscript(ENGLISH_CALL, { repName: DAAN }),
    );
  });

  it("keeps a speaker called __proto__ as an ordinary name", () => {
    const { talkShare } = analyzeTranscript([cue(0, 1, "__proto__"), cue(1, 2, "constructor")], {
      repName: DAAN,
    });
    expect(Object.keys(talkShare)).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(talkShare, "__proto__")?.value).toBe(0.5);
  });
});
