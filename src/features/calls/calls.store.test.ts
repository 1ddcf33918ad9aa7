import { describe, expect, it } from "vitest";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import { FakeCallsRepository } from "./calls.fake-repository.ts";
import { createCallsStore } from "./calls.store.ts";

const pricing = makeCall({
  id: "pricing",
  start: new Date("2026-11-20T09:00:00Z"),
  end: new Date("2026-11-20T09:45:00Z"),
});
const standup = makeCall({
  id: "standup",
  kind: "internal",
  start: new Date("2026-11-19T08:00:00Z"),
  end: new Date("2026-11-19T08:15:00Z"),
});

function setup() {
  const repository = new FakeCallsRepository();
  return { repository, store: createCallsStore(repository) };
}

describe("calls store", () => {
  it("starts idle and empty", () => {
    const { store } = setup();
    expect(store.getState()).toMatchObject({
      status: "idle",
      calls: [],
      error: null,
      transcriptsStatus: "idle",
    });
  });

  it("shows the list before transcript availability is known, then fills it in when asked", async () => {
    const { repository, store } = setup();
    const loading = store.getState().load();
    expect(store.getState().status).toBe("loading");

    repository.lastCallRequest.resolve([pricing, standup]);
    await loading;
    expect(store.getState()).toMatchObject({
      status: "ready",
      calls: [pricing, standup],
      transcriptsStatus: "idle",
    });
    expect([...store.getState().transcripts]).toEqual([
      ["pricing", "unknown"],
      ["standup", "unknown"],
    ]);
    // Not asked until the list is on screen and says so.
    expect(repository.transcriptRequests).toHaveLength(0);

    const checking = store.getState().loadTranscripts();
    expect(store.getState().transcriptsStatus).toBe("loading");
    repository.lastTranscriptRequest.resolve(new Map([["pricing", "available"]]));
    await checking;
    expect(store.getState().transcriptsStatus).toBe("ready");
    // A call the repository did not answer for stays `unknown` rather than disappearing.
    expect([...store.getState().transcripts]).toEqual([
      ["pricing", "available"],
      ["standup", "unknown"],
    ]);
  });

  it("asks transcript availability once per load, and not before the calls are there", async () => {
    const { repository, store } = setup();
    await store.getState().loadTranscripts();
    const loading = store.getState().load();
    await store.getState().loadTranscripts();
    expect(repository.transcriptRequests).toHaveLength(0);

    repository.lastCallRequest.resolve([pricing]);
    await loading;
    void store.getState().loadTranscripts();
    void store.getState().loadTranscripts();
    expect(repository.transcriptRequests).toHaveLength(1);
  });

  it("keeps the list when transcript availability fails", async () => {
    const { repository, store } = setup();
    const loading = store.getState().load();
    repository.lastCallRequest.resolve([pricing]);
    await loading;
    const checking = store.getState().loadTranscripts();
    repository.lastTranscriptRequest.reject(new Error("403"));
    await checking;
    expect(store.getState()).toMatchObject({ status: "ready", calls: [pricing], transcriptsStatus: "error" });
    expect(store.getState().transcripts.get("pricing")).toBe("unknown");
  });

  it("keeps the error when the list fails, and recovers on retry", async () => {
    const { repository, store } = setup();
    const failure = Object.assign(new Error("Too many requests"), { kind: "throttled" });
    const first = store.getState().load();
    repository.lastCallRequest.reject(failure);
    await first;
    expect(store.getState()).toMatchObject({ status: "error", error: failure });
    await store.getState().loadTranscripts();
    expect(repository.transcriptRequests).toHaveLength(0);

    const retry = store.getState().retry();
    expect(store.getState()).toMatchObject({ status: "loading", error: null });
    repository.lastCallRequest.resolve([pricing]);
    await retry;
    expect(store.getState()).toMatchObject({ status: "ready", calls: [pricing] });
    const checking = store.getState().loadTranscripts();
    repository.lastTranscriptRequest.resolve(new Map([["pricing", "none"]]));
    await checking;
    expect(store.getState().transcripts.get("pricing")).toBe("none");
  });

  it("aborts an older load and ignores its late answer", async () => {
    const { repository, store } = setup();
    const older = store.getState().load();
    const olderRequest = repository.lastCallRequest;
    const newer = store.getState().load();
    expect(olderRequest.signal?.aborted).toBe(true);
    expect(repository.lastCallRequest.signal?.aborted).toBe(false);

    repository.lastCallRequest.resolve([standup]);
    await newer;
    olderRequest.resolve([pricing]);
    await older;
    expect(store.getState()).toMatchObject({ status: "ready", calls: [standup] });
  });

  it("aborts pending transcript checks when a new load starts, and ignores their answer", async () => {
    const { repository, store } = setup();
    const older = store.getState().load();
    repository.lastCallRequest.resolve([pricing]);
    await older;
    const olderChecking = store.getState().loadTranscripts();
    const olderTranscripts = repository.lastTranscriptRequest;

    const newer = store.getState().load();
    expect(olderTranscripts.signal?.aborted).toBe(true);
    olderTranscripts.resolve(new Map([["pricing", "available"]]));
    await olderChecking;
    expect(store.getState().transcripts.get("pricing")).toBe("unknown");

    repository.lastCallRequest.resolve([pricing]);
    await newer;
    expect(store.getState().transcriptsStatus).toBe("idle");
    const checking = store.getState().loadTranscripts();
    repository.lastTranscriptRequest.resolve(new Map([["pricing", "unavailable"]]));
    await checking;
    expect(store.getState().transcripts.get("pricing")).toBe("unavailable");
  });

  it("does not report an aborted load as an error", async () => {
    const { repository, store } = setup();
    const older = store.getState().load();
    const olderRequest = repository.lastCallRequest;
    void store.getState().load();
    olderRequest.reject(new DOMException("The operation was aborted.", "AbortError"));
    await older;
    expect(store.getState()).toMatchObject({ status: "loading", error: null });
  });
});
