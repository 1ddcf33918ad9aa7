import type { NotesRepository, NotesSnapshot, NotesSyncStatus } from "../../data/notes.repository.ts";
import { emptyNotesDocument, type NotesDocument } from "../../domain/notes/notes-document.ts";
import { applyEdit, type NotesEdit } from "../../domain/notes/notes-edit.ts";

interface Pending {
  resolve(): void;
  reject(reason: unknown): void;
}

/**
 * A test double of the notes repository: edits show at once and wait, as pending, until the test says what
 * Graph did with them (`confirmSaved`, `waitForNetwork`, `failSaving`); a load waits until the test answers it.
 */
export class FakeNotesRepository implements NotesRepository {
  /** Every edit applied, in order. */
  readonly applied: NotesEdit[] = [];
  readonly loadRequests: Pending[] = [];
  deleteAllCalls = 0;
  /** The stored document with the pending edits applied, edit by edit as the real repository does. */
  private view: NotesDocument = emptyNotesDocument();
  private pending: NotesEdit[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot: NotesSnapshot = this.takeSnapshot(false, "saved", null, null);

  load(): Promise<void> {
    return new Promise((resolve, reject) => this.loadRequests.push({ resolve, reject }));
  }

  /** Answers the latest load with `document` as the stored one. */
  answerLoad(
    document: NotesDocument = emptyNotesDocument(),
    invalidDocument: { reason: string } | null = null,
  ) {
    this.view = document;
    this.update({ loaded: true, invalidDocument, syncStatus: invalidDocument ? "failed" : "saved" });
    this.lastLoadRequest.resolve();
  }

  get lastLoadRequest(): Pending {
    const request = this.loadRequests.at(-1);
    if (!request) throw new Error("The notes have not been loaded");
    return request;
  }

  getSnapshot(): NotesSnapshot {
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  apply(edit: NotesEdit): void {
    this.applied.push(edit);
    this.pending.push(edit);
    this.view = applyEdit(this.view, edit);
    this.update({ syncStatus: this.snapshot.syncStatus === "saved" ? "saving" : this.snapshot.syncStatus });
  }

  /** Graph took every pending edit. */
  confirmSaved(): void {
    this.pending = [];
    this.update({ syncStatus: "saved", syncError: null });
  }

  /** Graph cannot be reached: the pending edits wait. */
  waitForNetwork(error: unknown): void {
    this.update({ syncStatus: "waitingForNetwork", syncError: error });
  }

  /** Graph refused in a way retrying does not fix. */
  failSaving(error: unknown): void {
    this.update({ syncStatus: "failed", syncError: error });
  }

  async deleteAll(): Promise<void> {
    this.deleteAllCalls += 1;
    this.view = emptyNotesDocument();
    this.pending = [];
    this.update({ syncStatus: "saved", invalidDocument: null, syncError: null });
  }

  dispose(): void {
    this.listeners.clear();
  }

  private update(change: {
    loaded?: boolean;
    syncStatus?: NotesSyncStatus;
    syncError?: unknown;
    invalidDocument?: { reason: string } | null;
  }): void {
    const current = this.snapshot;
    this.snapshot = this.takeSnapshot(
      change.loaded ?? current.loaded,
      change.syncStatus ?? current.syncStatus,
      "syncError" in change ? change.syncError : current.syncError,
      change.invalidDocument === undefined ? current.invalidDocument : change.invalidDocument,
    );
    for (const listener of this.listeners) listener();
  }

  private takeSnapshot(
    loaded: boolean,
    syncStatus: NotesSyncStatus,
    syncError: unknown,
    invalidDocument: { reason: string } | null,
  ): NotesSnapshot {
    return {
      loaded,
      document: this.view,
      pendingEdits: this.pending.length,
      syncStatus,
      syncError,
      invalidDocument,
    };
  }
}
