export { NotesStoreProvider, type NotesStoreProviderProps, useNotesStore } from "./NotesStoreProvider.tsx";
export { createNotesStore, type NotesStore, type NotesStoreOptions } from "./notes.store.ts";
export type { LoggedCallInput, NotesLoadStatus, NotesState, SaveStatus } from "./notes-state.ts";
