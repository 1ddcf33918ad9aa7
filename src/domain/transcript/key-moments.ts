import { formatClock } from "./clock.ts";
import { type Monologue, monologueLength } from "./monologues.ts";
import { findNextStep } from "./next-step-phrases.ts";
import { findObjection } from "./objection-phrases.ts";
import type { TranscriptCue } from "./transcript-cue.ts";
import type { KeyMoment, RepQuestion } from "./transcript-insights.ts";

/** A call this long in which the rep and a customer spoke always offers at least three moments. */
export const SUBSTANTIAL_CALL_MS = 5 * 60_000;
export const MOST_KEY_MOMENTS = 7;
/** Pricing this early, before any customer story, is worth a look (it is not, 40 minutes into a call). */
export const PRICE_EARLY_WITHIN_MS = 10 * 60_000;
/** A customer who talks this long without handing back has told a story: their situation, their need. */
export const CUSTOMER_STORY_MS = 30_000;
export const LONG_REP_MONOLOGUE_MS = 60_000;
/** A second rep monologue is worth its own moment only when it is this long. */
export const VERY_LONG_REP_MONOLOGUE_MS = 2 * 60_000;
export const QUESTION_STREAK_WINDOW_MS = 3 * 60_000;
export const QUESTION_STREAK_MIN_QUESTIONS = 3;
export const NO_QUESTIONS_STRETCH_MS = 5 * 60_000;
export const CLOSE_WINDOW_MS = 2 * 60_000;
/** Two objections closer together than this are one push-back said twice. */
const OBJECTIONS_APART_MS = 60_000;
const MOST_OBJECTIONS = 2;

export interface KeyMomentInput {
  /** In time order. */
  readonly cues: readonly TranscriptCue[];
  readonly startMs: number;
  readonly durationMs: number;
  readonly isRep: (speaker: string | null) => boolean;
  readonly repSpoke: boolean;
  readonly monologues: readonly Monologue[];
  readonly repQuestions: readonly RepQuestion[];
  readonly firstPriceMention: { atMs: number; speaker: string | null; word: string } | null;
}

/**
 * Moments worth discussing, in time order, at most seven. Each kind has a bar it must clear to be a
 * moment in its own right (a flag); a few landmarks with no bar (the rep's and the customer's longest
 * monologue, the first mention of price, the close of the call) are added in calls of five minutes or
 * more, so that such a call in which the rep and a customer spoke always has at least three. Shorter calls
 * get the flags only. A price moment is left out when its cue is a customer objection ("no budget").
 * When there are more than seven, the most telling win, in this order: price named early,
 * the first objection, the rep's longest monologue, the customer's story, the longest stretch without
 * questions, the best question streak, next steps or the close, a second objection, a second long rep
 * monologue, and a price mention that came in good time.
 */
export function findKeyMoments(input: KeyMomentInput): KeyMoment[] {
  if (input.cues.length === 0) return [];
  const objections = objectionMoments(input);
  // "We have no budget" is an objection first; the same cue as a price moment would only repeat it.
  const price = priceMoment(input).filter(
    (candidate) => !objections.some((objection) => objection.moment.atMs === candidate.moment.atMs),
  );
  const candidates = [
    ...price,
    ...objections,
    ...repMonologueMoments(input),
    ...customerStoryMoment(input),
    ...questionMoments(input),
    closingMoment(input),
  ];
  const substantial = input.durationMs >= SUBSTANTIAL_CALL_MS;
  return candidates
    .filter((candidate) => candidate.isFlag || substantial)
    .sort((a, b) => a.priority - b.priority)
    .slice(0, MOST_KEY_MOMENTS)
    .sort((a, b) => a.moment.atMs - b.moment.atMs || a.priority - b.priority)
    .map((candidate) => candidate.moment);
}

interface Candidate {
  readonly moment: KeyMoment;
  /** Lower is more telling. */
  readonly priority: number;
  /** Cleared its bar; otherwise a landmark, offered only in a substantial call. */
  readonly isFlag: boolean;
}

const PRIORITY = {
  priceEarly: 1,
  firstObjection: 2,
  longestRepMonologue: 3,
  customerStory: 4,
  noQuestionsStretch: 5,
  questionStreak: 6,
  close: 7,
  secondObjection: 8,
  secondRepMonologue: 9,
  priceMention: 10,
} as const;

function priceMoment({ firstPriceMention, startMs, monologues, isRep }: KeyMomentInput): Candidate[] {
  if (firstPriceMention === null) return [];
  const { atMs, speaker, word } = firstPriceMention;
  const sinceStartMs = atMs - startMs;
  const firstStory = monologues.find(
    (monologue) => !isRep(monologue.speaker) && monologueLength(monologue) >= CUSTOMER_STORY_MS,
  );
  const early =
    sinceStartMs < PRICE_EARLY_WITHIN_MS && (firstStory === undefined || firstStory.startMs > atMs);
  const details = { speaker, word, sinceStartMs };
  return [
    early
      ? {
          moment: {
            atMs,
            kind: "priceEarly",
            reason: `pricing came up ${formatClock(sinceStartMs)} into the call, before the customer told their story`,
            details,
          },
          priority: PRIORITY.priceEarly,
          isFlag: true,
        }
      : {
          moment: {
            atMs,
            kind: "priceMention",
            reason: `pricing first came up ${formatClock(sinceStartMs)} into the call`,
            details,
          },
          priority: PRIORITY.priceMention,
          isFlag: false,
        },
  ];
}

