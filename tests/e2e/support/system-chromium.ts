import { existsSync } from "node:fs";

/** The system Chromium from Debian's `chromium` package; nothing here downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a headless Chromium as root on a machine whose network reaches only localhost. */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Fails with how to get Chromium when it is not there; `who` says what needs it ("Browser tests", "Lighthouse"). */
export function assertChromiumInstalled(who: string): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${who} need Chromium at ${CHROMIUM_PATH}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
}
