import { afterEach, describe, expect, it, vi } from "vitest";
import { claimTabPresence } from "./notes.tab-presence.ts";

/** Just enough of the Web Locks API: exclusive locks held until the callback's promise settles. */
function fakeLockManager() {
  const held = new Set<string>();
  return {
    async request(name: string, callback: () => Promise<void>) {
      held.add(name);
      try {
        await callback();
      } finally {
        held.delete(name);
      }
    },
    async query() {
      return { held: [...held].map((name) => ({ name, mode: "exclusive" })) };
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("claimTabPresence", () => {
  it("counts a tab as open until it releases its presence", async () => {
    vi.stubGlobal("navigator", { locks: fakeLockManager() });
    const first = await claimTabPresence();
    const second = await claimTabPresence();

    expect(await first.liveTabs()).toEqual(new Set([first.tabId, second.tabId]));

    second.release();

    await vi.waitFor(async () => expect(await first.liveTabs()).toEqual(new Set([first.tabId])));
  });

  it("cannot tell which tabs are open without the Web Locks API", async () => {
    vi.stubGlobal("navigator", {});

    const presence = await claimTabPresence();

    expect(presence.tabId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await presence.liveTabs()).toBeNull();
  });
});
