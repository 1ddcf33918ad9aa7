import { createStore, type StoreApi } from "zustand/vanilla";
import type { NotesRepository, NotesSnapshot } from "../../data/notes.repository.ts";
import type { CallNotes, LoggedCall } from "../../domain/notes/call-notes.ts";
import {
  callNotesOf,
  loggedCallsOf,
  type NotesDocument,
  reviewsOf,
  type StoredCallNotes,
} from "../../domain/notes/notes-document.ts";
import { parseNotesEdit } from "../../domain/notes/notes-edit.schema.ts";
import type { NotesEdit } from "../../domain/notes/notes-edit.ts";
import type { CoachingRecord, ReviewRecord } from "../../domain/notes/review-record.ts";
import type { NotesState } from "./notes-state.ts";

export type NotesStore = StoreApi<NotesState>;

export interface NotesStoreOptions {
  readonly now?: () => Date;
  /** IDs for logged calls. */
  readonly newId?: () => string;
}

/**
 * The rep's notes for the UI ({@link NotesState}), on a {@link NotesRepository}: every edit is stamped here,
 * shown at once and saved by the repository in the background, and the state follows the repository's
 * snapshot (save status, pending edits, an invalid stored document).
 *
 * Edits are refused while the stored document is invalid. Text beyond `TEXT_LIMITS` is a programming error
 * (the UI keeps input within them) and throws a `RangeError` rather than being cut short.
 */
export function createNotesStore(repository: NotesRepository, options: NotesStoreOptions = {}): NotesStore {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const view = createSnapshotView();
  let lastStamp = Number.NEGATIVE_INFINITY;
  let loadError: unknown = null;

  /**
   * Each stamp later than the one before, even within a millisecond or when the clock steps back: two edits of
   * one field in a row must not tie, or the merge could keep the earlier one.
   */
  const stamp = (): string => {
    lastStamp = Math.max(now().getTime(), lastStamp + 1);
    return new Date(lastStamp).toISOString();
  };

  const store = createStore<NotesState>()((set, get) => {
    const edit = (change: NotesEdit): void => {
      if (get().invalidDocument) return;
      if (!parseNotesEdit(change)) throw new RangeError(`Not a valid ${change.kind} edit (text too long?)`);
      repository.apply(change);
    };

    return {
      status: "idle",
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
        loadError = null;
        set({ status: "loading", error: null });
        try {
          await repository.load();
        } catch (error) {
          loadError = error;
          set({ status: "error", error });
          return;
        }
        set({ status: "ready", ...view(repository.getSnapshot(), null) });
      },
      flag: (callId) => edit({ kind: "flag", callId, at: stamp() }),
      unflag: (callId) => edit({ kind: "unflag", callId, at: stamp() }),
      setFlagNote: (callId, note) => edit({ kind: "setFlagNote", callId, note, at: stamp() }),
      answerReframe: (callId, question, answer) =>
        edit({ kind: "answerReframe", callId, question, answer, at: stamp() }),
      skipReframe: (callId) => edit({ kind: "skipReframe", callId, at: stamp() }),
      answerReflection: (callId, question, answer) =>
        edit({ kind: "answerReflection", callId, question, answer, at: stamp() }),
      setChosenMoments: (callId, momentIds) =>
        edit({ kind: "chooseMoments", callId, momentIds, at: stamp() }),
      logCall(input) {
        const call: LoggedCall = { ...input, id: newId(), loggedAt: stamp() };
        edit({ kind: "logCall", call });
        return call;
      },
      chooseManager: (manager) => edit({ kind: "chooseManager", manager, at: stamp() }),
      recordReview(input) {
        const review: ReviewRecord = { ...input, scheduledAt: stamp(), outcomes: {} };
        edit({ kind: "recordReview", review });
        return review;
      },
      setReviewDiscussed: (reviewId, callId, discussed) =>
        edit({ kind: "markDiscussed", reviewId, callId, discussed, at: stamp() }),
      setReviewLearning: (reviewId, callId, learning) =>
        edit({ kind: "writeLearning", reviewId, callId, learning, at: stamp() }),
      writeCoachingNote: (reviewId, rep, callId, note) =>
        edit({ kind: "writeCoachingNote", reviewId, rep, callId, note, at: stamp() }),
      writeAgreedLearning: (reviewId, rep, callId, learning) =>
        edit({ kind: "writeAgreedLearning", reviewId, rep, callId, learning, at: stamp() }),
      markFollowUpSent: (reviewId, rep) => edit({ kind: "markFollowUpSent", reviewId, rep, at: stamp() }),
      deleteAllData: () => repository.deleteAll(),
    };
  });

  repository.subscribe(() => store.setState(view(repository.getSnapshot(), loadError)));
  return store;
}

type SnapshotState = Pick<
  NotesState,
  | "notes"
  | "loggedCalls"
  | "chosenManager"
  | "reviews"
  | "coaching"
  | "saveStatus"
  | "pendingEdits"
  | "invalidDocument"
  | "error"
>;

/**
 * Turns repository snapshots into state, keeping what did not change identical (a call whose stored notes are
 * the same object keeps its `CallNotes` object), so a component re-renders only for its own call.
 */
function createSnapshotView(): (snapshot: NotesSnapshot, loadError: unknown) => SnapshotState {
  const callNotes = new WeakMap<StoredCallNotes, CallNotes>();
  let calls: {
    readonly source: NotesDocument["calls"];
    readonly notes: ReadonlyMap<string, CallNotes>;
  } | null = null;

  const notesOf = (document: NotesDocument): ReadonlyMap<string, CallNotes> => {
    if (calls?.source === document.calls) return calls.notes;
    const notes = new Map<string, CallNotes>();
    for (const [callId, stored] of Object.entries(document.calls)) {
      let view = callNotes.get(stored);
      if (view?.callId !== callId) {
        view = callNotesOf(document, callId);
        callNotes.set(stored, view);
      }
      notes.set(callId, view);
    }
    calls = { source: document.calls, notes };
    return notes;
  };

  const loggedCallsView = derivedFrom((loggedCalls: NotesDocument["loggedCalls"]): readonly LoggedCall[] =>
    loggedCallsOf({ loggedCalls }),
  );
  const reviewsView = derivedFrom((reviews: NotesDocument["reviews"]): readonly ReviewRecord[] =>
    reviewsOf({ reviews }),
  );
  const coachingView = derivedFrom(
    (coaching: NotesDocument["coaching"]): ReadonlyMap<string, CoachingRecord> =>
      new Map(Object.entries(coaching)),
  );

  return (snapshot, loadError) => ({
    notes: notesOf(snapshot.document),
    loggedCalls: loggedCallsView(snapshot.document.loggedCalls),
    // The stored value itself, which a merge that does not change it keeps as the same object.
    chosenManager: snapshot.document.manager?.value ?? null,
    reviews: reviewsView(snapshot.document.reviews),
    coaching: coachingView(snapshot.document.coaching),
    saveStatus: snapshot.invalidDocument ? "failed" : snapshot.syncStatus,
    pendingEdits: snapshot.pendingEdits,
    invalidDocument: snapshot.invalidDocument,
    // A failed load is what the UI explains first; after that, why saving failed.
    error: loadError ?? (snapshot.syncStatus === "failed" ? snapshot.syncError : null),
  });
}

/** `derive`, computed again only when its source is another object than last time. */
function derivedFrom<Source extends object, Result>(
  derive: (source: Source) => Result,
): (source: Source) => Result {
  let last: { readonly source: Source; readonly result: Result } | null = null;
  return (source) => {
    if (last?.source !== source) last = { source, result: derive(source) };
    return last.result;
  };
}
