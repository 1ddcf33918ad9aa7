import { createStore, type StoreApi } from "zustand/vanilla";
import type { CallNotes, LoggedCall, Stamped } from "../../domain/notes/call-notes.ts";
import { NEVER_SET, reviewsOf } from "../../domain/notes/notes-document.ts";
import type { CoachingRecord, ReviewCallOutcome, ReviewRecord } from "../../domain/notes/review-record.ts";
import type { CoachedRep, NotesState } from "./notes-state.ts";

/** One call of a store action, as the UI made it. */
export interface FakeNotesEdit {
  readonly action: keyof NotesState;
  readonly args: readonly unknown[];
}

export type FakeNotesStore = StoreApi<NotesState> & {
  /** Every action the UI called, oldest first. */
  readonly edits: FakeNotesEdit[];
};

/**
 * An in-memory {@link NotesState} for UI tests: edits apply at once and nothing is saved anywhere. Tests put it
 * in any state (`store.setState({ saveStatus: "waitingForNetwork" })`) and read `edits` to see what was asked.
 */
export function createFakeNotesStore(initial: Partial<NotesState> = {}): FakeNotesStore {
  const edits: FakeNotesEdit[] = [];
  let nextId = 1;

  const store = createStore<NotesState>()((set, get) => {
    const record = (action: keyof NotesState, ...args: unknown[]) => edits.push({ action, args });
    const update = (callId: string, change: (notes: CallNotes) => CallNotes) => {
      const notes = new Map(get().notes);
      notes.set(callId, change(notes.get(callId) ?? emptyNotes(callId)));
      set({ notes });
    };
    const updateOutcome = (reviewId: string, callId: string, change: ReviewCallOutcome) => {
      const reviews = get().reviews.map((review) =>
        review.id === reviewId
          ? {
              ...review,
              outcomes: { ...review.outcomes, [callId]: { ...review.outcomes[callId], ...change } },
            }
          : review,
      );
      set({ reviews });
    };
    const updateCoaching = (
      reviewId: string,
      rep: CoachedRep,
      change: (record: CoachingRecord) => Partial<CoachingRecord>,
    ) => {
      const coaching = new Map(get().coaching);
      const record = coaching.get(reviewId) ?? emptyCoaching(reviewId, rep);
      coaching.set(reviewId, { ...record, ...change(record) });
      set({ coaching });
    };

    return {
      status: "ready",
      error: null,
      invalidDocument: null,
      notes: new Map(),
      loggedCalls: [],
      chosenManager: null,
      reviews: [],
      coaching: new Map(),
      saveStatus: "saved",
      pendingEdits: 0,

      async load() {
        record("load");
        if (get().status === "idle") set({ status: "ready" });
      },
      flag(callId) {
        record("flag", callId);
        update(callId, (notes) => ({ ...notes, flagged: stamp(true) }));
      },
      unflag(callId) {
        record("unflag", callId);
        update(callId, (notes) => ({ ...notes, flagged: stamp(false) }));
      },
      setFlagNote(callId, note) {
        record("setFlagNote", callId, note);
        update(callId, (notes) => ({ ...notes, flagNote: stamp(note) }));
      },
      answerReframe(callId, question, answer) {
        record("answerReframe", callId, question, answer);
        update(callId, (notes) => ({ ...notes, reframe: { ...notes.reframe, [question]: stamp(answer) } }));
      },
      skipReframe(callId) {
        record("skipReframe", callId);
        update(callId, (notes) => ({ ...notes, reframeSkipped: stamp(true) }));
      },
      answerReflection(callId, question, answer) {
        record("answerReflection", callId, question, answer);
        update(callId, (notes) => ({
          ...notes,
          reflection: { ...notes.reflection, [question]: stamp(answer) },
        }));
      },
      setChosenMoments(callId, momentIds) {
        record("setChosenMoments", callId, momentIds);
        update(callId, (notes) => ({ ...notes, chosenMoments: stamp(momentIds) }));
      },
      logCall(input) {
        record("logCall", input);
        const logged: LoggedCall = { ...input, id: `logged-${nextId++}`, loggedAt: new Date().toISOString() };
        set({ loggedCalls: [logged, ...get().loggedCalls] });
        return logged;
      },
      chooseManager(manager) {
        record("chooseManager", manager);
        set({ chosenManager: manager });
      },
      recordReview(input) {
        record("recordReview", input);
        const review: ReviewRecord = { ...input, scheduledAt: new Date().toISOString(), outcomes: {} };
        const reviews = [...get().reviews.filter((other) => other.id !== review.id), review];
        set({ reviews: reviewsOf({ reviews: Object.fromEntries(reviews.map((each) => [each.id, each])) }) });
        return review;
      },
      setReviewDiscussed(reviewId, callId, discussed) {
        record("setReviewDiscussed", reviewId, callId, discussed);
        updateOutcome(reviewId, callId, { discussed: stamp(discussed) });
      },
      setReviewLearning(reviewId, callId, learning) {
        record("setReviewLearning", reviewId, callId, learning);
        updateOutcome(reviewId, callId, { learning: stamp(learning) });
      },
      writeCoachingNote(reviewId, rep, callId, note) {
        record("writeCoachingNote", reviewId, rep, callId, note);
        updateCoaching(reviewId, rep, (coaching) => ({
          privateNotes: { ...coaching.privateNotes, [callId]: stamp(note) },
        }));
      },
      writeAgreedLearning(reviewId, rep, callId, learning) {
        record("writeAgreedLearning", reviewId, rep, callId, learning);
        updateCoaching(reviewId, rep, (coaching) => ({
          agreedLearning: { ...coaching.agreedLearning, [callId]: stamp(learning) },
        }));
      },
      markFollowUpSent(reviewId, rep) {
        record("markFollowUpSent", reviewId, rep);
        updateCoaching(reviewId, rep, () => ({ followUpSentAt: stamp(new Date().toISOString()) }));
      },
      async deleteAllData() {
        record("deleteAllData");
        set({
          notes: new Map(),
          loggedCalls: [],
          chosenManager: null,
          reviews: [],
          coaching: new Map(),
          invalidDocument: null,
        });
      },
      ...initial,
    };
  });
  return Object.assign(store, { edits });
}

/** Notes of a call the rep has not touched yet. */
export function emptyNotes(callId: string): CallNotes {
  const never = new Date(0).toISOString();
  return {
    callId,
    flagged: { value: false, at: never },
    flagNote: { value: "", at: never },
    reframe: {},
    reframeSkipped: { value: false, at: never },
    reflection: {},
    chosenMoments: { value: [], at: never },
  };
}

/** What a manager keeps about a review before writing anything. */
function emptyCoaching(reviewId: string, rep: CoachedRep): CoachingRecord {
  return {
    reviewId,
    rep,
    privateNotes: {},
    agreedLearning: {},
    followUpSentAt: { value: null, at: NEVER_SET },
  };
}

function stamp<T>(value: T): Stamped<T> {
  return { value, at: new Date().toISOString() };
}
