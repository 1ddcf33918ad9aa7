import { type DBSchema, type IDBPDatabase, openDB } from "idb";

/**
 * The name of an IndexedDB database that belongs to one signed-in user: `<prefix>-<hash of the user key>`.
 * One database per user keeps what one user cached from ever being read for another on a shared browser
 * profile; the hash keeps the name from saying who that is.
 */
export async function perUserDatabaseName(prefix: string, userKey: string): Promise<string> {
  return `${prefix}-${(await sha256Hex(userKey.toLowerCase())).slice(0, 32)}`;
}

/** SHA-256 of a text, as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Opens the database `<prefix>-<hash of the user key>` (see {@link perUserDatabaseName}), made by `upgrade` the first
 * time; `null` where IndexedDB is missing or cannot be opened (a locked-down or private browser), for the caller to
 * keep what it holds in memory instead. The database closes when a newer version of the app in another tab wants
 * to upgrade it.
 */
export async function openPerUserDatabase<Schema extends DBSchema>(
  prefix: string,
  userKey: string,
  version: number,
  upgrade: (database: IDBPDatabase<Schema>) => void,
): Promise<IDBPDatabase<Schema> | null> {
  if (typeof indexedDB === "undefined") return null;
  try {
    const database = await openDB<Schema>(await perUserDatabaseName(prefix, userKey), version, {
      upgrade,
      blocking() {
        database.close();
      },
    });
    return database;
  } catch {
    return null;
  }
}
