import type { CallNotes, LoggedCall, Stamped } from "./call-notes.ts";
import type { ChosenManager, CoachingRecord, ReviewRecord } from "./review-record.ts";

/** The version of the stored format this build writes; a document with a higher one is left alone. */
export const NOTES_SCHEMA_VERSION = 2;

/**
 * Versions this build reads: a version 1 document (before reviews) reads as version 2 with no manager, reviews
 * or coaching, and is written back as version 2.
 */
export const READABLE_NOTES_SCHEMA_VERSIONS = [1, 2] as const;

/** The stamp of a field nobody has set yet: older than any edit, so any edit wins a merge against it. */
export const NEVER_SET = "1970-01-01T00:00:00.000Z";

/**
 * One call's notes as stored: keyed by call ID in {@link NotesDocument.calls}, and holding only the fields the
 * rep has touched, so that a merge never mistakes a default for an edit.
 */
export type StoredCallNotes = Partial<Omit<CallNotes, "callId">>;

/**
 * Everything the rep wrote, as one JSON document in their OneDrive app folder
 * (`Apps/<app name>/momentum/notes.json`):
 *
 * ```json
 * {
 *   "schemaVersion": 2,
 *   "calls": { "<call ID>": { "flagged": { "value": true, "at": "2026-11-18T13:02:11.504Z" },
 *                             "reframe": { "permanent": { "value": "No, because…", "at": "…" } } } },
 *   "loggedCalls": { "<ID>": { "id": "<ID>", "contactName": "…", "start": "…", "loggedAt": "…", … } },
 *   "manager": { "value": { "id": "…", "name": "Megan Bowen", "email": "…" }, "at": "…" },
 *   "reviews": { "<transactionId>": { "id": "<transactionId>", "eventId": "…", "start": "…", "calls": […],
 *                                     "scheduledAt": "…", "outcomes": { "<call ID>": { "learning": { … } } }, … } },
 *   "coaching": { "<reviewId>": { "reviewId": "…", "rep": { … }, "privateNotes": { "<call ID>": { … } }, … } },
 *   "updatedAt": "2026-11-18T13:02:12.000Z"
 * }
 * ```
 */
export interface NotesDocument {
  readonly schemaVersion: typeof NOTES_SCHEMA_VERSION;
  readonly calls: Readonly<Record<string, StoredCallNotes>>;
  /** Keyed by the logged call's own `id`. */
  readonly loggedCalls: Readonly<Record<string, LoggedCall>>;
  /**
   * The manager the rep picked by hand (when the directory names none, or may not be read); `null` value after
   * the rep cleared the choice. Absent until the rep picked one.
   */
  readonly manager?: Stamped<ChosenManager | null>;
  /** The review sessions the rep scheduled, keyed by their `id`. */
  readonly reviews: Readonly<Record<string, ReviewRecord>>;
  /** As a manager: what this user keeps about the reviews they were invited to, keyed by `reviewId`. */
  readonly coaching: Readonly<Record<string, CoachingRecord>>;
  /** When the document was last written; for people reading the file, merging goes by each field's stamp. */
  readonly updatedAt: string;
}

export function emptyNotesDocument(): NotesDocument {
  return {
    schemaVersion: NOTES_SCHEMA_VERSION,
    calls: {},
    loggedCalls: {},
    reviews: {},
    coaching: {},
    updatedAt: NEVER_SET,
  };
}

/** A call's notes with every field present: what the rep has not touched has its empty value. */
export function callNotesOf(document: NotesDocument, callId: string): CallNotes {
  const stored = Object.hasOwn(document.calls, callId) ? document.calls[callId] : undefined;
  return {
    callId,
    flagged: stored?.flagged ?? unset(false),
    flagNote: stored?.flagNote ?? unset(""),
    reframe: stored?.reframe ?? {},
    reframeSkipped: stored?.reframeSkipped ?? unset(false),
    reflection: stored?.reflection ?? {},
    chosenMoments: stored?.chosenMoments ?? unset([]),
  };
}

/** The calls the rep logged by hand, newest call first; deleted ones left out. */
export function loggedCallsOf(document: Pick<NotesDocument, "loggedCalls">): LoggedCall[] {
  return Object.values(document.loggedCalls)
    .filter((call) => !call.deleted)
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start) || b.loggedAt.localeCompare(a.loggedAt));
}

/** The review sessions the rep scheduled, soonest start first; sessions at the same time in a fixed order. */
export function reviewsOf(document: Pick<NotesDocument, "reviews">): ReviewRecord[] {
  return Object.values(document.reviews).sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function unset<T>(value: T): Stamped<T> {
  return { value, at: NEVER_SET };
}
