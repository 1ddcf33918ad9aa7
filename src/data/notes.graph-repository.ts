import { parseNotesDocumentText } from "../domain/notes/notes-document.schema.ts";
import { emptyNotesDocument, type NotesDocument } from "../domain/notes/notes-document.ts";
import { applyEdit, applyEdits, type NotesEdit } from "../domain/notes/notes-edit.ts";
import {
  APP_DATA_FOLDER,
  type AppFolderFile,
  deleteAppFolderItem,
  readAppFolderFile,
  writeAppFolderFile,
} from "../graph/app-folder.graph.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { GraphRequestError } from "../graph/graph-error.ts";
import { getMe } from "../graph/me.graph.ts";
import { type NotesOutbox, openNotesOutbox } from "./notes.outbox.ts";
import type { NotesRepository, NotesSnapshot, NotesSyncStatus } from "./notes.repository.ts";
import { claimTabPresence, type TabPresence } from "./notes.tab-presence.ts";

/** The rep's notes in their app folder: `Apps/<app name>/momentum/notes.json`. */
export const NOTES_FILE_PATH = `${APP_DATA_FOLDER}/notes.json`;

/** What the browser knows of its connection. */
export interface Connectivity {
  /** `false` only when the browser knows it is offline (`navigator.onLine`); `true` proves nothing. */
  isOnline(): boolean;
  /** Calls `listener` when the browser is back online; returns the unsubscribe function. */
  onOnline(listener: () => void): () => void;
}

export interface GraphNotesRepositoryOptions {
  /**
   * Any stable identifier of the signed-in user, such as their UPN, naming this browser's outbox. It lets the
   * app show the rep's notes when it starts offline; without it, the repository asks Graph (`GET /me`).
   */
  readonly userKey?: string | null;
  readonly now?: () => Date;
  /** Fetches the file's pre-authenticated download URL; defaults to the global `fetch`. */
  readonly download?: typeof fetch;
  readonly openOutbox?: (userKey: string) => Promise<NotesOutbox>;
  readonly claimPresence?: () => Promise<TabPresence>;
  readonly connectivity?: Connectivity;
  /** The waits before trying again while Graph cannot be reached, one per failed attempt, the last repeated. */
  readonly retryDelaysMs?: readonly number[];
  /** How often one save reads, merges and writes again after losing a race (412) before it waits and retries. */
  readonly maxConflictRetries?: number;
}

const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000, 60_000, 120_000, 300_000];
const DEFAULT_MAX_CONFLICT_RETRIES = 5;

/** An edit not yet confirmed by Graph. */
interface PendingEdit {
  readonly edit: NotesEdit;
  /** Its outbox key once handed to the outbox (`null` if the outbox could not keep it); unset before `load`. */
  stored?: Promise<number | null>;
}

/** What OneDrive holds, as far as this tab knows. */
interface RemoteState {
  /** `null` when there is no file, or when the file is invalid. */
  readonly document: NotesDocument | null;
  /** What the next write sends as `If-Match`; `null` to create the file. */
  readonly eTag: string | null;
  /** Read from this browser's copy when Graph could not be reached: read OneDrive before writing. */
  readonly fromCache: boolean;
}

/** The stored document failed validation: nothing is written until it is fixed or deleted. */
class InvalidStoredDocument extends Error {}

/**
 * The rep's notes in their OneDrive app folder, with an IndexedDB outbox so that no edit is lost.
 *
 * - An edit is applied to what the rep sees at once, kept in the outbox (per user; tagged with this tab) and
 *   sent in the background. One task reads or writes OneDrive at a time; a save sends every pending edit, in
 *   the order they were made, in one write.
 * - A write carries the eTag of the document it was built on (`If-Match`). On a 412 the document is read
 *   again and the pending edits are applied to it anew (each edit is stamped, so the newer edit of a field
 *   wins, field by field), then written again, a bounded number of times. Rebuilding from the stored document
 *   and the edits, rather than merging two documents, respects what happened in between, such as another tab
 *   deleting everything.
 * - An edit leaves the outbox only after a write that included it succeeded. If an answer is lost after the
 *   write went through, the edit is sent again and changes nothing (it is already there): exactly once in effect.
 * - When Graph cannot be reached (no connection, 5xx or 429 after the client's own retries) the edits wait and
 *   go when the browser is back online, after a backoff, or with the next edit; while the browser knows it is
 *   offline nothing is tried until it is back. Edits of tabs that were closed before sending are taken over by
 *   the next tab that loads.
 * - A stored document that fails validation is reported and never written over.
 */
