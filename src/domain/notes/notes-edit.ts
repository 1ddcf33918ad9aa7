import type { LoggedCall, ReflectionQuestion, ReframeQuestion } from "./call-notes.ts";
import { mergeNotesDocuments } from "./merge-notes.ts";
import { emptyNotesDocument, NEVER_SET, type NotesDocument, type StoredCallNotes } from "./notes-document.ts";
import type { ChosenManager, CoachingRecord, ReviewCallOutcome, ReviewRecord } from "./review-record.ts";

/**
 * One change the rep made, as a small serialisable value: what the outbox keeps until Graph has it.
 * Each carries the instant it was made (`at`; a logged call its `loggedAt`), so applying an edit twice, late, or
 * after a newer edit of the same field changes nothing: the newer edit of a field wins however often or in
 * whatever order edits are applied.
 */
export type NotesEdit =
  | { readonly kind: "flag"; readonly callId: string; readonly at: string }
  | { readonly kind: "unflag"; readonly callId: string; readonly at: string }
  | { readonly kind: "setFlagNote"; readonly callId: string; readonly note: string; readonly at: string }
  | {
      readonly kind: "answerReframe";
      readonly callId: string;
      readonly question: ReframeQuestion;
      readonly answer: string;
      readonly at: string;
    }
  | { readonly kind: "skipReframe"; readonly callId: string; readonly at: string }
  | {
      readonly kind: "answerReflection";
      readonly callId: string;
      readonly question: ReflectionQuestion;
      readonly answer: string;
      readonly at: string;
    }
  | {
      readonly kind: "chooseMoments";
      readonly callId: string;
      /** The whole set of chosen moments after the change, not a difference: applying it twice is harmless. */
      readonly momentIds: readonly string[];
      readonly at: string;
    }
  | { readonly kind: "logCall"; readonly call: LoggedCall }
  /** The rep picked their manager by hand (`null`: cleared the choice). */
  | { readonly kind: "chooseManager"; readonly manager: ChosenManager | null; readonly at: string }
  /** A review session Graph confirmed; its `scheduledAt` is its stamp. */
  | { readonly kind: "recordReview"; readonly review: ReviewRecord }
  | {
      readonly kind: "markDiscussed";
      readonly reviewId: string;
      readonly callId: string;
      readonly discussed: boolean;
      readonly at: string;
    }
  | {
      readonly kind: "writeLearning";
      readonly reviewId: string;
      readonly callId: string;
      readonly learning: string;
      readonly at: string;
    }
  /** As a manager; `rep` lets the first edit of a review make its coaching record. */
  | {
      readonly kind: "writeCoachingNote";
      readonly reviewId: string;
      readonly rep: CoachingRep;
      readonly callId: string;
      readonly note: string;
      readonly at: string;
    }
  | {
      readonly kind: "writeAgreedLearning";
      readonly reviewId: string;
      readonly rep: CoachingRep;
      readonly callId: string;
      readonly learning: string;
      readonly at: string;
    }
  | {
      readonly kind: "markFollowUpSent";
      readonly reviewId: string;
      readonly rep: CoachingRep;
      readonly at: string;
    };

type CoachingRep = { readonly name: string; readonly email: string };

export type NotesEditKind = NotesEdit["kind"];

/**
 * The document with `edit` merged in; `document` itself when the edit changes nothing (already applied, or older).
 * What the rep noted about a review the document does not hold is dropped: the review was deleted with everything
 * else, and an outcome means nothing without it.
 */
export function applyEdit(document: NotesDocument, edit: NotesEdit): NotesDocument {
  const change = documentOf(edit, document);
  return change === null ? document : mergeNotesDocuments(document, change);
}

/** Applies `edits` in order. */
export function applyEdits(document: NotesDocument, edits: Iterable<NotesEdit>): NotesDocument {
  let result = document;
  for (const edit of edits) result = applyEdit(result, edit);
  return result;
}

