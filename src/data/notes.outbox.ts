import type { DBSchema, IDBPDatabase } from "idb";
import { parseNotesDocument } from "../domain/notes/notes-document.schema.ts";
import type { NotesDocument } from "../domain/notes/notes-document.ts";
import { parseNotesEdit } from "../domain/notes/notes-edit.schema.ts";
import type { NotesEdit } from "../domain/notes/notes-edit.ts";
import { openPerUserDatabase, perUserDatabaseName } from "./per-user-database.ts";

/** An edit waiting for Graph, with the tab that made it (or took it over). */
export interface OutboxEntry {
  /** Increasing in the order edits were added, across tabs: the order they are sent in. */
  readonly key: number;
  readonly owner: string;
  readonly edit: NotesEdit;
}

/** The last document this browser saw in OneDrive, with its eTag; `document` is `null` when there was no file. */
export interface CachedNotes {
  readonly document: NotesDocument | null;
  readonly eTag: string | null;
}

/**
 * This browser's copy of one user's unsent edits and of their last known document: edits survive a reload, a
 * crash or a closed tab while Graph cannot be reached, and the rep's flags show when the app starts offline.
 * Holds no tokens; the rep's own words only, in their own browser profile.
 */
export interface NotesOutbox {
  /** Keeps an edit of `owner` after every edit added before it; resolves with its key. */
  add(owner: string, edit: NotesEdit): Promise<number>;
  /**
   * The edits `owner` is to send, oldest first: its own, and those of tabs no longer open (`liveOwners` says
   * which are; `null` when that cannot be known, and then every other tab's edits are taken over). Entries
   * this version cannot read are left where they are.
   */
  claim(owner: string, liveOwners: ReadonlySet<string> | null): Promise<OutboxEntry[]>;
  /** Forgets edits that Graph now has. */
  remove(keys: readonly number[]): Promise<void>;
  readCache(): Promise<CachedNotes | null>;
  writeCache(notes: CachedNotes): Promise<void>;
  /** The key of the newest edit kept so far (`0` when there is none): what {@link clear} may clear up to. */
  lastKey(): Promise<number>;
  /**
   * Forgets the cached document and every edit up to `upToKey` (all when `null`), whichever tab made it:
   * an edit made after that point, while clearing was under way, is kept.
   */
  clear(upToKey: number | null): Promise<void>;
  close(): void;
}

interface StoredEntry {
  readonly owner: string;
  /** Validated when read back: it may have been written by another version of Momentum. */
  readonly edit: unknown;
}

interface OutboxSchema extends DBSchema {
  edits: { key: number; value: StoredEntry };
  cache: { key: string; value: { readonly document: unknown; readonly eTag: string | null } };
}

const DATABASE_PREFIX = "momentum-outbox";
const DATABASE_VERSION = 1;
const CACHE_KEY = "notes";

/**
 * The outbox of the user `userKey` (any stable identifier, e.g. their UPN) in IndexedDB, in a database named
 * after a hash of it (`momentum-outbox-<hash>`) so the name says nothing about who it belongs to. Where
 * IndexedDB cannot be opened (a locked-down browser), the edits are kept in memory for this page only.
 */
export async function openNotesOutbox(userKey: string): Promise<NotesOutbox> {
  const database = await openPerUserDatabase<OutboxSchema>(
    DATABASE_PREFIX,
    userKey,
    DATABASE_VERSION,
    (db) => {
      db.createObjectStore("edits", { autoIncrement: true });
      db.createObjectStore("cache");
    },
  );
  return database ? new IndexedDbNotesOutbox(database) : new MemoryNotesOutbox();
}

export function outboxDatabaseName(userKey: string): Promise<string> {
  return perUserDatabaseName(DATABASE_PREFIX, userKey);
}

class IndexedDbNotesOutbox implements NotesOutbox {
  constructor(private readonly database: IDBPDatabase<OutboxSchema>) {}

  add(owner: string, edit: NotesEdit): Promise<number> {
    return this.database.add("edits", { owner, edit });
  }

  async claim(owner: string, liveOwners: ReadonlySet<string> | null): Promise<OutboxEntry[]> {
    const transaction = this.database.transaction("edits", "readwrite");
    const claimed: OutboxEntry[] = [];
    for await (const cursor of transaction.store) {
      const edit = parseNotesEdit(cursor.value.edit);
      if (edit === null) continue;
      const entryOwner = cursor.value.owner;
      if (entryOwner !== owner) {
        if (liveOwners?.has(entryOwner)) continue;
        await cursor.update({ owner, edit: cursor.value.edit });
      }
      claimed.push({ key: cursor.key, owner, edit });
    }
    await transaction.done;
    return claimed;
  }

  async remove(keys: readonly number[]): Promise<void> {
    if (keys.length === 0) return;
    const transaction = this.database.transaction("edits", "readwrite");
    await Promise.all([...keys.map((key) => transaction.store.delete(key)), transaction.done]);
  }

  async readCache(): Promise<CachedNotes | null> {
    const cached = await this.database.get("cache", CACHE_KEY);
    if (!cached) return null;
    if (cached.document === null) return { document: null, eTag: cached.eTag };
    const parsed = parseNotesDocument(cached.document);
    return parsed.ok ? { document: parsed.document, eTag: cached.eTag } : null;
  }

  async writeCache(notes: CachedNotes): Promise<void> {
    await this.database.put("cache", notes, CACHE_KEY);
  }

  async lastKey(): Promise<number> {
    const cursor = await this.database.transaction("edits").store.openKeyCursor(null, "prev");
    return cursor?.key ?? 0;
  }

  async clear(upToKey: number | null): Promise<void> {
    const transaction = this.database.transaction(["edits", "cache"], "readwrite");
    const range = upToKey === null ? null : IDBKeyRange.upperBound(upToKey);
    await Promise.all([
      transaction.objectStore("edits").delete(range ?? IDBKeyRange.lowerBound(Number.NEGATIVE_INFINITY)),
      transaction.objectStore("cache").clear(),
      transaction.done,
    ]);
  }

  close(): void {
    this.database.close();
  }
}

/** The same contract, for this page only. */
export class MemoryNotesOutbox implements NotesOutbox {
  private entries: Array<{ key: number; owner: string; edit: NotesEdit }> = [];
  private cache: CachedNotes | null = null;
  private nextKey = 1;

  async add(owner: string, edit: NotesEdit): Promise<number> {
    const key = this.nextKey++;
    this.entries.push({ key, owner, edit: structuredClone(edit) });
    return key;
  }

  async claim(owner: string, liveOwners: ReadonlySet<string> | null): Promise<OutboxEntry[]> {
    const claimable = this.entries.filter((entry) => entry.owner === owner || !liveOwners?.has(entry.owner));
    for (const entry of claimable) entry.owner = owner;
    return claimable.map((entry) => ({ ...entry }));
  }

  async remove(keys: readonly number[]): Promise<void> {
    const removed = new Set(keys);
    this.entries = this.entries.filter((entry) => !removed.has(entry.key));
  }

  async readCache(): Promise<CachedNotes | null> {
    return this.cache;
  }

  async writeCache(notes: CachedNotes): Promise<void> {
    this.cache = notes;
  }

  async lastKey(): Promise<number> {
    return this.entries.at(-1)?.key ?? 0;
  }

  async clear(upToKey: number | null): Promise<void> {
    this.entries = this.entries.filter((entry) => upToKey !== null && entry.key > upToKey);
    this.cache = null;
  }

  close(): void {}
}
