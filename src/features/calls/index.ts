export type { CallRowProps, TranscriptState } from "./CallRow.tsx";
export { CallsStoreProvider, type CallsStoreProviderProps, useCallsStore } from "./CallsStoreProvider.tsx";
export { type CallsState, type CallsStore, createCallsStore, type LoadStatus } from "./calls.store.ts";
export { RecentCallsView, type RecentCallsViewProps } from "./RecentCallsView.tsx";
