import type { DBSchema, IDBPDatabase } from "idb";
import { openPerUserDatabase, perUserDatabaseName } from "./per-user-database.ts";

/**
 * This browser's copy of the transcripts the rep opened, by call ID, so that opening a call again costs no
 * Graph round trip. A transcript does not change once Teams has made it, so a copy never goes stale; the least
 * recently read are dropped beyond {@link MOST_CACHED_TRANSCRIPTS}. The copies stay in the rep's own browser
 * profile: nothing here sends or logs them.
 *
 * A cache that cannot read or keep something treats it as a miss: it never fails the rep's request.
 */
export interface TranscriptCache {
  /** The WebVTT text kept for the call, or `null`. */
  get(callId: string): Promise<string | null>;
  put(callId: string, vtt: string): Promise<void>;
  /** Forgets every transcript of this user (deleting one's data, signing out). */
  clear(): Promise<void>;
  close(): void;
}

/** Two weeks of a busy rep's Teams calls; an hour of transcript is about 100 kB. */
export const MOST_CACHED_TRANSCRIPTS = 60;

export interface TranscriptCacheOptions {
  readonly maxEntries?: number;
  /** Orders entries by last use; injectable for tests. */
  readonly now?: () => number;
}

interface CachedTranscript {
  readonly vtt: string;
  /** When it was last stored or read, in ms since the epoch. */
  readonly usedAt: number;
}

interface TranscriptCacheSchema extends DBSchema {
  transcripts: { key: string; value: CachedTranscript; indexes: { usedAt: number } };
}

const DATABASE_PREFIX = "momentum-transcripts";
const DATABASE_VERSION = 1;

/**
 * The cache of the user `userKey` (any stable identifier, e.g. their UPN) in IndexedDB, in a database named
 * after a hash of it (`momentum-transcripts-<hash>`), so that one user's transcripts are never shown to another
 * who signs in on the same browser, and the name says nothing about whose they are. Where IndexedDB cannot be
 * opened (a locked-down or private browser), transcripts are kept in memory for this page only.
 */
export async function openTranscriptCache(
  userKey: string,
  options: TranscriptCacheOptions = {},
): Promise<TranscriptCache> {
  const database = await openPerUserDatabase<TranscriptCacheSchema>(
    DATABASE_PREFIX,
    userKey,
    DATABASE_VERSION,
    (db) => db.createObjectStore("transcripts").createIndex("usedAt", "usedAt"),
  );
  return database ? new IndexedDbTranscriptCache(database, options) : new MemoryTranscriptCache(options);
}

export function transcriptCacheDatabaseName(userKey: string): Promise<string> {
  return perUserDatabaseName(DATABASE_PREFIX, userKey);
}

class IndexedDbTranscriptCache implements TranscriptCache {
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly database: IDBPDatabase<TranscriptCacheSchema>,
    options: TranscriptCacheOptions,
  ) {
    this.maxEntries = options.maxEntries ?? MOST_CACHED_TRANSCRIPTS;
    this.now = options.now ?? Date.now;
  }

  async get(callId: string): Promise<string | null> {
    try {
      const transaction = this.database.transaction("transcripts", "readwrite");
      const cached = await transaction.store.get(callId);
      if (cached) await transaction.store.put({ vtt: cached.vtt, usedAt: this.now() }, callId);
      await transaction.done;
      return typeof cached?.vtt === "string" ? cached.vtt : null;
    } catch {
      return null;
    }
  }

  async put(callId: string, vtt: string): Promise<void> {
    try {
      const transaction = this.database.transaction("transcripts", "readwrite");
      await transaction.store.put({ vtt, usedAt: this.now() }, callId);
      let excess = (await transaction.store.count()) - this.maxEntries;
      let oldest = await transaction.store.index("usedAt").openCursor();
      while (oldest && excess > 0) {
        await oldest.delete();
        excess--;
        oldest = await oldest.continue();
      }
      await transaction.done;
    } catch {
      // Full or unavailable storage: the transcript is simply read from Graph again next time.
    }
  }

  async clear(): Promise<void> {
    await this.database.clear("transcripts");
  }

  close(): void {
    this.database.close();
  }
}

/** The same contract, for this page only. */
export class MemoryTranscriptCache implements TranscriptCache {
  private readonly entries = new Map<string, string>();
  private readonly maxEntries: number;

  constructor(options: TranscriptCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? MOST_CACHED_TRANSCRIPTS;
  }

  async get(callId: string): Promise<string | null> {
    const vtt = this.entries.get(callId);
    if (vtt === undefined) return null;
    // A Map iterates in insertion order: moving an entry to the end keeps the least recently used first.
    this.entries.delete(callId);
    this.entries.set(callId, vtt);
    return vtt;
  }

  async put(callId: string, vtt: string): Promise<void> {
    this.entries.delete(callId);
    this.entries.set(callId, vtt);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  async clear(): Promise<void> {
    this.entries.clear();
  }

  close(): void {}
}
