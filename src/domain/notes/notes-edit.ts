import type { LoggedCall, ReflectionQuestion, ReframeQuestion } from "./call-notes.ts";
import { mergeNotesDocuments } from "./merge-notes.ts";
import { emptyNotesDocument, type NotesDocument, type StoredCallNotes } from "./notes-document.ts";
import type { ChosenManager, ReviewRecord } from "./review-record.ts";

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

/** The document with `edit` merged in; `document` itself when the edit changes nothing (already applied, or older). */
export function applyEdit(document: NotesDocument, edit: NotesEdit): NotesDocument {
  return mergeNotesDocuments(document, documentOf(edit));
}

/** Applies `edits` in order. */
export function applyEdits(document: NotesDocument, edits: Iterable<NotesEdit>): NotesDocument {
  let result = document;
  for (const edit of edits) result = applyEdit(result, edit);
  return result;
}

/** The edit as the smallest document that holds it, so that applying it is merging it. */
function documentOf(edit: NotesEdit): NotesDocument {
  if (edit.kind === "logCall") return withEntry("loggedCalls", edit.call.id, edit.call);
  return withEntry("calls", edit.callId, callNotesOfEdit(edit));
}

function callNotesOfEdit(edit: Exclude<NotesEdit, { kind: "logCall" }>): StoredCallNotes {
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

function withEntry<Field extends "calls" | "loggedCalls">(
  field: Field,
  key: string,
  value: NotesDocument[Field][string],
): NotesDocument {
  const entries = {};
  // An own data property whatever the key (an ID of `__proto__` must not reach the prototype).
  Object.defineProperty(entries, key, { value, enumerable: true, writable: true, configurable: true });
  return { ...emptyNotesDocument(), [field]: entries };
}
