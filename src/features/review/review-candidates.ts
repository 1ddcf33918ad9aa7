import type { Call } from "../../domain/calls/call.ts";
import type { CallNotes, LoggedCall } from "../../domain/notes/call-notes.ts";
import { loggedCallToCall } from "../../domain/notes/logged-call-to-call.ts";
import type { ReviewRecord } from "../../domain/notes/review-record.ts";
import { isFlagged } from "../flag/notes-selectors.ts";

/** A flagged call the rep can take to a review session. */
export interface ReviewCandidate {
  readonly call: Call;
  readonly notes: CallNotes;
  /** A logged call's company as the rep typed it; `null` lets the packet name it from the email domain. */
  readonly company: string | null;
  /** Whether an earlier review session already covered it: then it is not chosen unless the rep ticks it. */
  readonly inReview: boolean;
}

/**
 * The flagged calls a review can cover, newest first. A flagged call that has left the recent calls is not one:
 * without its subject and time there is nothing for the manager to recognise it by.
 */
export function reviewCandidates(
  calendarCalls: readonly Call[],
  loggedCalls: readonly LoggedCall[],
  notes: ReadonlyMap<string, CallNotes>,
  reviews: readonly ReviewRecord[],
): ReviewCandidate[] {
  const reviewed = new Set(reviews.flatMap((review) => review.calls.map((call) => call.callId)));
  const known = new Map<string, { call: Call; company: string | null }>();
  for (const call of calendarCalls) known.set(call.id, { call, company: null });
  for (const logged of loggedCalls) {
    known.set(logged.id, { call: loggedCallToCall(logged), company: logged.company.trim() || null });
  }
  const candidates: ReviewCandidate[] = [];
  for (const callNotes of notes.values()) {
    const found = known.get(callNotes.callId);
    if (!found || !isFlagged(callNotes)) continue;
    candidates.push({ ...found, notes: callNotes, inReview: reviewed.has(callNotes.callId) });
  }
  return candidates.sort((a, b) => b.call.start.getTime() - a.call.start.getTime());
}

/** The calls chosen by default: flagged calls no review session covered yet. */
export function defaultSelectedCallIds(candidates: readonly ReviewCandidate[]): string[] {
  return candidates.filter((candidate) => !candidate.inReview).map((candidate) => candidate.call.id);
}
