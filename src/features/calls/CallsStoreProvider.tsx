import { createContext, type ReactNode, useContext } from "react";
import { useStoreInTransition } from "../../app/use-store-in-transition.ts";
import type { CallsState, CallsStore } from "./calls.store.ts";

const CallsStoreContext = createContext<CallsStore | null>(null);

export interface CallsStoreProviderProps {
  /** Made once by the composition root with `createCallsStore(repository)`. */
  readonly store: CallsStore;
  readonly children: ReactNode;
}

export function CallsStoreProvider({ store, children }: CallsStoreProviderProps) {
  return <CallsStoreContext value={store}>{children}</CallsStoreContext>;
}

/** A slice of the calls state; re-renders (as a transition) only when the selected value changes. */
export function useCallsStore<Selected>(selector: (state: CallsState) => Selected): Selected {
  return useStoreInTransition(useCallsStoreApi(), selector);
}

function useCallsStoreApi(): CallsStore {
  const store = useContext(CallsStoreContext);
  if (store === null) throw new Error("useCallsStore() must be called inside a <CallsStoreProvider>");
  return store;
}
