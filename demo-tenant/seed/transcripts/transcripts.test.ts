import { describe, expect, it } from "vitest";
import { DEMO_REP_UPN } from "../../demo-users.ts";
import { WEDNESDAY } from "../../testing/demo-tenant.fixture.ts";
import { buildTenantSeed } from "../tenant.seed.ts";
import { recordTranscript } from "./call-script.ts";
import { CALL_SCRIPTS } from "./call-scripts.ts";
import { EN_BACKGROUND, EN_DEMO_WALKTHROUGH, EN_PITCH } from "./phrases/en.phrases.ts";
import { NL_BACKGROUND, NL_DEMO_WALKTHROUGH, NL_PITCH } from "./phrases/nl.phrases.ts";

interface ParsedCue {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly speaker: string;
  readonly text: string;
}

/** Reads the VTT the way a client would, independently of how it was written. */
function parseVtt(vtt: string): ParsedCue[] {
  expect(vtt.startsWith("WEBVTT\n\n")).toBe(true);
  return vtt
    .slice("WEBVTT\n\n".length)
    .trim()
    .split("\n\n")
    .map((block) => {
      const match =
        /^(\S+)\n(\d\d):(\d\d):(\d\d\.\d{3}) --> (\d\d):(\d\d):(\d\d\.\d{3})\n<v ([^>]+)>(.+)<\/v>$/.exec(
          block,
        );
      if (!match) throw new Error(`Not a Teams cue: ${block}`);
      const [, id = "", h1, m1, s1, h2, m2, s2, speaker = "", text = ""] = match;
      const seconds = (h?: string, m?: string, s?: string) => Number(h) * 3600 + Number(m) * 60 + Number(s);
      return { id, start: seconds(h1, m1, s1), end: seconds(h2, m2, s2), speaker, text };
    });
}

const REP = "Daan Visser";
const PRICE = /\b(euros?|€|per user|per gebruiker|price|pricing|prijs)\b/i;
const MONEY_TALK =
  /\b(price|pricing|prices|cost|costs|euros?|budget|discount|licen[cs]e|subscription|fee|fees|quote|invest\w*|prijs|prijzen|kosten|kost|korting|licentie|abonnement|offerte|tarief|investering)\b|€/i;

const minutes = (cues: readonly ParsedCue[]) => (cues.at(-1)?.end ?? 0) / 60;
const repQuestions = (cues: readonly ParsedCue[]) =>
  cues.filter((c) => c.speaker === REP && c.text.endsWith("?"));
const firstMention = (cues: readonly ParsedCue[], pattern: RegExp, speaker?: string) =>
  (cues.find((c) => pattern.test(c.text) && (speaker === undefined || c.speaker === speaker))?.start ??
    Infinity) / 60;

function talkShare(cues: readonly ParsedCue[], speaker: string): number {
  const total = cues.reduce((sum, c) => sum + c.end - c.start, 0);
  return cues.filter((c) => c.speaker === speaker).reduce((sum, c) => sum + c.end - c.start, 0) / total;
}

/** Each speaker's uninterrupted stretches, in seconds, as an analyser merges consecutive cues. */
function stretches(cues: readonly ParsedCue[], who: (speaker: string) => boolean): number[] {
  const runs: Array<{ speaker: string; start: number; end: number }> = [];
  for (const cue of cues) {
    const last = runs.at(-1);
    if (last?.speaker === cue.speaker) last.end = cue.end;
    else runs.push({ speaker: cue.speaker, start: cue.start, end: cue.end });
  }
  return runs.filter((run) => who(run.speaker)).map((run) => run.end - run.start);
}

const transcriptOf = (script: keyof typeof CALL_SCRIPTS) =>
  parseVtt(recordTranscript(CALL_SCRIPTS[script]).vtt);

