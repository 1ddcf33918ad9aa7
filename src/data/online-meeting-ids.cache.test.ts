import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  MEETING_ID_MAX_AGE_MS,
  onlineMeetingIdCacheDatabaseName,
  openOnlineMeetingIdCache,
} from "./online-meeting-ids.cache.ts";

let users = 0;
/** A fresh user, so every test has its own database. */
const newUser = () => `rep-${++users}@contoso.example`;

const joinUrl = (meeting: string) =>
  `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${meeting}%40thread.v2/0`;

afterEach(() => vi.unstubAllGlobals());

describe("openOnlineMeetingIdCache", () => {
  it("gives back the meeting IDs it kept, in a later session too, and nothing for other meetings", async () => {
    const daan = newUser();
    const first = await openOnlineMeetingIdCache(daan);
    await first.put(new Map([[joinUrl("a"), "meeting-a"]]));
    first.close();

    const next = await openOnlineMeetingIdCache(daan);

    expect(await next.get([joinUrl("a"), joinUrl("b")])).toEqual(new Map([[joinUrl("a"), "meeting-a"]]));
  });

  it("keeps each user's meetings apart", async () => {
    const daan = await openOnlineMeetingIdCache(newUser());
    await daan.put(new Map([[joinUrl("a"), "meeting-a"]]));

    const megan = await openOnlineMeetingIdCache(newUser());

    expect(await megan.get([joinUrl("a")])).toEqual(new Map());
  });

  it("forgets meetings not used for longer than the calls list looks back, and keeps those used since", async () => {
    let now = 1_000_000;
    const cache = await openOnlineMeetingIdCache(newUser(), { now: () => now });
    await cache.put(
      new Map([
        [joinUrl("old"), "meeting-old"],
        [joinUrl("weekly"), "meeting-weekly"],
      ]),
    );
    now += MEETING_ID_MAX_AGE_MS / 2;
    await cache.get([joinUrl("weekly")]);

    now += MEETING_ID_MAX_AGE_MS / 2 + 1;
    await cache.put(new Map([[joinUrl("new"), "meeting-new"]]));

    expect(await cache.get([joinUrl("old"), joinUrl("weekly"), joinUrl("new")])).toEqual(
      new Map([
        [joinUrl("weekly"), "meeting-weekly"],
        [joinUrl("new"), "meeting-new"],
      ]),
    );
  });

  it("forgets every meeting of this user when cleared, for later sessions too, and no other user's", async () => {
    const daan = newUser();
    const megan = await openOnlineMeetingIdCache(newUser());
    await megan.put(new Map([[joinUrl("a"), "meeting-a"]]));
    const first = await openOnlineMeetingIdCache(daan);
    await first.put(
      new Map([
        [joinUrl("a"), "meeting-a"],
        [joinUrl("b"), "meeting-b"],
      ]),
    );

    await first.clear();
    first.close();

    const next = await openOnlineMeetingIdCache(daan);
    expect(await next.get([joinUrl("a"), joinUrl("b")])).toEqual(new Map());
    expect(await megan.get([joinUrl("a")])).toEqual(new Map([[joinUrl("a"), "meeting-a"]]));
  });

  it("keeps no join URL, only a hash of it", async () => {
    const user = newUser();
    const cache = await openOnlineMeetingIdCache(user);
    await cache.put(new Map([[joinUrl("a"), "meeting-a"]]));
    cache.close();

    const request = indexedDB.open(await onlineMeetingIdCacheDatabaseName(user));
    const database = await new Promise<IDBDatabase>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    const keys = database.transaction("meetingIds").objectStore("meetingIds").getAllKeys();
    const stored = await new Promise<IDBValidKey[]>((resolve) => {
      keys.onsuccess = () => resolve(keys.result);
    });
    database.close();

    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("names the database after a hash of the user, not the user", async () => {
    const name = await onlineMeetingIdCacheDatabaseName("Daan.Visser@contoso.example");

    expect(name).toMatch(/^momentum-meeting-ids-[0-9a-f]{32}$/);
    expect(name).toBe(await onlineMeetingIdCacheDatabaseName("daan.visser@contoso.example"));
    expect(name).not.toBe(await onlineMeetingIdCacheDatabaseName("megan.bowen@contoso.example"));
  });

  it.each([
    ["there is no IndexedDB", undefined],
    [
      "IndexedDB refuses to open",
      {
        open: () => {
          throw new DOMException("The user denied permission", "SecurityError");
        },
      },
    ],
  ])("keeps nothing, and fails nothing, when %s", async (_case, indexedDb) => {
    vi.stubGlobal("indexedDB", indexedDb);

    const cache = await openOnlineMeetingIdCache(newUser());
    await cache.put(new Map([[joinUrl("a"), "meeting-a"]]));

    expect(await cache.get([joinUrl("a")])).toEqual(new Map());
  });
});
