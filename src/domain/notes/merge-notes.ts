import type { LoggedCall, Stamped } from "./call-notes.ts";
import type { NotesDocument, StoredCallNotes } from "./notes-document.ts";
import type { CoachingRecord, ReviewCallOutcome, ReviewRecord } from "./review-record.ts";

/**
 * Merges two copies of the rep's notes field by field: for every stamped field the newer edit wins, a field
 * only one copy has is kept, and a cleared field (its empty value with a newer stamp) stays cleared. Logged
 * calls merge by ID, the newer `loggedAt` winning and a deletion winning a tie. Reviews merge by ID: what was
 * scheduled comes from the copy scheduled later, what the rep noted after the session per call and field.
 * Coaching records merge per call and field too.
 *
 * The merge is commutative, associative and idempotent (ties go to the larger value, so both sides of a
 * conflict reach the same result), which is what lets two tabs or devices converge whatever order their
 * writes land in. It returns `a` itself when `b` adds nothing to it, so callers can tell "no change" by identity.
 */
export function mergeNotesDocuments(a: NotesDocument, b: NotesDocument): NotesDocument {
  const calls = mergeRecords(a.calls, b.calls, mergeCallNotes);
  const loggedCalls = mergeRecords(a.loggedCalls, b.loggedCalls, mergeLoggedCalls);
  const manager = mergeOptional(a.manager, b.manager, newerStamped);
  const reviews = mergeRecords(a.reviews, b.reviews, mergeReviews);
  const coaching = mergeRecords(a.coaching, b.coaching, mergeCoaching);
  const updatedAt = later(a.updatedAt, b.updatedAt);
  if (
    calls === a.calls &&
    loggedCalls === a.loggedCalls &&
    manager === a.manager &&
    reviews === a.reviews &&
    coaching === a.coaching &&
    updatedAt === a.updatedAt
  ) {
    return a;
  }
  return {
    schemaVersion: a.schemaVersion,
    calls,
    loggedCalls,
    ...(manager && { manager }),
    reviews,
    coaching,
    updatedAt,
  };
}

function mergeCallNotes(a: StoredCallNotes, b: StoredCallNotes): StoredCallNotes {
  const merged: StoredCallNotes = {
    ...a,
    ...optionalField("flagged", mergeOptional(a.flagged, b.flagged, newerStamped)),
    ...optionalField("flagNote", mergeOptional(a.flagNote, b.flagNote, newerStamped)),
    ...optionalField("reframe", mergeOptional(a.reframe, b.reframe, mergeAnswers)),
    ...optionalField("reframeSkipped", mergeOptional(a.reframeSkipped, b.reframeSkipped, newerStamped)),
    ...optionalField("reflection", mergeOptional(a.reflection, b.reflection, mergeAnswers)),
    ...optionalField("chosenMoments", mergeOptional(a.chosenMoments, b.chosenMoments, newerStamped)),
  };
  const changed = (Object.keys(merged) as Array<keyof StoredCallNotes>).some((key) => merged[key] !== a[key]);
  return changed ? merged : a;
}

function mergeAnswers<Question extends string>(
  a: Partial<Record<Question, Stamped<string>>>,
  b: Partial<Record<Question, Stamped<string>>>,
): Partial<Record<Question, Stamped<string>>> {
  return mergeRecords(a, b, newerStamped);
}

/** The newer of two stamped values; on a tie the larger value, so that merging is commutative. */
export function newerStamped<T>(a: Stamped<T>, b: Stamped<T>): Stamped<T> {
  const order = compareInstants(a.at, b.at) || compareValues(a.value, b.value);
  return order >= 0 ? a : b;
}

/**
 * What was scheduled is written once, when Graph confirmed the event; should two copies differ, the one scheduled
 * later wins as a whole. The outcomes merge per call and field.
 */
function mergeReviews(a: ReviewRecord, b: ReviewRecord): ReviewRecord {
  const { outcomes: ours, ...ourSchedule } = a;
  const { outcomes: theirs, ...theirSchedule } = b;
  const order = compareInstants(a.scheduledAt, b.scheduledAt) || compareValues(ourSchedule, theirSchedule);
  const outcomes = mergeRecords(ours, theirs, mergeOutcomes);
  if (order >= 0) return outcomes === ours ? a : { ...a, outcomes };
  return { ...b, outcomes };
}