export class GraphNotesRepository implements NotesRepository {
  private readonly now: () => Date;
  private readonly retryDelaysMs: readonly number[];
  private readonly maxConflictRetries: number;
  private readonly lifetime = new AbortController();
  private readonly listeners = new Set<() => void>();
  private readonly connectivity: Connectivity;
  private readonly stopListening: () => void;

  private userKey: string | null;
  private outbox: NotesOutbox | null = null;
  private presence: TabPresence | null = null;
  private remote: RemoteState = { document: null, eTag: null, fromCache: false };
  private pending: PendingEdit[] = [];
  /** The remote document with the pending edits applied: what the rep sees. */
  private view: NotesDocument = emptyNotesDocument();
  private loaded = false;
  private invalid: { readonly reason: string } | null = null;
  private syncStatus: NotesSyncStatus = "saved";
  private syncError: unknown = null;
  private snapshot: NotesSnapshot;

  /** Work that reads or writes OneDrive, one task after the other. */
  private queue: Promise<void> = Promise.resolve();
  private syncQueued = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failedAttempts = 0;

  constructor(
    private readonly client: GraphClient,
    private readonly options: GraphNotesRepositoryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.maxConflictRetries = options.maxConflictRetries ?? DEFAULT_MAX_CONFLICT_RETRIES;
    this.userKey = options.userKey || null;
    this.snapshot = this.takeSnapshot();
    this.connectivity = options.connectivity ?? browserConnectivity;
    this.stopListening = this.connectivity.onOnline(() => this.retryNow());
  }

