import { createStore, type StoreApi } from "zustand/vanilla";
import type {
  TranscriptsRepository,
  TranscriptUnavailableReason,
} from "../../data/transcripts.repository.ts";
import type { Call } from "../../domain/calls/call.ts";
import type { TranscriptAnalysis, TranscriptCue, TranscriptInsights } from "../../domain/transcript/index.ts";
import { analyzeInWorker } from "./analyze-in-worker.ts";

export type CallTranscriptStatus = "idle" | "loading" | "ready" | "unavailable" | "error";

/** What is known about one call's transcript. */
export interface CallTranscriptState {
  readonly status: CallTranscriptStatus;
  /** Set when `ready`. */
  readonly insights: TranscriptInsights | null;
  /** In time order; empty unless `ready`. */
  readonly cues: readonly TranscriptCue[];
  /** What could not be parsed (English, for developers); the UI only says that some lines were skipped. */
  readonly warnings: readonly string[];
  /** Set when `unavailable`: why, for the UI to say in one sentence. */
  readonly reason: TranscriptUnavailableReason | null;
  /** Set when `error`: what failed, a `GraphRequestError` or an analysis failure. */
  readonly error: unknown;
}

export interface TranscriptState {
  /** By call ID; a call that was never opened has no entry (see {@link callTranscriptOf}). */
  readonly calls: ReadonlyMap<string, CallTranscriptState>;
  /**
   * Reads and analyses the call's transcript, with `repName` as the rep's name in it, unless that was done or
   * is under way. Resolves when done; never rejects (a failure is the call's `error` state).
   */
  open(call: Call, repName: string): Promise<void>;
  /** Reads and analyses an opened call's transcript again, after an error. */
  retry(callId: string): Promise<void>;
  /**
   * Forgets every transcript read in this session and every one kept in this browser for the user (they are
   * deleting their data); a read under way is ignored when it answers. Rejects when the browser's copies could
   * not be removed.
   */
  forget(): Promise<void>;
}

export type TranscriptStore = StoreApi<TranscriptState>;

export interface TranscriptStoreOptions {
  /** Parses and analyses a transcript; off the main thread by default. */
  readonly analyze?: (vtt: string, repName: string) => Promise<TranscriptAnalysis>;
}

export const IDLE_CALL_TRANSCRIPT: CallTranscriptState = {
  status: "idle",
  insights: null,
  cues: [],
  warnings: [],
  reason: null,
  error: null,
};

/** The state of one call's transcript: {@link IDLE_CALL_TRANSCRIPT} until it is opened. */
export function callTranscriptOf(state: TranscriptState, callId: string): CallTranscriptState {
  return state.calls.get(callId) ?? IDLE_CALL_TRANSCRIPT;
}

/**
 * Call transcripts and what they say, per call, for the session of one signed-in user. Each call is read and
 * analysed once; opening it again shows what is already known. The transcripts stay in memory and in the
 * repository's browser cache only.
 */
export function createTranscriptStore(
  repository: TranscriptsRepository,
  { analyze = analyzeInWorker }: TranscriptStoreOptions = {},
): TranscriptStore {
  /** What each call was last opened with; a newer load of a call makes an older one's answer moot. */
  const requests = new Map<
    string,
    { readonly call: Call; readonly repName: string; readonly load: object }
  >();

  return createStore<TranscriptState>()((set, get) => {
    const update = (callId: string, state: CallTranscriptState) => {
      set({ calls: new Map(get().calls).set(callId, state) });
    };

    async function load(call: Call, repName: string): Promise<void> {
      const token = {};
      requests.set(call.id, { call, repName, load: token });
      const isCurrent = () => requests.get(call.id)?.load === token;
      update(call.id, { ...IDLE_CALL_TRANSCRIPT, status: "loading" });
      try {
        const transcript = await repository.getTranscript(call);
        if (!isCurrent()) return;
        if (transcript.status === "unavailable") {
          update(call.id, { ...IDLE_CALL_TRANSCRIPT, status: "unavailable", reason: transcript.reason });
          return;
        }
        const { insights, cues, warnings } = await analyze(transcript.vtt, repName);
        if (isCurrent())
          update(call.id, { ...IDLE_CALL_TRANSCRIPT, status: "ready", insights, cues, warnings });
      } catch (error) {
        if (isCurrent()) update(call.id, { ...IDLE_CALL_TRANSCRIPT, status: "error", error });
      }
    }

    return {
      calls: new Map(),

      async open(call, repName) {
        const opened = requests.get(call.id);
        if (opened && opened.repName === repName) return;
        await load(call, repName);
      },

      async retry(callId) {
        const opened = requests.get(callId);
        if (opened && callTranscriptOf(get(), callId).status === "error") {
          await load(opened.call, opened.repName);
        }
      },

      async forget() {
        requests.clear();
        set({ calls: new Map() });
        await repository.forgetTranscripts();
      },
    };
  });
}
