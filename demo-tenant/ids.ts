import { createHash } from "node:crypto";

/**
 * Identifiers derived from a seed key, never from a date or a counter, so that the same seeded thing keeps
 * its ID across restarts and days (the app stores flags by event ID) and tests can rely on them.
 */
function digest(parts: readonly string[]): Buffer {
  return createHash("sha256").update(parts.join("\u001f")).digest();
}

/** A GUID (version 4 layout) as Entra uses for user, tenant and call IDs. */
export function stableGuid(...parts: string[]): string {
  const hex = digest(parts).toString("hex");
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Shaped like an Exchange item ID (`AAMkA…`), URL-safe like the IDs Graph returns. */
export function stableItemId(...parts: string[]): string {
  return `AAMkAD${digest(parts).toString("base64url")}AAA=`;
}

/** A short lowercase hex token, e.g. for Teams thread keys and etags. */
export function stableHex(length: number, ...parts: string[]): string {
  return digest(parts).toString("hex").slice(0, length);
}

/** A 32-bit seed for the transcript PRNG. */
export function stableSeed(...parts: string[]): number {
  return digest(parts).readUInt32LE(0);
}

export function base64Url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}
