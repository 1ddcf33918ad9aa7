import { createStore, type StoreApi } from "zustand/vanilla";
import type { CallsRepository } from "../../data/calls.repository.ts";
import type { Call, TranscriptAvailability } from "../../domain/calls/call.ts";

export type LoadStatus = "idle" | "loading" | "ready" | "error";

export interface CallsState {
  /** The list of calls; `error` holds why it could not be loaded. */
  readonly status: LoadStatus;
  /** Newest first, as the repository returns them. */
  readonly calls: readonly Call[];
  /** Per call ID; every listed call has an entry, `unknown` until the repository has answered. */
  readonly transcripts: ReadonlyMap<string, TranscriptAvailability>;
  /**
   * Transcript availability is asked once the list is on screen (`loadTranscripts`), so that neither its requests
   * nor its answers hold up the list's first rows; its failure never fails the list.
   */
  readonly transcriptsStatus: LoadStatus;
  readonly error: unknown;
  /** Loads the calls; a newer load aborts an older one, and the older's transcript checks with it. */
  load(): Promise<void>;
  /** Asks transcript availability for the loaded calls, once per load; does nothing until the calls are there. */
  loadTranscripts(): Promise<void>;
  /** Loads again after a failure. */
  retry(): Promise<void>;
}

export type CallsStore = StoreApi<CallsState>;

export function createCallsStore(repository: CallsRepository): CallsStore {
  let current: AbortController | null = null;

  return createStore<CallsState>()((set, get) => ({
    status: "idle",
    calls: [],
    transcripts: new Map(),
    transcriptsStatus: "idle",
    error: null,

    async load() {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      const { signal } = controller;

      set({ status: "loading", error: null, transcriptsStatus: "idle" });
      let calls: Call[];
      try {
        calls = await repository.listRecentCalls(signal);
      } catch (error) {
        if (!signal.aborted) set({ status: "error", error });
        return;
      }
      if (signal.aborted) return;
      set({ status: "ready", calls, transcripts: new Map(calls.map((call) => [call.id, "unknown"])) });
    },

    async loadTranscripts() {
      const { status, transcriptsStatus, calls } = get();
      if (status !== "ready" || transcriptsStatus !== "idle" || current === null) return;
      const { signal } = current;
      set({ transcriptsStatus: "loading" });
      try {
        const availability = await repository.getTranscriptAvailability(calls, signal);
        if (signal.aborted) return;
        set({
          transcripts: new Map(calls.map((call) => [call.id, availability.get(call.id) ?? "unknown"])),
          transcriptsStatus: "ready",
        });
      } catch {
        // The list stays usable; each call keeps `unknown` and the UI says so.
        if (!signal.aborted) set({ transcriptsStatus: "error" });
      }
    },

    retry: () => get().load(),
  }));
}
