/**
 * Which tabs of this app are open, so that one tab takes over the unsent edits of a tab that was closed
 * (or crashed, or reloaded) and leaves alone those of a tab that is still open and sending them itself.
 * Each tab holds a Web Lock named after it for as long as it lives; the browser releases it when the tab goes.
 */
export interface TabPresence {
  /** This tab's ID: the owner of the edits it makes. */
  readonly tabId: string;
  /** The IDs of the tabs open now (this one included); `null` where the browser cannot tell. */
  liveTabs(): Promise<ReadonlySet<string> | null>;
  /** Gives up this tab's presence (its edits may then be taken over). */
  release(): void;
}

const LOCK_PREFIX = "momentum-tab:";

/** This tab's presence; without the Web Locks API (old browsers, Node) every other tab counts as gone. */
export async function claimTabPresence(): Promise<TabPresence> {
  const tabId = crypto.randomUUID();
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks) return { tabId, liveTabs: async () => null, release: () => {} };

  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await new Promise<void>((granted, failed) => {
    locks
      .request(`${LOCK_PREFIX}${tabId}`, () => {
        granted();
        return held;
      })
      .catch(failed);
  });
  return {
    tabId,
    async liveTabs() {
      const { held: locksHeld = [] } = await locks.query();
      return new Set(
        locksHeld.flatMap(({ name }) =>
          name?.startsWith(LOCK_PREFIX) ? [name.slice(LOCK_PREFIX.length)] : [],
        ),
      );
    },
    release,
  };
}
