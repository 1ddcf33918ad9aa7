import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import {
  MemoryTranscriptCache,
  openTranscriptCache,
  type TranscriptCache,
  type TranscriptCacheOptions,
  transcriptCacheDatabaseName,
} from "./transcripts.cache.ts";

let users = 0;
/** A fresh user, so every test has its own database. */
const newUser = () => `rep-${++users}@contoso.example`;

const vtt = (line: string) => `WEBVTT\n\n00:01.000 --> 00:02.000\n<v Daan Visser>${line}</v>\n`;

/** A clock that ticks once per reading, so every use is later than the one before. */
function ticking(): () => number {
  let now = 1_000;
  return () => now++;
}

describe.each([
  ["IndexedDB", (options: TranscriptCacheOptions) => openTranscriptCache(newUser(), options)],
  [
    "memory",
    async (options: TranscriptCacheOptions): Promise<TranscriptCache> => new MemoryTranscriptCache(options),
  ],
])("the transcript cache (%s)", (_kind, open) => {
  it("gives back what it kept for a call, and nothing for another", async () => {
    const cache = await open({});
    await cache.put("call-1", vtt("Hello"));

    expect(await cache.get("call-1")).toBe(vtt("Hello"));
    expect(await cache.get("call-2")).toBeNull();
  });

  it("drops the least recently read transcript when it is full", async () => {
    const cache = await open({ maxEntries: 2, now: ticking() });
    await cache.put("a", vtt("A"));
    await cache.put("b", vtt("B"));
    await cache.get("a");

    await cache.put("c", vtt("C"));

    expect(await cache.get("a")).toBe(vtt("A"));
    expect(await cache.get("b")).toBeNull();
    expect(await cache.get("c")).toBe(vtt("C"));
  });

  it("forgets everything when cleared", async () => {
    const cache = await open({});
    await cache.put("a", vtt("A"));

    await cache.clear();

    expect(await cache.get("a")).toBeNull();
  });
});

describe("openTranscriptCache", () => {
  it("keeps each user's transcripts apart, and across page loads", async () => {
    const daan = newUser();
    const first = await openTranscriptCache(daan);
    await first.put("call-1", vtt("Mine"));
    first.close();

    expect(await (await openTranscriptCache(daan)).get("call-1")).toBe(vtt("Mine"));
    expect(await (await openTranscriptCache(newUser())).get("call-1")).toBeNull();
  });

  it("names the database after a hash of the user, not the user", async () => {
    const name = await transcriptCacheDatabaseName("Daan.Visser@contoso.example");

    expect(name).toMatch(/^momentum-transcripts-[0-9a-f]{32}$/);
    expect(name).toBe(await transcriptCacheDatabaseName("daan.visser@contoso.example"));
    expect(name).not.toBe(await transcriptCacheDatabaseName("megan.bowen@contoso.example"));
  });
});
