import { createContext, type ReactNode, useContext } from "react";
import type { StoreApi } from "zustand";
import { useStoreInTransition } from "../../app/use-store-in-transition.ts";
import type { NotesState } from "./notes-state.ts";

const NotesStoreContext = createContext<StoreApi<NotesState> | null>(null);

export interface NotesStoreProviderProps {
  /** Made once per signed-in user by the composition root with `createNotesStore(repository)`. */
  readonly store: StoreApi<NotesState>;
  readonly children: ReactNode;
}

export function NotesStoreProvider({ store, children }: NotesStoreProviderProps) {
  return <NotesStoreContext value={store}>{children}</NotesStoreContext>;
}

/** A slice of the notes state; re-renders (as a transition) only when the selected value changes. */
export function useNotesStore<Selected>(selector: (state: NotesState) => Selected): Selected {
  return useStoreInTransition(useNotesStoreApi(), selector);
}

function useNotesStoreApi(): StoreApi<NotesState> {
  const store = useContext(NotesStoreContext);
  if (store === null) throw new Error("useNotesStore() must be called inside a <NotesStoreProvider>");
  return store;
}
