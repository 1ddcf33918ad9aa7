import { describe, expect, it } from "vitest";
import { recordTranscript } from "../../demo-tenant/seed/transcripts/call-script.ts";
import { CALL_SCRIPTS } from "../../demo-tenant/seed/transcripts/call-scripts.ts";
import {
  analyzeVtt,
  DISCOVERY_QUESTIONS_BENCHMARK,
  type KeyMoment,
  type KeyMomentKind,
  TALK_SHARE_BENCHMARK,
  type TranscriptAnalysis,
} from "../../src/domain/transcript/index.ts";

/** The rep's display name, as Teams writes it in the voice tags. */
const REP = "Daan Visser";
const MINUTE = 60_000;

type DemoCall = keyof typeof CALL_SCRIPTS;
const DEMO_CALLS = Object.keys(CALL_SCRIPTS) as DemoCall[];

const analyses = new Map<DemoCall, TranscriptAnalysis>(
  DEMO_CALLS.map((call) => [call, analyzeVtt(recordTranscript(CALL_SCRIPTS[call]).vtt, REP)]),
);
function analysisOf(call: DemoCall): TranscriptAnalysis {
  const analysis = analyses.get(call);
  if (!analysis) throw new Error(`No demo call ${call}`);
  return analysis;
}
const insightsOf = (call: DemoCall) => analysisOf(call).insights;
function momentsOf<Kind extends KeyMomentKind>(
  call: DemoCall,
  kind: Kind,
): Extract<KeyMoment, { kind: Kind }>[] {
  return insightsOf(call).keyMoments.filter(
    (moment): moment is Extract<KeyMoment, { kind: Kind }> => moment.kind === kind,
  );
}
const momentOf = <Kind extends KeyMomentKind>(call: DemoCall, kind: Kind) => momentsOf(call, kind)[0];

describe.each(DEMO_CALLS)("the demo tenant's %s transcript", (call) => {
  it("reads back exactly what the demo recorded, without warnings", () => {
    const { cues, warnings } = analysisOf(call);
    const recorded = recordTranscript(CALL_SCRIPTS[call]).cues;
    expect(warnings).toEqual([]);
    expect(cues).toEqual(
      recorded.map((cue) => ({
        startMs: Math.round(cue.start * 1000),
        endMs: Math.round(cue.end * 1000),
        speaker: cue.speaker,
        text: cue.text,
      })),
    );
  });

  it("offers three to seven key moments, in time order, inside the call", () => {
    const insights = insightsOf(call);
    const times = insights.keyMoments.map((moment) => moment.atMs);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times.length).toBeLessThanOrEqual(7);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const atMs of times) {
      expect(atMs).toBeGreaterThanOrEqual(insights.startMs);
      expect(atMs).toBeLessThanOrEqual(insights.startMs + insights.durationMs);
    }
  });
});

describe("what the figures say about the demo calls", () => {
  it("Fabrikam discovery: the rep names the price in minute three, early, and asks three questions", () => {
    const priceEarly = momentOf("fabrikamDiscovery", "priceEarly");
    expect(priceEarly?.atMs).toBeGreaterThanOrEqual(2 * MINUTE);
    expect(priceEarly?.atMs).toBeLessThan(3 * MINUTE);
    expect(priceEarly?.details).toMatchObject({ speaker: REP });
    expect(insightsOf("fabrikamDiscovery").firstPriceMentionMs).toBe(priceEarly?.atMs);
    expect(insightsOf("fabrikamDiscovery").repQuestionCount).toBe(3);
  });

  it("Northwind Benelux (Dutch): the price comes early too, in minute four", () => {
    const priceEarly = momentOf("northwindBeneluxDemo", "priceEarly");
    expect(priceEarly?.atMs).toBeLessThan(4.5 * MINUTE);
    expect(priceEarly?.details).toMatchObject({ speaker: REP });
  });

  it("Northwind demo: long rep monologues, a rep who dominates, hardly a question", () => {
    const insights = insightsOf("northwindDemo");
    expect(insights.longestRepMonologueMs).toBeGreaterThanOrEqual(3 * MINUTE);
    expect(insights.repTalkShare).toBeGreaterThan(0.85);
    expect(insights.repTalkShare).toBeGreaterThan(TALK_SHARE_BENCHMARK.repTalkShareAboveWhichConversionDrops);
    expect(insights.repQuestionCount).toBe(2);
    expect(
      momentsOf("northwindDemo", "longRepMonologue").map((moment) => moment.details.durationMs),
    ).toContain(insights.longestRepMonologueMs);
    expect(momentOf("northwindDemo", "noQuestionsStretch")?.details.durationMs).toBeGreaterThan(15 * MINUTE);
  });

  it("Woodgrove discovery, the good call: balanced talk, many questions, long customer stories, price late", () => {
    const insights = insightsOf("woodgroveDiscovery");
    expect(insights.repTalkShare).toBeGreaterThan(0.3);
    expect(insights.repTalkShare).toBeLessThan(0.5);
    expect(insights.repQuestionCount).toBeGreaterThanOrEqual(
      DISCOVERY_QUESTIONS_BENCHMARK.successfulDiscoveryMin,
    );
    expect(insights.longestCustomerMonologueMs).toBeGreaterThan(insights.longestRepMonologueMs);
    expect(insights.firstPriceMentionMs).toBeGreaterThan(15 * MINUTE);
    const kinds = insights.keyMoments.map((moment) => moment.kind);
    expect(kinds).not.toContain("priceEarly");
    expect(kinds).not.toContain("noQuestionsStretch");
    expect(kinds).toEqual(expect.arrayContaining(["customerStory", "questionStreak", "nextSteps"]));
  });

  it("the prospects who are not ready: their objections are key moments, in English and Dutch", () => {
    expect(momentOf("fabrikamFollowUp", "customerObjection")?.details).toEqual({
      speaker: "Lena Fischer",
      phrase: "not looking to change",
    });
    expect(momentOf("vanDenBergKennismaking", "customerObjection")?.details).toEqual({
      speaker: "Pieter van den Berg",
      phrase: "geen budget",
    });
  });

  it("the rep uses fewer filler words per minute in the good call than in any other", () => {
    const woodgrove = insightsOf("woodgroveDiscovery").fillerWordsPerMinute;
    for (const call of DEMO_CALLS.filter((c) => c !== "woodgroveDiscovery")) {
      expect(insightsOf(call).fillerWordsPerMinute).toBeGreaterThan(woodgrove);
    }
  });

  it("the good call has the most speaker switches per minute", () => {
    const woodgrove = insightsOf("woodgroveDiscovery").speakerSwitchesPerMinute;
    for (const call of DEMO_CALLS.filter((c) => c !== "woodgroveDiscovery")) {
      expect(insightsOf(call).speakerSwitchesPerMinute).toBeLessThan(woodgrove);
    }
  });
});