function mergeOutcomes(a: ReviewCallOutcome, b: ReviewCallOutcome): ReviewCallOutcome {
  const discussed = mergeOptional(a.discussed, b.discussed, newerStamped);
  const learning = mergeOptional(a.learning, b.learning, newerStamped);
  if (discussed === a.discussed && learning === a.learning) return a;
  return { ...(discussed && { discussed }), ...(learning && { learning }) };
}

function mergeCoaching(a: CoachingRecord, b: CoachingRecord): CoachingRecord {
  // Every edit of one review names the same rep; should two ever differ, both sides keep the same one.
  const rep = compareValues(a.rep, b.rep) >= 0 ? a.rep : b.rep;
  const privateNotes = mergeRecords(a.privateNotes, b.privateNotes, newerStamped);
  const agreedLearning = mergeRecords(a.agreedLearning, b.agreedLearning, newerStamped);
  const followUpSentAt = newerStamped(a.followUpSentAt, b.followUpSentAt);
  if (
    rep === a.rep &&
    privateNotes === a.privateNotes &&
    agreedLearning === a.agreedLearning &&
    followUpSentAt === a.followUpSentAt
  ) {
    return a;
  }
  return { reviewId: a.reviewId, rep, privateNotes, agreedLearning, followUpSentAt };
}

function mergeLoggedCalls(a: LoggedCall, b: LoggedCall): LoggedCall {
  const order =
    compareInstants(a.loggedAt, b.loggedAt) ||
    Number(a.deleted === true) - Number(b.deleted === true) ||
    compareValues(a, b);
  return order >= 0 ? a : b;
}

/** Every key of both; where both have one, `merge` decides. Returns `a` itself when nothing changed. */
function mergeRecords<Entries extends object>(
  a: Entries,
  b: Entries,
  merge: (a: EntryOf<Entries>, b: EntryOf<Entries>) => EntryOf<Entries>,
): Entries {
  let merged: Entries | null = null;
  for (const [key, theirs] of Object.entries(b) as Array<[string, EntryOf<Entries>]>) {
    const ours = Object.hasOwn(a, key) ? (a[key as keyof Entries] as EntryOf<Entries>) : undefined;
    const result = ours === undefined ? theirs : merge(ours, theirs);
    if (result === ours) continue;
    // Defined as own data properties (never assigned), so no key can reach a prototype.
    merged ??= { ...a };
    Object.defineProperty(merged, key, {
      value: result,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return merged ?? a;
}

type EntryOf<Entries extends object> = NonNullable<Entries[keyof Entries]>;

function mergeOptional<T>(a: T | undefined, b: T | undefined, merge: (a: T, b: T) => T): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return merge(a, b);
}

/** `{ [name]: value }`, or nothing when there is no value: a field nobody set stays absent. */
function optionalField<Name extends keyof StoredCallNotes>(
  name: Name,
  value: StoredCallNotes[Name] | undefined,
): Partial<StoredCallNotes> {
  return value === undefined ? {} : { [name]: value };
}

function later(a: string, b: string): string {
  return compareInstants(a, b) >= 0 ? a : b;
}

/** By the instant; two spellings of one instant (`…00Z`, `…00.000Z`) are then ordered as text. */
function compareInstants(a: string, b: string): number {
  return Math.sign(Date.parse(a) - Date.parse(b)) || compareText(a, b);
}

/**
 * A total order on JSON values, only to break ties the same way on every device. Keys are sorted first: the same
 * value read from the file and made in code may list them in another order, and must still compare equal.
 */
function compareValues(a: unknown, b: unknown): number {
  return compareText(canonicalJson(a), canonicalJson(b));
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (typeof member !== "object" || member === null || Array.isArray(member)) return member;
    return Object.fromEntries(Object.entries(member).sort(([left], [right]) => compareText(left, right)));
  });
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a > b ? 1 : -1;
}
