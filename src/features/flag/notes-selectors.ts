import type { CallNotes } from "../../domain/notes/call-notes.ts";
import type { ReviewRecord } from "../../domain/notes/review-record.ts";
import type { NotesState } from "./notes-state.ts";

/** Edits are refused until the notes have loaded, and while the stored document cannot be read. */
export const selectCanEdit = (state: NotesState): boolean =>
  state.status === "ready" && state.invalidDocument === null;

export function isFlagged(notes: CallNotes | undefined): boolean {
  return notes?.flagged.value === true;
}

export type ReframeState = "reframed" | "skipped" | "notReframed";

/** A reframe with any answer counts as done, even when the rep skipped it before. */
export function reframeStateOf(notes: CallNotes): ReframeState {
  const answered = Object.values(notes.reframe).some((answer) => answer && answer.value.trim() !== "");
  if (answered) return "reframed";
  return notes.reframeSkipped.value ? "skipped" : "notReframed";
}

/**
 * The review a call is in, as the calls list shows it ("in review on <date>"): the next session holding the call
 * that has not ended yet, else the last one that has, else `null`. `reviews` as the store lists them.
 */
export function reviewOfCall(
  reviews: readonly ReviewRecord[],
  callId: string,
  now: Date,
): ReviewRecord | null {
  let next: ReviewRecord | null = null;
  let last: ReviewRecord | null = null;
  for (const review of reviews) {
    if (!review.calls.some((call) => call.callId === callId)) continue;
    if (Date.parse(review.end) > now.getTime()) {
      if (next === null || Date.parse(review.start) < Date.parse(next.start)) next = review;
    } else if (last === null || Date.parse(review.start) > Date.parse(last.start)) {
      last = review;
    }
  }
  return next ?? last;
}
