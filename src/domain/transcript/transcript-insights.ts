/** What a transcript says about a call: conversation figures and moments worth discussing. */
export interface TranscriptInsights {
  /** Start of the first cue, in ms from the start of the transcript; every `atMs` is on the same clock. */
  readonly startMs: number;
  /** Last cue's end minus first cue's start (cues in time order); 0 with no cues. */
  readonly durationMs: number;
  /**
   * Each named speaker's speech time (sum of their cues' end minus start) over all named speakers' speech
   * time. Cues with no speaker are left out; the values sum to 1; empty when nobody spoke.
   */
  readonly talkShare: Record<string, number>;
  /** `talkShare` of the rep (see `repSpeaker`); 0 when the rep did not speak. */
  readonly repTalkShare: number;
  /** Longest monologue of the rep / of any other named speaker; 0 when they did not speak. */
  readonly longestRepMonologueMs: number;
  readonly longestCustomerMonologueMs: number;
  /** In the rep's cues, each run of one or more `?`. */
  readonly repQuestionCount: number;
  /** Start of the earliest cue, by anyone, with a pricing word; `null` when money never came up. */
  readonly firstPriceMentionMs: number | null;
  /** Filler words in the rep's cues per minute of the rep's speech time; 0 when the rep did not speak. */
  readonly fillerWordsPerMinute: number;
  /** Changes of speaker between consecutive named cues, per minute of `durationMs`; 0 when that is 0. */
  readonly speakerSwitchesPerMinute: number;
  /** 3 to 7 in a call of five minutes or more in which the rep and a customer spoke; fewer otherwise. */
  readonly keyMoments: KeyMoment[];

  /** The rep's name as the transcript writes it (matched case-insensitively); `null` when the rep never spoke. */
  readonly repSpeaker: string | null;
  /** Every named speaker, most speech first. */
  readonly speakers: SpeakerTalk[];
  readonly repSpeechMs: number;
  /** The rep's questions in order, one per counted question (so `repQuestions.length === repQuestionCount`). */
  readonly repQuestions: RepQuestion[];
  readonly fillerWordCount: number;
  readonly speakerSwitchCount: number;
}

export interface SpeakerTalk {
  readonly name: string;
  readonly speechMs: number;
  /** As in `talkShare`. */
  readonly share: number;
  readonly isRep: boolean;
}

export interface RepQuestion {
  /** Start of the cue it was asked in. */
  readonly atMs: number;
  /** The sentence, up to and including its question mark(s). */
  readonly text: string;
}

interface Moment<Kind extends string, Details> {
  /** Within the call: from `startMs` to `startMs + durationMs`. */
  readonly atMs: number;
  readonly kind: Kind;
  /** A stable English description, for logs and as a fallback; the UI words each kind itself from `details`. */
  readonly reason: string;
  readonly details: Details;
}

/**
 * A moment worth discussing. `details` carries the numbers and names the UI needs to say it in the rep's
 * language; durations are in ms, `sinceStartMs` is `atMs` minus the call's `startMs`.
 */
export type KeyMoment =
  /** The first pricing word came before the customer had told their story (and in the first ten minutes). */
  | Moment<"priceEarly", { speaker: string | null; word: string; sinceStartMs: number }>
  /** The first pricing word, when it did not come early. */
  | Moment<"priceMention", { speaker: string | null; word: string; sinceStartMs: number }>
  /** The rep's longest monologue, or another one of two minutes or more. */
  | Moment<"longRepMonologue", { speaker: string; durationMs: number }>
  | Moment<"customerObjection", { speaker: string; phrase: string }>
  /** The customer's longest monologue. */
  | Moment<"customerStory", { speaker: string; durationMs: number }>
  /** Where the rep asked most questions in three minutes (three or more). */
  | Moment<"questionStreak", { questionCount: number; durationMs: number }>
  /** The longest stretch without a question from the rep (five minutes or more), from its start. */
  | Moment<"noQuestionsStretch", { durationMs: number }>
  /** The first mention of what happens next in the last quarter of the call. */
  | Moment<"nextSteps", { speaker: string | null; phrase: string }>
  /** The last two minutes, when no next step was named there. */
  | Moment<"callClose", { durationMs: number }>;

export type KeyMomentKind = KeyMoment["kind"];
