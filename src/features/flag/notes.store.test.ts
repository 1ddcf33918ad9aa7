import { describe, expect, it } from "vitest";
import { CHOSEN_MOMENT_LIMITS, TEXT_LIMITS } from "../../domain/notes/call-notes.ts";
import { makeLoggedCall } from "../../domain/notes/notes.fixtures.ts";
import { emptyNotesDocument } from "../../domain/notes/notes-document.ts";
import { applyEdits } from "../../domain/notes/notes-edit.ts";
import { GraphRequestError } from "../../graph/graph-error.ts";
import { FakeNotesRepository } from "./notes.fake-repository.ts";
import { createNotesStore } from "./notes.store.ts";

const NOW = new Date("2026-11-18T13:00:00.000Z");

async function loadedStore(document = emptyNotesDocument()) {
  const repository = new FakeNotesRepository();
  let ids = 0;
  const store = createNotesStore(repository, { now: () => NOW, newId: () => `logged-${++ids}` });
  const loading = store.getState().load();
  repository.answerLoad(document);
  await loading;
  return { repository, store };
}

const offline = () => new GraphRequestError("offline", { kind: "network", status: null });

describe("notes store", () => {
  it("starts idle, loads, and shows the stored notes", async () => {
    const repository = new FakeNotesRepository();
    const store = createNotesStore(repository);
    expect(store.getState()).toMatchObject({ status: "idle", saveStatus: "saved", pendingEdits: 0 });

    const loading = store.getState().load();
    expect(store.getState().status).toBe("loading");
    repository.answerLoad(
      applyEdits(emptyNotesDocument(), [{ kind: "flag", callId: "c1", at: NOW.toISOString() }]),
    );
    await loading;

    expect(store.getState().status).toBe("ready");
    expect(store.getState().notes.get("c1")?.flagged.value).toBe(true);
  });

  it("says why loading failed, and loads again on retry", async () => {
    const repository = new FakeNotesRepository();
    const store = createNotesStore(repository);
    const failure = offline();

    const first = store.getState().load();
    repository.lastLoadRequest.reject(failure);
    await first;
    expect(store.getState()).toMatchObject({ status: "error", error: failure });

    const second = store.getState().load();
    repository.answerLoad();
    await second;
    expect(store.getState()).toMatchObject({ status: "ready", error: null });
  });

  it("shows an edit at once and goes saving → saved when Graph has it", async () => {
    const { repository, store } = await loadedStore();

    store.getState().flag("c1");
    expect(store.getState()).toMatchObject({ saveStatus: "saving", pendingEdits: 1 });
    expect(store.getState().notes.get("c1")?.flagged).toEqual({ value: true, at: NOW.toISOString() });

    repository.confirmSaved();
    expect(store.getState()).toMatchObject({ saveStatus: "saved", pendingEdits: 0 });
    expect(store.getState().notes.get("c1")?.flagged.value).toBe(true);
  });

  it("goes saving → waitingForNetwork while Graph cannot be reached, and back to saved", async () => {
    const { repository, store } = await loadedStore();

    store.getState().setFlagNote("c1", "price too early");
    repository.waitForNetwork(offline());
    expect(store.getState()).toMatchObject({ saveStatus: "waitingForNetwork", pendingEdits: 1, error: null });
    expect(store.getState().notes.get("c1")?.flagNote.value).toBe("price too early");

    repository.confirmSaved();
    expect(store.getState()).toMatchObject({ saveStatus: "saved", pendingEdits: 0 });
  });

  it("goes saving → failed with the reason when Graph refuses", async () => {
    const { repository, store } = await loadedStore();
    const refused = new GraphRequestError("forbidden", { kind: "forbidden", status: 403 });

    store.getState().skipReframe("c1");
    repository.failSaving(refused);

    expect(store.getState()).toMatchObject({ saveStatus: "failed", error: refused, pendingEdits: 1 });
  });

  it("reports an invalid stored document and refuses edits", async () => {
    const repository = new FakeNotesRepository();
    const store = createNotesStore(repository);
    const loading = store.getState().load();
    repository.answerLoad(emptyNotesDocument(), {
      reason: "written by a newer version of Momentum (schemaVersion 2)",
    });
    await loading;

    store.getState().flag("c1");
    store.getState().logCall({ ...makeLoggedCall(), durationMinutes: 3 });

    expect(store.getState()).toMatchObject({
      status: "ready",
      saveStatus: "failed",
      invalidDocument: { reason: "written by a newer version of Momentum (schemaVersion 2)" },
    });
    expect(repository.applied).toEqual([]);
  });

  it("stamps each edit later than the one before, even within one millisecond", async () => {
    const { repository, store } = await loadedStore();

    store.getState().answerReframe("c1", "permanent", "n");
    store.getState().answerReframe("c1", "permanent", "no");
    store.getState().answerReframe("c1", "permanent", "no,");

    const stamps = repository.applied.map((edit) => (edit.kind === "logCall" ? edit.call.loggedAt : edit.at));
    expect(stamps).toEqual([
      "2026-11-18T13:00:00.000Z",
      "2026-11-18T13:00:00.001Z",
      "2026-11-18T13:00:00.002Z",
    ]);
    expect(store.getState().notes.get("c1")?.reframe.permanent?.value).toBe("no,");
  });

  it("unflags keeping the notes, and flags again", async () => {
    const { store } = await loadedStore();

    store.getState().flag("c1");
    store.getState().setFlagNote("c1", "keep me");
    store.getState().unflag("c1");
    expect(store.getState().notes.get("c1")).toMatchObject({
      flagged: { value: false },
      flagNote: { value: "keep me" },
    });

    store.getState().flag("c1");
    expect(store.getState().notes.get("c1")).toMatchObject({
      flagged: { value: true },
      flagNote: { value: "keep me" },
    });
  });

  it("logs a call: it gets an ID and a stamp, and shows newest call first", async () => {
    const { store } = await loadedStore();
    const {
      id: _id,
      loggedAt: _loggedAt,
      deleted: _deleted,
      ...earlier
    } = makeLoggedCall({
      start: "2026-11-17T09:00:00.000Z",
    });

    const first = store.getState().logCall(earlier);
    const second = store
      .getState()
      .logCall({ ...earlier, start: "2026-11-18T08:00:00.000Z", contactName: "Bram" });

    expect(first).toMatchObject({
      id: "logged-1",
      loggedAt: NOW.toISOString(),
      contactName: "Sanne de Vries",
    });
    expect(store.getState().loggedCalls.map((call) => call.id)).toEqual([second.id, first.id]);
  });

  it("refuses text beyond the limit instead of cutting it short", async () => {
    const { repository, store } = await loadedStore();

    expect(() => store.getState().setFlagNote("c1", "x".repeat(TEXT_LIMITS.flagNote + 1))).toThrow(
      RangeError,
    );
    expect(repository.applied).toEqual([]);
  });

  it("sends the key moments the rep chose as one edit, and refuses more than the limit", async () => {
    const { repository, store } = await loadedStore();

    store.getState().setChosenMoments("c1", ["priceEarly@150000", "longRepMonologue@480000"]);

    expect(repository.applied).toEqual([
      {
        kind: "chooseMoments",
        callId: "c1",
        momentIds: ["priceEarly@150000", "longRepMonologue@480000"],
        at: NOW.toISOString(),
      },
    ]);
    expect(store.getState().notes.get("c1")?.chosenMoments.value).toEqual([
      "priceEarly@150000",
      "longRepMonologue@480000",
    ]);
    const tooMany = Array.from({ length: CHOSEN_MOMENT_LIMITS.count + 1 }, (_, index) => `m@${index}`);
    expect(() => store.getState().setChosenMoments("c1", tooMany)).toThrow(RangeError);
    expect(repository.applied).toHaveLength(1);
  });

  it("keeps the notes of a call unchanged (same object) when another call is edited", async () => {
    const { store } = await loadedStore();
    store.getState().flag("c1");
    const before = store.getState().notes.get("c1");

    store.getState().flag("c2");

    expect(store.getState().notes.get("c1")).toBe(before);
  });

  it("deletes everything through the repository", async () => {
    const { repository, store } = await loadedStore();
    store.getState().flag("c1");

    await store.getState().deleteAllData();

    expect(repository.deleteAllCalls).toBe(1);
    expect(store.getState()).toMatchObject({ notes: new Map(), loggedCalls: [], saveStatus: "saved" });
  });
});
