import type { NotesDocument } from "../domain/notes/notes-document.ts";
import type { NotesEdit } from "../domain/notes/notes-edit.ts";

/**
 * Where the rep's edits are: all in OneDrive (`saved`), on their way (`saving`), kept in this browser until Graph
 * can be reached again (`waitingForNetwork`), or held back by something retrying cannot fix (`failed`: the
 * stored document is invalid, or Graph refused, e.g. permission withdrawn; they are kept and sent on the next
 * edit or load).
 */
export type NotesSyncStatus = "saved" | "saving" | "waitingForNetwork" | "failed";

/** Everything the UI needs to know about the rep's notes at one moment; a new object whenever anything changes. */
export interface NotesSnapshot {
  /** Whether the document has been read (from OneDrive, or from this browser's copy when offline). */
  readonly loaded: boolean;
  /** What the rep sees: the stored document with the edits not yet confirmed applied on top. */
  readonly document: NotesDocument;
  /** Edits not yet confirmed by Graph (being sent, or waiting in the outbox). */
  readonly pendingEdits: number;
  readonly syncStatus: NotesSyncStatus;
  /** Why the last save did not go through; `null` once one has. */
  readonly syncError: unknown;
  /**
   * The document in OneDrive failed validation (edited by hand, or written by a newer version): it is left as
   * it is and nothing is written until it is fixed or deleted; edits wait in the outbox meanwhile.
   */
  readonly invalidDocument: { readonly reason: string } | null;
}

/**
 * The rep's flags, reframes, reflections and logged calls. An edit shows at once and is saved in the
 * background, surviving reloads and outages; stores read it through {@link getSnapshot} and {@link subscribe}.
 * The Graph implementation lives in `notes.graph-repository.ts`.
 */
export interface NotesRepository {
  /**
   * Reads the document, from this browser's copy when Graph cannot be reached, and sends what is waiting.
   * Rejects when neither is available. Calling it again reads the document again.
   */
  load(): Promise<void>;
  getSnapshot(): NotesSnapshot;
  /** Calls `listener` after every change of the snapshot; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Applies an edit now and saves it in the background (kept until Graph has it). Edits made before `load` wait for it. */
  apply(edit: NotesEdit): void;
  /** Deletes everything stored for the user: the app folder's content, this browser's outbox and copy. */
  deleteAll(): Promise<void>;
  /** Stops all background work (a different user signed in): nothing more is sent. */
  dispose(): void;
}
