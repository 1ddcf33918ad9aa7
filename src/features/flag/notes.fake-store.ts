import { createStore, type StoreApi } from "zustand/vanilla";
import type { CallNotes, LoggedCall, Stamped } from "../../domain/notes/call-notes.ts";
import type { NotesState } from "./notes-state.ts";

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

    return {
      status: "ready",
      error: null,
      invalidDocument: null,
      notes: new Map(),
      loggedCalls: [],
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
      async deleteAllData() {
        record("deleteAllData");
        set({ notes: new Map(), loggedCalls: [], invalidDocument: null });
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

function stamp<T>(value: T): Stamped<T> {
  return { value, at: new Date().toISOString() };
}
