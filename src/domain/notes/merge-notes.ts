import type { LoggedCall, Stamped } from "./call-notes.ts";
import type { NotesDocument, StoredCallNotes } from "./notes-document.ts";

/**
 * Merges two copies of the rep's notes field by field: for every stamped field the newer edit wins, a field
 * only one copy has is kept, and a cleared field (its empty value with a newer stamp) stays cleared. Logged
 * calls merge by ID, the newer `loggedAt` winning and a deletion winning a tie.
 *
 * The merge is commutative, associative and idempotent (ties go to the larger value, so both sides of a
 * conflict reach the same result), which is what lets two tabs or devices converge whatever order their
 * writes land in. It returns `a` itself when `b` adds nothing to it, so callers can tell "no change" by identity.
 */
export function mergeNotesDocuments(a: NotesDocument, b: NotesDocument): NotesDocument {
  const calls = mergeRecords(a.calls, b.calls, mergeCallNotes);
  const loggedCalls = mergeRecords(a.loggedCalls, b.loggedCalls, mergeLoggedCalls);
  const updatedAt = later(a.updatedAt, b.updatedAt);
  if (calls === a.calls && loggedCalls === a.loggedCalls && updatedAt === a.updatedAt) return a;
  return { schemaVersion: a.schemaVersion, calls, loggedCalls, updatedAt };
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

/** A total order on JSON values, only to break ties the same way on every device. */
function compareValues(a: unknown, b: unknown): number {
  return compareText(JSON.stringify(a), JSON.stringify(b));
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a > b ? 1 : -1;
}
