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
