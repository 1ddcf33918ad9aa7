export type { CallRowProps, CallRowShortcuts, TranscriptState } from "./CallRow.tsx";
export type { RowShortcuts } from "./CallsByDay.tsx";
export { CallsStoreProvider, type CallsStoreProviderProps, useCallsStore } from "./CallsStoreProvider.tsx";
export { CenteredMessage, type CenteredMessageProps } from "./CenteredMessage.tsx";
export { findCallRow } from "./call-row-element.ts";
export { callSubject } from "./call-subject.ts";
export { type CallsState, type CallsStore, createCallsStore, type LoadStatus } from "./calls.store.ts";
export { useVisuallyHiddenStyles } from "./calls.styles.ts";
export { RecentCallsView, type RecentCallsViewProps } from "./RecentCallsView.tsx";
