import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { TranscriptState, TranscriptStore } from "./transcript.store.ts";

const TranscriptStoreContext = createContext<TranscriptStore | null>(null);

export interface TranscriptStoreProviderProps {
  /** Made once per signed-in user by the composition root with `createTranscriptStore(repository)`. */
  readonly store: TranscriptStore;
  readonly children: ReactNode;
}

export function TranscriptStoreProvider({ store, children }: TranscriptStoreProviderProps) {
  return <TranscriptStoreContext value={store}>{children}</TranscriptStoreContext>;
}

/** A slice of the transcript state; re-renders only when the selected value changes. */
export function useTranscriptStore<Selected>(selector: (state: TranscriptState) => Selected): Selected {
  return useStore(useTranscriptStoreApi(), selector);
}

function useTranscriptStoreApi(): TranscriptStore {
  const store = useContext(TranscriptStoreContext);
  if (store === null) {
    throw new Error("useTranscriptStore() must be called inside a <TranscriptStoreProvider>");
  }
  return store;
}