describe("seeded transcripts", () => {
  const seed = buildTenantSeed({ now: WEDNESDAY, timeZone: "Europe/Amsterdam" });
  const recorded = seed.meetings.filter(
    (m) => m.organizer.email === DEMO_REP_UPN && (m.onlineMeeting?.transcripts.length ?? 0) > 0,
  );

  it("exist for at least six customer calls the rep organized, each 20 to 60 minutes, within the meeting", () => {
    expect(recorded.length).toBeGreaterThanOrEqual(6);
    for (const meeting of recorded) {
      expect(meeting.attendees.some((a) => !a.person.email.endsWith("@contoso.example"))).toBe(true);
      for (const transcript of meeting.onlineMeeting?.transcripts ?? []) {
        const cues = parseVtt(transcript.recording.vtt);
        expect(minutes(cues)).toBeGreaterThanOrEqual(20);
        expect(minutes(cues)).toBeLessThanOrEqual(60);
        expect(transcript.createdDateTime.getTime()).toBeGreaterThanOrEqual(meeting.timing.start.getTime());
        expect(transcript.endDateTime.getTime()).toBeLessThanOrEqual(meeting.timing.end.getTime());
      }
    }
  });

  it("are Teams VTT: cue IDs, increasing timestamps, voice tags of the people on the meeting", () => {
    for (const meeting of recorded) {
      const people = new Set(
        [meeting.organizer, ...meeting.attendees.map((a) => a.person)].map((p) => p.name),
      );
      const cues = parseVtt(meeting.onlineMeeting?.transcripts[0]?.recording.vtt ?? "");
      let previousEnd = 0;
      for (const cue of cues) {
        expect(cue.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/\d+-\d+$/);
        expect(cue.start).toBeGreaterThanOrEqual(previousEnd);
        expect(cue.end).toBeGreaterThan(cue.start);
        expect(people.has(cue.speaker)).toBe(true);
        previousEnd = cue.end;
      }
      expect(new Set(cues.map((c) => c.id)).size).toBe(cues.length);
    }
  });

  it("include at least two calls in Dutch", () => {
    const dutch = recorded.filter((m) => m.onlineMeeting?.transcripts[0]?.recording.language === "nl");
    expect(dutch.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        "Van den Berg Logistiek | Kennismaking",
        "Northwind Traders Benelux | Demo Contoso Flow",
      ]),
    );
    for (const meeting of dutch) {
      const text = parseVtt(meeting.onlineMeeting?.transcripts[0]?.recording.vtt ?? "")
        .map((c) => c.text)
        .join(" ");
      expect(text.match(/\b(het|een|niet|wij|jullie|dat|ook)\b/gi)?.length ?? 0).toBeGreaterThan(200);
    }
  });

  it("come out the same every time", () => {
    const again = buildTenantSeed({ now: new Date("2026-12-01T09:00:00Z"), timeZone: "Europe/Amsterdam" });
    const vtts = (s: typeof seed) =>
      s.onlineMeetings.flatMap((m) => m.transcripts.map((t) => t.recording.vtt));
    expect(vtts(again)).toEqual(vtts(seed));
  });
});

describe("what a coach would spot", () => {
  it("Fabrikam discovery: the price comes in minute three, and Daan asks three questions", () => {
    const cues = transcriptOf("fabrikamDiscovery");
    expect(firstMention(cues, PRICE, REP)).toBeGreaterThanOrEqual(2);
    expect(firstMention(cues, PRICE, REP)).toBeLessThan(3);
    expect(repQuestions(cues)).toHaveLength(3);
  });

  it("Northwind demo: several rep monologues of two to four minutes, two questions, a rep who dominates", () => {
    const cues = transcriptOf("northwindDemo");
    const long = stretches(cues, (s) => s === REP).filter((seconds) => seconds >= 120);
    expect(long.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...long)).toBeLessThanOrEqual(4.5 * 60);
    expect(repQuestions(cues)).toHaveLength(2);
    expect(talkShare(cues, REP)).toBeGreaterThan(0.85);
  });

  it("Northwind Benelux: the same in Dutch, with the price in minute four", () => {
    const cues = transcriptOf("northwindBeneluxDemo");
    expect(firstMention(cues, PRICE, REP)).toBeLessThan(4.5);
    expect(repQuestions(cues).length).toBeLessThanOrEqual(3);
    expect(Math.max(...stretches(cues, (s) => s === REP))).toBeGreaterThanOrEqual(180);
  });

  it("the prospects who are not ready say so", () => {
    const said = (script: keyof typeof CALL_SCRIPTS) =>
      transcriptOf(script)
        .filter((c) => c.speaker !== REP)
        .map((c) => c.text)
        .join(" ");
    expect(said("fabrikamFollowUp")).toContain("we're not looking to change this year");
    expect(said("vanDenBergKennismaking")).toContain("We hebben dit jaar geen budget");
    expect(repQuestions(transcriptOf("vanDenBergKennismaking")).length).toBeLessThanOrEqual(3);
  });

  it("Woodgrove discovery, the good call: balanced talk, many questions, long customer stories, price late", () => {
    const cues = transcriptOf("woodgroveDiscovery");
    expect(talkShare(cues, REP)).toBeGreaterThan(0.3);
    expect(talkShare(cues, REP)).toBeLessThan(0.5);
    expect(repQuestions(cues).length).toBeGreaterThanOrEqual(11);
    expect(repQuestions(cues).length).toBeLessThanOrEqual(16);
    const longestRep = Math.max(...stretches(cues, (s) => s === REP));
    const longestCustomer = Math.max(...stretches(cues, (s) => s !== REP));
    expect(longestCustomer).toBeGreaterThan(longestRep);
    expect(longestCustomer).toBeGreaterThanOrEqual(60);
    expect(firstMention(cues, PRICE)).toBeGreaterThan(15);
  });
});

describe("the rep's stock phrases", () => {
  const stock = [
    EN_PITCH.flat(),
    EN_BACKGROUND,
    EN_DEMO_WALKTHROUGH,
    NL_PITCH.flat(),
    NL_BACKGROUND,
    NL_DEMO_WALKTHROUGH,
  ];

  it("never ask a question or talk money, so the scripts decide when that happens", () => {
    for (const sentence of stock.flat()) {
      expect(sentence).not.toMatch(/\?/);
      expect(sentence).not.toMatch(MONEY_TALK);
    }
  });
});
