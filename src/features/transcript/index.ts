export { analyzeInWorker } from "./analyze-in-worker.ts";
export { CallInsightsView, type CallInsightsViewProps } from "./CallInsightsView.tsx";
export { describeKeyMoment, keyMomentId } from "./key-moment-text.ts";
export {
  TranscriptStoreProvider,
  type TranscriptStoreProviderProps,
  useTranscriptStore,
} from "./TranscriptStoreProvider.tsx";
export {
  type CallTranscriptState,
  type CallTranscriptStatus,
  callTranscriptOf,
  createTranscriptStore,
  type TranscriptState,
  type TranscriptStore,
  type TranscriptStoreOptions,
} from "./transcript.store.ts";