function objectionMoments({ cues, isRep }: KeyMomentInput): Candidate[] {
  const found: Candidate[] = [];
  let lastAtMs = Number.NEGATIVE_INFINITY;
  for (const cue of cues) {
    if (found.length === MOST_OBJECTIONS) break;
    if (cue.speaker === null || isRep(cue.speaker) || cue.startMs - lastAtMs < OBJECTIONS_APART_MS) continue;
    const phrase = findObjection(cue.text);
    if (phrase === null) continue;
    found.push({
      moment: {
        atMs: cue.startMs,
        kind: "customerObjection",
        reason: `customer objection: "${phrase}"`,
        details: { speaker: cue.speaker, phrase },
      },
      priority: found.length === 0 ? PRIORITY.firstObjection : PRIORITY.secondObjection,
      isFlag: true,
    });
    lastAtMs = cue.startMs;
  }
  return found;
}

function repMonologueMoments({ monologues, isRep }: KeyMomentInput): Candidate[] {
  const [longest, second] = longestFirst(monologues.filter((monologue) => isRep(monologue.speaker)));
  const moment = (monologue: Monologue): KeyMoment => ({
    atMs: monologue.startMs,
    kind: "longRepMonologue",
    reason: `the rep talked for ${formatClock(monologueLength(monologue))} without a break`,
    details: { speaker: monologue.speaker, durationMs: monologueLength(monologue) },
  });
  const candidates: Candidate[] = [];
  if (longest) {
    candidates.push({
      moment: moment(longest),
      priority: PRIORITY.longestRepMonologue,
      isFlag: monologueLength(longest) >= LONG_REP_MONOLOGUE_MS,
    });
  }
  if (second && monologueLength(second) >= VERY_LONG_REP_MONOLOGUE_MS) {
    candidates.push({ moment: moment(second), priority: PRIORITY.secondRepMonologue, isFlag: true });
  }
  return candidates;
}

function customerStoryMoment({ monologues, isRep }: KeyMomentInput): Candidate[] {
  const [longest] = longestFirst(monologues.filter((monologue) => !isRep(monologue.speaker)));
  if (!longest) return [];
  const durationMs = monologueLength(longest);
  return [
    {
      moment: {
        atMs: longest.startMs,
        kind: "customerStory",
        reason: `the customer's longest story: ${formatClock(durationMs)}`,
        details: { speaker: longest.speaker, durationMs },
      },
      priority: PRIORITY.customerStory,
      isFlag: durationMs >= CUSTOMER_STORY_MS,
    },
  ];
}

/** Questions say nothing about a rep who is not in the transcript (a wrong name, speaker names turned off). */
function questionMoments({ repSpoke, repQuestions, startMs, durationMs }: KeyMomentInput): Candidate[] {
  if (!repSpoke) return [];
  const candidates: Candidate[] = [];

  const stops = [startMs, ...repQuestions.map((question) => question.atMs), startMs + durationMs];
  let longestGap = { atMs: startMs, durationMs: 0 };
  for (let i = 1; i < stops.length; i++) {
    const gap = (stops[i] as number) - (stops[i - 1] as number);
    if (gap > longestGap.durationMs) longestGap = { atMs: stops[i - 1] as number, durationMs: gap };
  }
  if (longestGap.durationMs >= NO_QUESTIONS_STRETCH_MS) {
    candidates.push({
      moment: {
        atMs: longestGap.atMs,
        kind: "noQuestionsStretch",
        reason: `${formatClock(longestGap.durationMs)} without a question from the rep`,
        details: { durationMs: longestGap.durationMs },
      },
      priority: PRIORITY.noQuestionsStretch,
      isFlag: true,
    });
  }

  let best = { first: 0, count: 0 };
  for (let first = 0, last = 0; first < repQuestions.length; first++) {
    const windowEnd = (repQuestions[first] as RepQuestion).atMs + QUESTION_STREAK_WINDOW_MS;
    while (last + 1 < repQuestions.length && (repQuestions[last + 1] as RepQuestion).atMs <= windowEnd)
      last++;
    if (last - first + 1 > best.count) best = { first, count: last - first + 1 };
  }
  if (best.count >= QUESTION_STREAK_MIN_QUESTIONS) {
    const atMs = (repQuestions[best.first] as RepQuestion).atMs;
    const streakDurationMs = (repQuestions[best.first + best.count - 1] as RepQuestion).atMs - atMs;
    candidates.push({
      moment: {
        atMs,
        kind: "questionStreak",
        reason: `${best.count} questions from the rep in ${formatClock(streakDurationMs)}`,
        details: { questionCount: best.count, durationMs: streakDurationMs },
      },
      priority: PRIORITY.questionStreak,
      isFlag: true,
    });
  }
  return candidates;
}

function closingMoment({ cues, startMs, durationMs }: KeyMomentInput): Candidate {
  const endMs = startMs + durationMs;
  const lastQuarterMs = startMs + durationMs * 0.75;
  for (const cue of cues) {
    if (cue.startMs < lastQuarterMs) continue;
    const phrase = findNextStep(cue.text);
    if (phrase === null) continue;
    return {
      moment: {
        atMs: cue.startMs,
        kind: "nextSteps",
        reason: `next steps: "${phrase}"`,
        details: { speaker: cue.speaker, phrase },
      },
      priority: PRIORITY.close,
      isFlag: true,
    };
  }
  const closeStart = cues.find((cue) => cue.startMs >= endMs - CLOSE_WINDOW_MS) ?? cues.at(-1);
  const atMs = closeStart?.startMs ?? startMs;
  return {
    moment: { atMs, kind: "callClose", reason: "how the call closed", details: { durationMs: endMs - atMs } },
    priority: PRIORITY.close,
    isFlag: false,
  };
}

function longestFirst(monologues: readonly Monologue[]): Monologue[] {
  return [...monologues].sort((a, b) => monologueLength(b) - monologueLength(a) || a.startMs - b.startMs);
}