  getSnapshot(): NotesSnapshot {
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  load(): Promise<void> {
    return this.enqueue(() => this.loadNow());
  }

  apply(edit: NotesEdit): void {
    if (this.lifetime.signal.aborted) throw new Error("The notes repository was disposed");
    const entry: PendingEdit = { edit };
    if (this.outbox && this.presence) entry.stored = keep(this.outbox, this.presence.tabId, edit);
    this.pending.push(entry);
    this.view = applyEdit(this.view, edit);
    if (this.syncStatus === "saved" || (this.syncStatus === "failed" && !this.invalid)) {
      this.syncStatus = "saving";
    }
    this.publish();
    this.requestSync();
  }

  deleteAll(): Promise<void> {
    return this.enqueue(() => this.deleteAllNow());
  }

  dispose(): void {
    this.lifetime.abort();
    this.clearRetryTimer();
    this.stopListening();
    this.presence?.release();
    this.outbox?.close();
    this.listeners.clear();
  }

  private async loadNow(): Promise<void> {
    // The stored document is on its way while this browser's outbox opens: neither waits for the other.
    const file = this.connectivity.isOnline()
      ? this.fetchRemote()
      : // Known to be offline: show this browser's copy now rather than after the client's retries.
        Promise.reject(offlineError());
    // Handled below, once the outbox is open; if opening it fails, that failure is the one reported.
    file.catch(() => undefined);
    const outbox = await this.openOutbox();
    try {
      await this.takeRemote(await file);
    } catch (error) {
      const cached = isTransient(error) ? await outbox.readCache().catch(() => null) : null;
      if (!cached) throw error;
      this.remote = { ...cached, fromCache: true };
      this.loaded = true;
      this.rebuildView();
      this.syncFailed(error);
      return;
    }
    this.loaded = true;
    this.rebuildView();
    this.publish();
    this.requestSync();
  }

  /** Opens this user's outbox and takes up the edits waiting in it: this tab's, and those of closed tabs. */
  private async openOutbox(): Promise<NotesOutbox> {
    if (this.outbox) return this.outbox;
    const signal = this.lifetime.signal;
    const userKey = this.userKey ?? (await getMe(this.client, signal)).userPrincipalName;
    this.userKey = userKey;
    const outbox = await (this.options.openOutbox ?? openNotesOutbox)(userKey);
    const presence = await (this.options.claimPresence ?? claimTabPresence)();
    const claimed = await outbox.claim(presence.tabId, await presence.liveTabs());
    if (signal.aborted) {
      outbox.close();
      presence.release();
      signal.throwIfAborted();
    }
    // Edits of earlier sessions were made before any of this one.
    for (const entry of this.pending) entry.stored = keep(outbox, presence.tabId, entry.edit);
    this.pending = [
      ...claimed.map((entry): PendingEdit => ({ edit: entry.edit, stored: Promise.resolve(entry.key) })),
      ...this.pending,
    ];
    this.outbox = outbox;
    this.presence = presence;
    return outbox;
  }

  private requestSync(): void {
    if (this.syncQueued || !this.loaded || this.invalid || this.lifetime.signal.aborted) return;
    this.syncQueued = true;
    this.enqueue(() => this.syncNow()).catch(() => undefined);
  }

  private retryNow(): void {
    this.clearRetryTimer();
    this.requestSync();
  }

  /** Sends every pending edit, in order, until none is left or Graph cannot take them now. */
  private async syncNow(): Promise<void> {
    this.syncQueued = false;
    this.clearRetryTimer();
    if (!this.loaded || this.invalid) return;
    try {
      // Known to be offline: wait for the browser's `online` event instead of trying and retrying in vain.
      if (!this.connectivity.isOnline()) throw offlineError();
      if (this.remote.fromCache) {
        await this.readRemote();
        this.rebuildView();
        this.publish();
        if (this.invalid) return;
      }
      while (this.pending.length > 0) {
        const batch = this.pending.slice();
        await this.write(batch.map((entry) => entry.edit));
        // Out of the outbox before the rep is told it is saved, so a reload right then does not send it again.
        await this.forget(batch);
        this.pending = this.pending.slice(batch.length);
        this.failedAttempts = 0;
        this.syncError = null;
        this.syncStatus = this.pending.length > 0 ? "saving" : "saved";
        this.rebuildView();
        this.publish();
      }
    } catch (error) {
      this.syncFailed(error);
    }
  }

  /**
   * Writes the stored document with `edits` applied. After a 412 it reads the document again and rebuilds
   * from that, a bounded number of times; when the edits change nothing (already stored), it writes nothing.
   */
  private async write(edits: readonly NotesEdit[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const base = this.remote;
      const merged = applyEdits(base.document ?? emptyNotesDocument(), edits);
      if (merged === base.document) return;
      const document: NotesDocument = { ...merged, updatedAt: this.now().toISOString() };
      try {
        const eTag = await writeAppFolderFile(this.client, NOTES_FILE_PATH, serialize(document), {
          eTag: base.eTag,
          signal: this.lifetime.signal,
        });
        this.remote = { document, eTag, fromCache: false };
        await this.saveCopy();
        return;
      } catch (error) {
        const conflict = error instanceof GraphRequestError && error.kind === "preconditionFailed";
        if (!conflict || attempt >= this.maxConflictRetries) throw error;
      }
      await this.readRemote();
      if (this.invalid) throw new InvalidStoredDocument(this.invalid.reason);
    }
  }

  /** Reads the stored document; one that fails validation is recorded as invalid and left as it is. */
  private async readRemote(): Promise<void> {
    await this.takeRemote(await this.fetchRemote());
  }

  private fetchRemote(): Promise<AppFolderFile | null> {
    return readAppFolderFile(this.client, NOTES_FILE_PATH, {
      signal: this.lifetime.signal,
      ...(this.options.download && { download: this.options.download }),
    });
  }

  /** Takes the stored document as read (`null`: none yet) as the one edits apply to, unless it fails validation. */
  private async takeRemote(file: AppFolderFile | null): Promise<void> {
    if (file === null) {
      this.remote = { document: null, eTag: null, fromCache: false };
      this.invalid = null;
      await this.saveCopy();
      return;
    }
    const parsed = parseNotesDocumentText(file.body);
    if (parsed.ok) {
      this.remote = { document: parsed.document, eTag: file.eTag, fromCache: false };
      this.invalid = null;
      await this.saveCopy();
    } else {
      this.remote = { document: null, eTag: file.eTag, fromCache: false };
      this.invalid = { reason: parsed.reason };
      this.syncStatus = "failed";
    }
  }

  private async deleteAllNow(): Promise<void> {
    const outbox = await this.openOutbox();
    this.clearRetryTimer();
    // What exists now goes; an edit made while the deletion is under way is kept and saved afterwards.
    const doomed = this.pending.length;
    const upToKey = outbox.lastKey();
    try {
      await deleteAppFolderItem(this.client, APP_DATA_FOLDER, { signal: this.lifetime.signal });
      await outbox.clear(await upToKey);
    } catch (error) {
      this.requestSync();
      throw error;
    }
    this.pending = this.pending.slice(doomed);
    this.remote = { document: null, eTag: null, fromCache: false };
    this.invalid = null;
    this.loaded = true;
    this.syncError = null;
    this.failedAttempts = 0;
    this.syncStatus = this.pending.length > 0 ? "saving" : "saved";
    this.rebuildView();
    this.publish();
    this.requestSync();
  }

  private syncFailed(error: unknown): void {
    if (this.lifetime.signal.aborted) return;
    if (error instanceof InvalidStoredDocument) {
      this.syncStatus = "failed";
    } else if (isTransient(error)) {
      this.syncError = error;
      if (this.connectivity.isOnline()) this.scheduleRetry();
      // With nothing to send, nothing is waiting: the retry only reads a fresher copy.
      if (this.pending.length > 0) {
        const conflict = error instanceof GraphRequestError && error.kind === "preconditionFailed";
        this.syncStatus = conflict ? "saving" : "waitingForNetwork";
      }
    } else {
      this.syncError = error;
      this.syncStatus = "failed";
    }
    this.publish();
  }

  private scheduleRetry(): void {
    this.clearRetryTimer();
    const delay = this.retryDelaysMs[Math.min(this.failedAttempts, this.retryDelaysMs.length - 1)] ?? 0;
    this.failedAttempts += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.requestSync();
    }, delay);
  }

  private clearRetryTimer(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Removes from the outbox the edits that Graph now has. A failure only means they are sent again, to no effect. */
  private async forget(batch: readonly PendingEdit[]): Promise<void> {
    const keys = await Promise.all(batch.map((entry) => entry.stored ?? Promise.resolve(null)));
    await this.outbox?.remove(keys.filter((key): key is number => key !== null)).catch(() => undefined);
  }

  /** This browser's copy of what OneDrive holds, for starting offline; losing it costs nothing else. */
  private async saveCopy(): Promise<void> {
    await this.outbox
      ?.writeCache({ document: this.remote.document, eTag: this.remote.eTag })
      .catch(() => undefined);
  }

  private rebuildView(): void {
    this.view = applyEdits(
      this.remote.document ?? emptyNotesDocument(),
      this.pending.map((entry) => entry.edit),
    );
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => {
      this.lifetime.signal.throwIfAborted();
      return task();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private publish(): void {
    if (this.lifetime.signal.aborted) return;
    this.snapshot = this.takeSnapshot();
    for (const listener of this.listeners) listener();
  }

  private takeSnapshot(): NotesSnapshot {
    return {
      loaded: this.loaded,
      document: this.view,
      pendingEdits: this.pending.length,
      syncStatus: this.syncStatus,
      syncError: this.syncError,
      invalidDocument: this.invalid,
    };
  }
}

function keep(outbox: NotesOutbox, owner: string, edit: NotesEdit): Promise<number | null> {
  // If the outbox cannot keep it, the edit still goes out from memory; only a reload before then would lose it.
  return outbox.add(owner, edit).catch(() => null);
}

/** What trying again later can fix: no connection, Graph busy or down, or losing the same race again and again. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof GraphRequestError)) return false;
  return (
    error.kind === "network" ||
    error.kind === "unavailable" ||
    error.kind === "throttled" ||
    error.kind === "preconditionFailed" ||
    (error.status !== null && error.status >= 500)
  );
}

/** Indented, so a person who opens the file in OneDrive can read it. */
function serialize(document: NotesDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

function offlineError(): GraphRequestError {
  return new GraphRequestError("The browser is offline", { kind: "network", status: null });
}

const browserConnectivity: Connectivity = {
  isOnline: () => typeof navigator === "undefined" || navigator.onLine !== false,
  onOnline(listener) {
    if (typeof globalThis.addEventListener !== "function") return () => {};
    globalThis.addEventListener("online", listener);
    return () => globalThis.removeEventListener("online", listener);
  },
};
