import type { DBSchema, IDBPDatabase } from "idb";
import { RECENT_DAYS } from "./calls.repository.ts";
import { openPerUserDatabase, perUserDatabaseName, sha256Hex } from "./per-user-database.ts";

/**
 * This browser's memory of which online meeting each Teams join URL belongs to, kept across sessions: a
 * meeting's ID never changes, and without it listing a meeting's transcripts first costs a lookup by join URL,
 * a second dependent round trip per 20 meetings. Only meetings that were found are kept: one Graph could not
 * find may get its Teams link later, so it is asked about again.
 *
 * It holds IDs only, never a transcript or a token, and not even the join URLs (which let anyone with them join
 * a meeting): entries are keyed by a hash of the URL. A cache that cannot read or keep something treats it as a
 * miss: it never fails the rep's request.
 */
export interface OnlineMeetingIdCache {
  /** The online meeting IDs kept for those of `joinUrls` that have one, by join URL. */
  get(joinUrls: readonly string[]): Promise<Map<string, string>>;
  /** Keeps online meeting IDs by join URL, and forgets the meetings not used for {@link MEETING_ID_MAX_AGE_MS}. */
  put(meetingIds: ReadonlyMap<string, string>): Promise<void>;
  /** Forgets every meeting of this user (deleting one's data); rejects when storage would not let it. */
  clear(): Promise<void>;
  close(): void;
}

/**
 * The calls list shows {@link RECENT_DAYS} days; twice that keeps a recurring meeting (one join URL for all its
 * occurrences) through a holiday, while a meeting that left the list is forgotten a fortnight later.
 */
export const MEETING_ID_MAX_AGE_MS = 2 * RECENT_DAYS * 24 * 60 * 60 * 1000;

export interface OnlineMeetingIdCacheOptions {
  /** When an entry was last used, in ms since the epoch; injectable for tests. */
  readonly now?: () => number;
}

interface CachedMeetingId {
  readonly meetingId: string;
  /** When it was last stored or read, in ms since the epoch. */
  readonly usedAt: number;
}

interface OnlineMeetingIdCacheSchema extends DBSchema {
  meetingIds: { key: string; value: CachedMeetingId; indexes: { usedAt: number } };
}

const DATABASE_PREFIX = "momentum-meeting-ids";
const DATABASE_VERSION = 1;

/**
 * The cache of the user `userKey` (any stable identifier, e.g. their UPN) in IndexedDB, in a database named
 * after a hash of it (`momentum-meeting-ids-<hash>`), so that what one user looked up is never used for another
 * who signs in on the same browser. Where IndexedDB cannot be opened (a locked-down or private browser), nothing
 * is kept beyond the page: the calls repository's own memory serves the session.
 */
export async function openOnlineMeetingIdCache(
  userKey: string,
  options: OnlineMeetingIdCacheOptions = {},
): Promise<OnlineMeetingIdCache> {
  const database = await openPerUserDatabase<OnlineMeetingIdCacheSchema>(
    DATABASE_PREFIX,
    userKey,
    DATABASE_VERSION,
    (db) => db.createObjectStore("meetingIds").createIndex("usedAt", "usedAt"),
  );
  return database ? new IndexedDbOnlineMeetingIdCache(database, options.now ?? Date.now) : NO_CACHE;
}

export function onlineMeetingIdCacheDatabaseName(userKey: string): Promise<string> {
  return perUserDatabaseName(DATABASE_PREFIX, userKey);
}

class IndexedDbOnlineMeetingIdCache implements OnlineMeetingIdCache {
  constructor(
    private readonly database: IDBPDatabase<OnlineMeetingIdCacheSchema>,
    private readonly now: () => number,
  ) {}

  async get(joinUrls: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    try {
      const keys = await Promise.all(joinUrls.map(sha256Hex));
      const usedAt = this.now();
      const transaction = this.database.transaction("meetingIds", "readwrite");
      await Promise.all(
        joinUrls.map(async (joinUrl, index) => {
          const key = keys[index] ?? "";
          const cached = await transaction.store.get(key);
          if (typeof cached?.meetingId !== "string") return;
          found.set(joinUrl, cached.meetingId);
          await transaction.store.put({ meetingId: cached.meetingId, usedAt }, key);
        }),
      );
      await transaction.done;
      return found;
    } catch {
      return new Map();
    }
  }

  async put(meetingIds: ReadonlyMap<string, string>): Promise<void> {
    try {
      const entries = await Promise.all(
        [...meetingIds].map(async ([joinUrl, meetingId]) => ({ key: await sha256Hex(joinUrl), meetingId })),
      );
      const usedAt = this.now();
      const transaction = this.database.transaction("meetingIds", "readwrite");
      await Promise.all(
        entries.map(({ key, meetingId }) => transaction.store.put({ meetingId, usedAt }, key)),
      );
      let stale = await transaction.store
        .index("usedAt")
        .openCursor(IDBKeyRange.upperBound(usedAt - MEETING_ID_MAX_AGE_MS, true));
      while (stale) {
        await stale.delete();
        stale = await stale.continue();
      }
      await transaction.done;
    } catch {
      // Full or unavailable storage: the meetings are simply looked up again next session.
    }
  }

  async clear(): Promise<void> {
    await this.database.clear("meetingIds");
  }

  close(): void {
    this.database.close();
  }
}

/** Keeps nothing: every meeting is a miss. */
const NO_CACHE: OnlineMeetingIdCache = {
  get: async () => new Map(),
  put: async () => {},
  clear: async () => {},
  close: () => {},
};
