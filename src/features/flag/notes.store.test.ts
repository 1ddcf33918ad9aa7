import { describe, expect, it } from "vitest";
import { CHOSEN_MOMENT_LIMITS, TEXT_LIMITS } from "../../domain/notes/call-notes.ts";
import { makeLoggedCall, makeReviewRecord } from "../../domain/notes/notes.fixtures.ts";
import { emptyNotesDocument } from "../../domain/notes/notes-document.ts";
import { applyEdits } from "../../domain/notes/notes-edit.ts";
import { GraphRequestError } from "../../graph/graph-error.ts";
import { FakeNotesRepository } from "./notes.fake-repository.ts";
import { createNotesStore } from "./notes.store.ts";
import type { ReviewRecordInput } from "./notes-state.ts";

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

const MEGAN = { id: "p-megan", name: "Megan Bowen", email: "megan.bowen@contoso.example" };
const DAAN = { name: "Daan Visser", email: "daan.visser@contoso.example" };

/** A review as the review UI records one once Graph confirmed it. */
function reviewInput(overrides: Partial<ReviewRecordInput> = {}): ReviewRecordInput {
  const { scheduledAt: _scheduledAt, outcomes: _outcomes, ...input } = makeReviewRecord();
  return { ...input, ...overrides };
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
    store.getState().chooseManager(MEGAN);
    store.getState().writeCoachingNote("r1", DAAN, "c1", "note");

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

    const stamps = repository.applied.map((edit) => ("at" in edit ? edit.at : null));
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

describe("notes store: manager, reviews and coaching", () => {
  it("remembers the manager the rep picked, and forgets it", async () => {
    const { repository, store } = await loadedStore();

    store.getState().chooseManager(MEGAN);
    expect(store.getState().chosenManager).toEqual(MEGAN);

    store.getState().chooseManager(null);
    expect(store.getState().chosenManager).toBeNull();
    expect(repository.applied.map((edit) => edit.kind)).toEqual(["chooseManager", "chooseManager"]);
  });

  it("records a review stamped now with no outcomes, and lists reviews soonest first", async () => {
    const { repository, store } = await loadedStore();

    const laterInput = reviewInput({
      id: "r-later",
      start: "2026-11-25T09:00:00.000Z",
      end: "2026-11-25T09:30:00.000Z",
    });

    const later = store.getState().recordReview(laterInput);
    const sooner = store.getState().recordReview(reviewInput({ id: "r-sooner" }));

    expect(later).toEqual({ ...laterInput, scheduledAt: NOW.toISOString(), outcomes: {} });
    expect(sooner.scheduledAt).toBe("2026-11-18T13:00:00.001Z");
    expect(repository.applied).toEqual([
      { kind: "recordReview", review: later },
      { kind: "recordReview", review: sooner },
    ]);
    expect(store.getState().reviews.map((review) => review.id)).toEqual(["r-sooner", "r-later"]);
  });

  it("notes per call whether it was discussed and what the rep learned", async () => {
    const { store } = await loadedStore();
    const review = store.getState().recordReview(reviewInput());

    store.getState().setReviewDiscussed(review.id, "c1", true);
    store.getState().setReviewLearning(review.id, "c1", "Ask about their budget before naming ours");

    expect(store.getState().reviews[0]?.outcomes).toEqual({
      c1: {
        discussed: { value: true, at: "2026-11-18T13:00:00.001Z" },
        learning: { value: "Ask about their budget before naming ours", at: "2026-11-18T13:00:00.002Z" },
      },
    });
    expect(() => store.getState().setReviewLearning(review.id, "c1", "x".repeat(2001))).toThrow(RangeError);
  });

  it("refuses a review Graph confirmed with a link that is not https", async () => {
    const { repository, store } = await loadedStore();

    expect(() => store.getState().recordReview(reviewInput({ webLink: "javascript:alert(1)" }))).toThrow(
      RangeError,
    );
    expect(repository.applied).toEqual([]);
  });

  it("keeps a manager's private notes, agreed learning and when the follow-up went out, per review", async () => {
    const { store } = await loadedStore();

    store.getState().writeCoachingNote("r1", DAAN, "c1", "Let him find the price moment himself");
    store.getState().writeAgreedLearning("r1", DAAN, "c1", "Budget question in the first ten minutes");
    store.getState().markFollowUpSent("r1", DAAN);

    expect(store.getState().coaching.get("r1")).toEqual({
      reviewId: "r1",
      rep: DAAN,
      privateNotes: {
        c1: { value: "Let him find the price moment himself", at: "2026-11-18T13:00:00.000Z" },
      },
      agreedLearning: {
        c1: { value: "Budget question in the first ten minutes", at: "2026-11-18T13:00:00.001Z" },
      },
      followUpSentAt: { value: "2026-11-18T13:00:00.002Z", at: "2026-11-18T13:00:00.002Z" },
    });
  });

  it("keeps the manager, reviews and coaching unchanged (same objects) when a call is flagged", async () => {
    const { store } = await loadedStore();
    store.getState().chooseManager(MEGAN);
    store.getState().recordReview(reviewInput());
    store.getState().writeCoachingNote("r1", DAAN, "c1", "note");
    const { chosenManager, reviews, coaching } = store.getState();

    store.getState().flag("c2");

    expect(store.getState().chosenManager).toBe(chosenManager);
    expect(store.getState().reviews).toBe(reviews);
    expect(store.getState().coaching).toBe(coaching);
  });

  it("shows the reviews, manager and coaching of a loaded document", async () => {
    const review = makeReviewRecord();
    const document = applyEdits(emptyNotesDocument(), [
      { kind: "chooseManager", manager: MEGAN, at: NOW.toISOString() },
      { kind: "recordReview", review },
      { kind: "markFollowUpSent", reviewId: "r9", rep: DAAN, at: NOW.toISOString() },
    ]);

    const { store } = await loadedStore(document);

    expect(store.getState()).toMatchObject({ chosenManager: MEGAN, reviews: [review] });
    expect([...store.getState().coaching.keys()]).toEqual(["r9"]);
  });
});
