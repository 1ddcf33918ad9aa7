import { describe, expect, it, vi } from "vitest";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import { analyzeVtt } from "../../domain/transcript/index.ts";
import { GraphRequestError } from "../../graph/graph-error.ts";
import { callTranscriptOf, createTranscriptStore } from "./transcript.store.ts";
import { FakeTranscriptsRepository } from "./transcripts.fake-repository.ts";

const REP = "Daan Visser";
const VTT = `WEBVTT\n\n00:01.000 --> 00:04.000\n<v ${REP}>What does it cost today?</v>\n\n00:05.000 --> 00:09.000\n<v Lena Vos>Too much, honestly.</v>\n`;
const call = makeCall({
  id: "call-1",
  start: new Date("2026-03-24T09:00:00Z"),
  end: new Date("2026-03-24T09:30:00Z"),
  joinUrl: "https://teams.example/l/meetup-join/1",
});
const throttled = () => new GraphRequestError("Throttled", { kind: "throttled", status: 429 });

describe("the transcript store", () => {
  it("reads and analyses a call's transcript, showing it is loading meanwhile", async () => {
    const repository = new FakeTranscriptsRepository();
    const store = createTranscriptStore(repository);

    const opened = store.getState().open(call, REP);
    expect(callTranscriptOf(store.getState(), call.id).status).toBe("loading");
    repository.lastRequest.resolve({ status: "available", vtt: VTT });
    await opened;

    const transcript = callTranscriptOf(store.getState(), call.id);
    expect(transcript.status).toBe("ready");
    expect(transcript.cues.map((cue) => cue.speaker)).toEqual([REP, "Lena Vos"]);
    expect(transcript.insights).toMatchObject({
      repSpeaker: REP,
      repQuestionCount: 1,
      firstPriceMentionMs: 1_000,
    });
    expect(transcript.warnings).toEqual([]);
  });

  it("says why when there is no transcript to read", async () => {
    const repository = new FakeTranscriptsRepository().answer(call.id, {
      status: "unavailable",
      reason: "disabledByAdmin",
    });
    const store = createTranscriptStore(repository);

    await store.getState().open(call, REP);

    expect(callTranscriptOf(store.getState(), call.id)).toMatchObject({
      status: "unavailable",
      reason: "disabledByAdmin",
      insights: null,
    });
  });

  it("reads a call once, however often it is opened", async () => {
    const repository = new FakeTranscriptsRepository().answer(call.id, { status: "available", vtt: VTT });
    const analyze = vi.fn(async (vtt: string, repName: string) => analyzeVtt(vtt, repName));
    const store = createTranscriptStore(repository, { analyze });

    await Promise.all([store.getState().open(call, REP), store.getState().open(call, REP)]);
    await store.getState().open({ ...call }, REP);

    expect(repository.requests).toHaveLength(1);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it("keeps calls apart, and an unopened call idle", async () => {
    const other = { ...call, id: "call-2" };
    const repository = new FakeTranscriptsRepository()
      .answer(call.id, { status: "available", vtt: VTT })
      .answer(other.id, { status: "unavailable", reason: "noTranscript" });
    const store = createTranscriptStore(repository);

    await Promise.all([store.getState().open(call, REP), store.getState().open(other, REP)]);

    expect(callTranscriptOf(store.getState(), call.id).status).toBe("ready");
    expect(callTranscriptOf(store.getState(), other.id).reason).toBe("noTranscript");
    expect(callTranscriptOf(store.getState(), "never-opened").status).toBe("idle");
  });

  it("shows a failure, and reads again on retry", async () => {
    const repository = new FakeTranscriptsRepository().answer(call.id, throttled());
    const store = createTranscriptStore(repository);

    await store.getState().open(call, REP);
    expect(callTranscriptOf(store.getState(), call.id)).toMatchObject({
      status: "error",
      error: throttled(),
    });
    await store.getState().open(call, REP);
    expect(repository.requests).toHaveLength(1);

    repository.answer(call.id, { status: "available", vtt: VTT });
    await store.getState().retry(call.id);

    expect(callTranscriptOf(store.getState(), call.id).status).toBe("ready");
    expect(repository.requests).toHaveLength(2);
  });

  it("shows an analysis that failed as an error too", async () => {
    const repository = new FakeTranscriptsRepository().answer(call.id, { status: "available", vtt: VTT });
    const store = createTranscriptStore(repository, {
      analyze: () => Promise.reject(new Error("The worker ran out of memory")),
    });

    await store.getState().open(call, REP);

    expect(callTranscriptOf(store.getState(), call.id).status).toBe("error");
  });

  it("analyses again for another rep name, and ignores the answer for the old one", async () => {
    const repository = new FakeTranscriptsRepository();
    const store = createTranscriptStore(repository);

    const first = store.getState().open(call, "Someone Else");
    const second = store.getState().open(call, REP);
    const [forOldName, forNewName] = repository.requests;
    forNewName?.resolve({ status: "available", vtt: VTT });
    await second;
    forOldName?.resolve({ status: "unavailable", reason: "notFound" });
    await first;

    const transcript = callTranscriptOf(store.getState(), call.id);
    expect(transcript.status).toBe("ready");
    expect(transcript.insights?.repSpeaker).toBe(REP);
  });

  it("forgets every transcript, in memory and in the browser, and ignores a read still under way", async () => {
    const other = { ...call, id: "call-2" };
    const repository = new FakeTranscriptsRepository().answer(call.id, { status: "available", vtt: VTT });
    const store = createTranscriptStore(repository);
    await store.getState().open(call, REP);
    const pending = store.getState().open(other, REP);

    await store.getState().forget();
    repository.lastRequest.resolve({ status: "available", vtt: VTT });
    await pending;

    expect(repository.forgotten).toBe(1);
    expect(callTranscriptOf(store.getState(), call.id).status).toBe("idle");
    expect(callTranscriptOf(store.getState(), other.id).status).toBe("idle");
    await store.getState().open(call, REP);
    expect(repository.requests.filter((request) => request.call.id === call.id)).toHaveLength(2);
  });

  it("never retries a call that did not fail", async () => {
    const repository = new FakeTranscriptsRepository().answer(call.id, { status: "available", vtt: VTT });
    const store = createTranscriptStore(repository);
    await store.getState().retry(call.id);
    await store.getState().open(call, REP);

    await store.getState().retry(call.id);

    expect(repository.requests).toHaveLength(1);
  });
});