/** The edit as the smallest document that holds it, so that applying it is merging it. */
function documentOf(edit: NotesEdit, base: NotesDocument): NotesDocument | null {
  switch (edit.kind) {
    case "logCall":
      return withEntry("loggedCalls", edit.call.id, edit.call);
    case "chooseManager":
      return { ...emptyNotesDocument(), manager: { value: edit.manager, at: edit.at } };
    case "recordReview":
      return withEntry("reviews", edit.review.id, edit.review);
    case "markDiscussed":
      return withOutcome(base, edit.reviewId, edit.callId, {
        discussed: { value: edit.discussed, at: edit.at },
      });
    case "writeLearning":
      return withOutcome(base, edit.reviewId, edit.callId, {
        learning: { value: edit.learning, at: edit.at },
      });
    case "writeCoachingNote":
      return withCoaching(edit, { privateNotes: entry(edit.callId, { value: edit.note, at: edit.at }) });
    case "writeAgreedLearning":
      return withCoaching(edit, {
        agreedLearning: entry(edit.callId, { value: edit.learning, at: edit.at }),
      });
    case "markFollowUpSent":
      return withCoaching(edit, { followUpSentAt: { value: edit.at, at: edit.at } });
    default:
      return withEntry("calls", edit.callId, callNotesOfEdit(edit));
  }
}

type CallNotesEdit = Extract<
  NotesEdit,
  {
    kind:
      | "flag"
      | "unflag"
      | "setFlagNote"
      | "answerReframe"
      | "skipReframe"
      | "answerReflection"
      | "chooseMoments";
  }
>;

function callNotesOfEdit(edit: CallNotesEdit): StoredCallNotes {
  const { at } = edit;
  switch (edit.kind) {
    case "flag":
      return { flagged: { value: true, at } };
    case "unflag":
      return { flagged: { value: false, at } };
    case "setFlagNote":
      return { flagNote: { value: edit.note, at } };
    case "answerReframe":
      return { reframe: { [edit.question]: { value: edit.answer, at } } };
    case "skipReframe":
      return { reframeSkipped: { value: true, at } };
    case "answerReflection":
      return { reflection: { [edit.question]: { value: edit.answer, at } } };
    case "chooseMoments":
      return { chosenMoments: { value: edit.momentIds, at } };
  }
}

/** The review as `base` holds it with one outcome field: merged, only that field can change. */
function withOutcome(
  base: NotesDocument,
  reviewId: string,
  callId: string,
  outcome: ReviewCallOutcome,
): NotesDocument | null {
  const review = Object.hasOwn(base.reviews, reviewId) ? base.reviews[reviewId] : undefined;
  if (!review) return null;
  return withEntry("reviews", reviewId, { ...review, outcomes: entry(callId, outcome) });
}

/** A coaching record with one field set: the first edit of a review makes the record, later ones add to it. */
function withCoaching(
  edit: Extract<NotesEdit, { reviewId: string; rep: CoachingRep }>,
  fields: Partial<Pick<CoachingRecord, "privateNotes" | "agreedLearning" | "followUpSentAt">>,
): NotesDocument {
  const record: CoachingRecord = {
    reviewId: edit.reviewId,
    rep: { name: edit.rep.name, email: edit.rep.email },
    privateNotes: {},
    agreedLearning: {},
    followUpSentAt: { value: null, at: NEVER_SET },
    ...fields,
  };
  return withEntry("coaching", edit.reviewId, record);
}

function withEntry<Field extends "calls" | "loggedCalls" | "reviews" | "coaching">(
  field: Field,
  key: string,
  value: NotesDocument[Field][string],
): NotesDocument {
  return { ...emptyNotesDocument(), [field]: entry(key, value) };
}

/** `{ [key]: value }` as an own data property whatever the key (an ID of `__proto__` must not reach the prototype). */
function entry<Value>(key: string, value: Value): Record<string, Value> {
  const entries: Record<string, Value> = {};
  Object.defineProperty(entries, key, { value, enumerable: true, writable: true, configurable: true });
  return entries;
}
