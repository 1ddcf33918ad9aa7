import type { Stamped } from "./call-notes.ts";

/**
 * The rep's manager as the rep picked them from a people search, because the directory names none (Graph's
 * `/me/manager` answered 404) or Momentum may not read it (403). Kept in the notes document, so it is asked once.
 */
export interface ChosenManager {
  /** The person's ID from the people search; `null` when only the address is known. */
  readonly id: string | null;
  readonly name: string;
  readonly email: string;
}

/** A call as the review session named it, so the reviews list can show it after it has left the recent calls. */
export interface ReviewedCallSummary {
  readonly callId: string;
  readonly subject: string;
  /** ISO 8601 UTC instant. */
  readonly start: string;
  /** The customer's company, when known. */
  readonly company: string | null;
}

/** What the rep wrote down after the session about one of its calls. */
export interface ReviewCallOutcome {
  readonly discussed?: Stamped<boolean>;
  /** The learning, in the rep's words. */
  readonly learning?: Stamped<string>;
}

/**
 * A review session the rep scheduled with their manager, as kept in the rep's notes document: when it is, where
 * to open it, which calls it covers, and what the rep noted after it. Keyed by `id` in `NotesDocument.reviews`.
 *
 * The scheduling fields are written once (when Graph confirmed the event) and never edited; the outcomes are
 * stamped per call and field, merged like every other answer.
 */
export interface ReviewRecord {
  /** The `transactionId` the event was created with, also the packet's `reviewId`. */
  readonly id: string;
  /** The event's ID in the rep's calendar. */
  readonly eventId: string;
  /** Opens the session in Outlook on the web; `null` when Graph gave none. */
  readonly webLink: string | null;
  /** The Teams meeting's join URL; `null` when Graph gave none. */
  readonly joinUrl: string | null;
  /** ISO 8601 UTC instants. */
  readonly start: string;
  readonly end: string;
  readonly manager: { readonly name: string; readonly email: string };
  /** In the order the rep chose them. */
  readonly calls: readonly ReviewedCallSummary[];
  /** When Graph confirmed the session: the stamp of the record itself. */
  readonly scheduledAt: string;
  /** By call ID; a call nothing was noted for yet is absent. */
  readonly outcomes: Readonly<Record<string, ReviewCallOutcome>>;
}

/**
 * Limits of what a review record holds, enforced by the schema and shown as counters. A person's name and address
 * have the review packet's limits, so whatever a packet names, a record can keep.
 */
export const REVIEW_RECORD_LIMITS = {
  calls: 20,
  learning: 2000,
  subject: 1000,
  link: 4096,
  name: 256,
  email: 320,
} as const;

/**
 * What a manager keeps about one review they were invited to, in the manager's own notes document: private notes
 * per call (never sent unless the manager chooses to), the learning agreed per call for the follow-up mail, and
 * when that mail went out. Keyed by the packet's `reviewId` in `NotesDocument.coaching`.
 */
export interface CoachingRecord {
  readonly reviewId: string;
  readonly rep: { readonly name: string; readonly email: string };
  /** By call ID. */
  readonly privateNotes: Readonly<Record<string, Stamped<string>>>;
  /** By call ID. */
  readonly agreedLearning: Readonly<Record<string, Stamped<string>>>;
  /** The instant the follow-up was sent (ISO 8601 UTC) as a stamped value; `null` before. */
  readonly followUpSentAt: Stamped<string | null>;
}

export const COACHING_LIMITS = { privateNote: 4000, agreedLearning: 2000 } as const;
