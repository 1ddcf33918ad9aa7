/**
 * What the rep writes about their calls: the flag on a bad call, the reframe in action mode, the reflection
 * in review mode, and the calls they logged by hand. Stored as one schema-versioned JSON document in the
 * rep's OneDrive app folder (see `notes-document.schema.ts`).
 *
 * Every answer is a {@link Stamped} value: two tabs or devices editing at once are merged field by field,
 * the newer edit of a field winning, so no field is ever dropped (see `merge-notes.ts`).
 */

/**
 * A value with the instant it was last set. Clearing a field sets it to its empty value (`""`, `false`) with a
 * new stamp: that stamp is the tombstone, so a merge with an older copy keeps it cleared.
 */
export interface Stamped<T> {
  readonly value: T;
  /** ISO 8601 UTC instant of the edit. */
  readonly at: string;
}

/** The three questions of action mode; each answered with a short "no, because…" in the rep's own words. */
export const REFRAME_QUESTIONS = ["permanent", "pervasive", "personal"] as const;
export type ReframeQuestion = (typeof REFRAME_QUESTIONS)[number];

/** The ownership questions of review mode, in the order the rep answers them. */
export const REFLECTION_QUESTIONS = [
  "whatHappened",
  "whatITriggered",
  "preparation",
  "approach",
  "priceTooEarly",
  "nextTime",
  "discussWithManager",
] as const;
export type ReflectionQuestion = (typeof REFLECTION_QUESTIONS)[number];

export interface CallNotes {
  readonly callId: string;
  /** Flagged as a bad call; `false` after unflagging (kept, so an undo or a merge can restore it). */
  readonly flagged: Stamped<boolean>;
  /** One line the rep adds to the flag. */
  readonly flagNote: Stamped<string>;
  /** Answers to the three reframe questions; missing until answered. */
  readonly reframe: Partial<Record<ReframeQuestion, Stamped<string>>>;
  /** The rep chose to skip the reframe for this call. */
  readonly reframeSkipped: Stamped<boolean>;
  readonly reflection: Partial<Record<ReflectionQuestion, Stamped<string>>>;
  /**
   * The key moments of the call's transcript the rep ticked to discuss (with their manager, in the review), by
   * moment ID (`priceEarly@150000`, see `keyMomentId`). The whole set is one value: the newer choice wins a merge.
   */
  readonly chosenMoments: Stamped<readonly string[]>;
}

/** How a logged call ended, in the order the UI offers them. */
export const CALL_OUTCOMES = [
  "connected",
  "voicemail",
  "noAnswer",
  "meetingBooked",
  "notInterested",
  "other",
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** A phone or dialer call the rep logged by hand, because Graph cannot list those. */
export interface LoggedCall {
  readonly id: string;
  readonly contactName: string;
  readonly company: string;
  readonly phone: string;
  /** ISO 8601 UTC instant the call started. */
  readonly start: string;
  readonly durationMinutes: number;
  readonly outcome: CallOutcome;
  /** When it was logged; also a stamp for merging. */
  readonly loggedAt: string;
  /** Deleting a logged call leaves a tombstone so a merge does not bring it back. */
  readonly deleted?: boolean;
}

/** Maximum lengths of free text, shown to the user as counters; enforced by the schema too. */
export const TEXT_LIMITS = {
  flagNote: 140,
  reframeAnswer: 280,
  reflectionAnswer: 2000,
  contactName: 120,
  company: 120,
  phone: 40,
} as const;

/** How many key moments the rep can keep chosen per call, and how long a moment ID may be. */
export const CHOSEN_MOMENT_LIMITS = { count: 20, idLength: 80 } as const;
