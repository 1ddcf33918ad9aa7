// Characters per `String.fromCharCode` call: far below any engine's argument limit.
const CHUNK_SIZE = 0x8000;

/** Base64 of bytes, with browser APIs only (there is no `Buffer` in the browser). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let offset = 0; offset < bytes.length; offset += CHUNK_SIZE) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + CHUNK_SIZE));
  }
  return btoa(binary);
}
