import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_REP_UPN } from "../../demo-tenant/demo-users.ts";
import type { LoggedRequest } from "../../demo-tenant/requests/request-log.ts";
import { demoTenantPerFile } from "../../demo-tenant/testing/demo-tenant.fixture.ts";
import {
  type Connectivity,
  GraphNotesRepository,
  NOTES_FILE_PATH,
} from "../../src/data/notes.graph-repository.ts";
import { openNotesOutbox } from "../../src/data/notes.outbox.ts";
import type { NotesSnapshot } from "../../src/data/notes.repository.ts";
import type { LoggedCall } from "../../src/domain/notes/call-notes.ts";
import { makeReviewRecord } from "../../src/domain/notes/notes.fixtures.ts";
import { parseNotesDocumentText } from "../../src/domain/notes/notes-document.schema.ts";
import { callNotesOf, type NotesDocument } from "../../src/domain/notes/notes-document.ts";
import type { NotesEdit } from "../../src/domain/notes/notes-edit.ts";
import { createNotesStore } from "../../src/features/flag/notes.store.ts";
import { readAppFolderFile, writeAppFolderFile } from "../../src/graph/app-folder.graph.ts";

// One tenant for the file: after each test its tabs are closed, its faults cleared and the app folder emptied.
const demo = demoTenantPerFile();
afterEach(async () => {
  for (const dispose of disposals.splice(0)) dispose();
  demo.server.tenant.faults.clear();
  const { client } = demo.clientAs(DEMO_REP_UPN);
  await client
    .api("/me/drive/special/approot:/momentum:", ["Files.ReadWrite.AppFolder"])
    .delete()
    .catch(() => {});
});

const disposals: Array<() => void> = [];
let outboxes = 0;

/**
 * A network that can be switched off, as the browser sees it: `navigator.onLine` turns false and requests fail
 * as a dropped connection does, before reaching Graph.
 */
function switchableNetwork() {
  const listeners = new Set<() => void>();
  let online = true;
  const fetchThrough: typeof fetch = (input, init) =>
    online ? fetch(input, init) : Promise.reject(new TypeError("fetch failed: offline"));
  const connectivity: Connectivity = {
    isOnline: () => online,
    onOnline(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    fetch: fetchThrough,
    connectivity,
    goOffline() {
      online = false;
    },
    goOnline() {
      online = true;
      for (const listener of listeners) listener();
    },
  };
}

type Network = ReturnType<typeof switchableNetwork>;

interface TabOptions {
  /** Tabs of one browser share the outbox: the same key. */
  readonly outboxKey?: string;
  readonly network?: Network;
  readonly maxRetries?: number;
  /** Replaces the network's fetch for Graph requests (not downloads). */
  readonly graphFetch?: typeof fetch;
}

/** A tab of the app signed in as the rep: its own Graph client and repository. */
function openTab(options: TabOptions = {}) {
  const network = options.network ?? switchableNetwork();
  const outboxKey = options.outboxKey ?? `browser-${++outboxes}`;
  const { client, sleeps } = demo.clientAs(DEMO_REP_UPN, {
    fetch: options.graphFetch ?? network.fetch,
    retry: { maxRetries: options.maxRetries ?? 3 },
  });
  const repository = new GraphNotesRepository(client, {
    userKey: outboxKey,
    download: network.fetch,
    connectivity: network.connectivity,
    // Long enough that no retry happens by timer during a test: they come from `goOnline` or the next edit.
    retryDelaysMs: [600_000],
  });
  disposals.push(() => repository.dispose());
  return { repository, network, outboxKey, sleeps };
}

/** Resolves once the repository's snapshot satisfies `done`. */
function until(
  repository: GraphNotesRepository,
  done: (snapshot: NotesSnapshot) => boolean,
): Promise<NotesSnapshot> {
  return new Promise((resolve) => {
    const check = () => {
      const snapshot = repository.getSnapshot();
      if (!done(snapshot)) return;
      unsubscribe();
      resolve(snapshot);
    };
    const unsubscribe = repository.subscribe(check);
    check();
  });
}

const saved = (repository: GraphNotesRepository) =>
  until(repository, (snapshot) => snapshot.syncStatus === "saved" && snapshot.pendingEdits === 0);
const waiting = (repository: GraphNotesRepository) =>
  until(repository, (snapshot) => snapshot.syncStatus === "waitingForNetwork");

/** What OneDrive holds now, read as another client would. */
async function storedDocument(): Promise<NotesDocument | null> {
  const { client } = demo.clientAs(DEMO_REP_UPN);
  const file = await readAppFolderFile(client, NOTES_FILE_PATH);
  if (file === null) return null;
  const parsed = parseNotesDocumentText(file.body);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.document;
}

/** Runs `act` and returns the app folder requests the emulator saw meanwhile. */
async function appFolderRequests(act: () => Promise<unknown>): Promise<LoggedRequest[]> {
  const before = demo.server.tenant.requests.list().length;
  await act();
  return demo.server.tenant.requests
    .list()
    .slice(before)
    .filter((request) => request.path.includes("/approot"));
}

const puts = (requests: readonly LoggedRequest[]) =>
  requests.filter((request) => request.method === "PUT").map((request) => request.status);

let stamp = Date.parse("2026-11-18T13:00:00.000Z");
/** A later instant at every call, as the store stamps edits. */
const at = () => {
  stamp += 1_000;
  return new Date(stamp).toISOString();
};

const loggedCall = (id: string): LoggedCall => ({
  id,
  contactName: "Sanne de Vries",
  company: "Van den Berg Logistiek",
  phone: "+31 20 555 0134",
  start: "2026-11-18T09:30:00.000Z",
  durationMinutes: 12,
  outcome: "connected",
  loggedAt: at(),
});

describe("saving the rep's notes to the app folder", () => {
  it("creates the document on the first edit and reads it back in a new tab", async () => {
    const { repository } = openTab();
    await repository.load();

    repository.apply({ kind: "flag", callId: "c1", at: at() });
    repository.apply({ kind: "setFlagNote", callId: "c1", note: "<b>price</b> too early", at: at() });
    await saved(repository);

    const { repository: later } = openTab();
    await later.load();
    expect(callNotesOf(later.getSnapshot().document, "c1")).toMatchObject({
      flagged: { value: true },
      flagNote: { value: "<b>price</b> too early" },
    });
  });

  it("merges two tabs writing the same document: the second gets a 412, merges field by field, loses nothing", async () => {
    const tabA = openTab();
    const tabB = openTab();
    await tabA.repository.load();
    await tabB.repository.load();
    const older = at();

    tabA.repository.apply({ kind: "flag", callId: "c1", at: at() });
    tabA.repository.apply({ kind: "setFlagNote", callId: "shared", note: "from tab A", at: at() });
    await saved(tabA.repository);
    const requests = await appFolderRequests(async () => {
      tabB.repository.apply({
        kind: "answerReframe",
        callId: "c2",
        question: "personal",
        answer: "no",
        at: at(),
      });
      tabB.repository.apply({
        kind: "answerReframe",
        callId: "shared",
        question: "permanent",
        answer: "B",
        at: at(),
      });
      // Older than tab A's note: the newer edit of the field wins wherever it was made.
      tabB.repository.apply({
        kind: "setFlagNote",
        callId: "shared",
        note: "from tab B, earlier",
        at: older,
      });
      await saved(tabB.repository);
    });

    const stored = await storedDocument();
    expect(puts(requests)).toEqual([409, 200]);
    expect(stored && callNotesOf(stored, "c1").flagged.value).toBe(true);
    expect(stored && callNotesOf(stored, "c2").reframe.personal?.value).toBe("no");
    expect(stored && callNotesOf(stored, "shared")).toMatchObject({
      flagNote: { value: "from tab A" },
      reframe: { permanent: { value: "B" } },
    });
    // Tab B shows the merged document too.
    expect(callNotesOf(tabB.repository.getSnapshot().document, "c1").flagged.value).toBe(true);
  });

  it("sends a stale eTag as If-Match and merges after the 412 (two tabs editing different calls)", async () => {
    const seed = openTab();
    await seed.repository.load();
    seed.repository.apply({ kind: "flag", callId: "c0", at: at() });
    await saved(seed.repository);
    const tabA = openTab();
    const tabB = openTab();
    await tabA.repository.load();
    await tabB.repository.load();

    tabA.repository.apply({ kind: "flag", callId: "c1", at: at() });
    await saved(tabA.repository);
    const requests = await appFolderRequests(async () => {
      tabB.repository.apply({ kind: "flag", callId: "c2", at: at() });
      await saved(tabB.repository);
    });

    const stored = await storedDocument();
    expect(puts(requests)).toEqual([412, 200]);
    expect(Object.keys(stored?.calls ?? {}).sort()).toEqual(["c0", "c1", "c2"]);
  });

  it("rides out throttling during a save, waiting as long as Retry-After asks", async () => {
    const { repository, sleeps } = openTab();
    await repository.load();
    demo.server.tenant.faults.add({
      kind: "throttle",
      count: 2,
      retryAfterSeconds: 4,
      method: "PUT",
      path: "/approot",
    });

    const requests = await appFolderRequests(async () => {
      repository.apply({ kind: "flag", callId: "c1", at: at() });
      await saved(repository);
    });

    expect(puts(requests)).toEqual([429, 429, 201]);
    expect(sleeps).toEqual([4_000, 4_000]);
    expect((await storedDocument())?.calls.c1?.flagged?.value).toBe(true);
  });

  it("keeps the edits waiting when throttling outlasts the client's retries, and sends them when Graph answers", async () => {
    const { repository, network } = openTab({ maxRetries: 1 });
    await repository.load();
    demo.server.tenant.faults.add({
      kind: "throttle",
      count: 2,
      retryAfterSeconds: 1,
      method: "PUT",
      path: "/approot",
    });

    repository.apply({ kind: "flag", callId: "c1", at: at() });
    const snapshot = await waiting(repository);
    expect(snapshot).toMatchObject({ pendingEdits: 1, syncError: { kind: "throttled" } });

    network.goOnline();
    await saved(repository);
    expect((await storedDocument())?.calls.c1?.flagged?.value).toBe(true);
  });

  it("keeps the edits when Graph cannot be reached though the browser seems online, and sends them with the next edit", async () => {
    const { repository } = openTab();
    await repository.load();
    demo.server.tenant.faults.add({ kind: "drop", count: 4, method: "PUT", path: "/approot" });

    repository.apply({ kind: "flag", callId: "c1", at: at() });
    expect(await waiting(repository)).toMatchObject({ pendingEdits: 1, syncError: { kind: "network" } });

    const requests = await appFolderRequests(async () => {
      repository.apply({ kind: "flag", callId: "c2", at: at() });
      await saved(repository);
    });

    expect(puts(requests)).toEqual([201]);
    expect(Object.keys((await storedDocument())?.calls ?? {}).sort()).toEqual(["c1", "c2"]);
  });

  it("waits while offline, survives a reload, then drains the outbox in order, nothing duplicated", async () => {
    const network = switchableNetwork();
    const first = openTab({ network });
    await first.repository.load();
    first.repository.apply({ kind: "flag", callId: "c0", at: at() });
    await saved(first.repository);

    network.goOffline();
    const edits: NotesEdit[] = [
      { kind: "flag", callId: "c1", at: at() },
      { kind: "setFlagNote", callId: "c1", note: "first thought", at: at() },
      { kind: "setFlagNote", callId: "c1", note: "second thought", at: at() },
      { kind: "logCall", call: loggedCall("l1") },
      { kind: "unflag", callId: "c0", at: at() },
    ];
    for (const edit of edits) first.repository.apply(edit);
    await until(first.repository, (s) => s.syncStatus === "waitingForNetwork" && s.pendingEdits === 5);
    first.repository.dispose();

    // The page is reloaded while still offline: the last known document and the waiting edits come back.
    const second = openTab({ network, outboxKey: first.outboxKey });
    await second.repository.load();
    const offline = second.repository.getSnapshot();
    expect(offline).toMatchObject({ loaded: true, pendingEdits: 5, syncStatus: "waitingForNetwork" });
    expect(callNotesOf(offline.document, "c1").flagNote.value).toBe("second thought");
    expect(callNotesOf(offline.document, "c0").flagged.value).toBe(false);

    const requests = await appFolderRequests(async () => {
      network.goOnline();
      await saved(second.repository);
    });

    const stored = await storedDocument();
    expect(puts(requests)).toEqual([200]);
    expect(stored && callNotesOf(stored, "c1")).toMatchObject({
      flagged: { value: true },
      flagNote: { value: "second thought" },
    });
    expect(stored && callNotesOf(stored, "c0").flagged.value).toBe(false);
    expect(Object.keys(stored?.loggedCalls ?? {})).toEqual(["l1"]);
    const outbox = await openNotesOutbox(first.outboxKey);
    expect(await outbox.claim("someone", null)).toEqual([]);
    outbox.close();
  });

  it("sends an edit exactly once in effect when the answer to its write is lost", async () => {
    let lost = false;
    const network = switchableNetwork();
    // The first upload reaches Graph and is stored, but its answer never comes back.
    const graphFetch: typeof fetch = async (input, init) => {
      const response = await network.fetch(input, init);
      if (!lost && init?.method === "PUT") {
        lost = true;
        throw new TypeError("fetch failed: connection reset");
      }
      return response;
    };
    const { repository } = openTab({ network, graphFetch });
    await repository.load();

    const requests = await appFolderRequests(async () => {
      repository.apply({ kind: "logCall", call: loggedCall("l1") });
      await saved(repository);
    });

    const stored = await storedDocument();
    // Sent again by the client (a PUT is safe to repeat): Graph says someone (we) created it; the edit is
    // already there, so nothing more is written.
    expect(puts(requests)).toEqual([201, 409]);
    expect(Object.keys(stored?.loggedCalls ?? {})).toEqual(["l1"]);
    expect(repository.getSnapshot().pendingEdits).toBe(0);
  });

  it("shows the rep's flags when the app starts offline, from this browser's copy", async () => {
    const network = switchableNetwork();
    const online = openTab({ network });
    await online.repository.load();
    online.repository.apply({ kind: "flag", callId: "c1", at: at() });
    await saved(online.repository);
    online.repository.dispose();

    network.goOffline();
    const store = createNotesStore(openTab({ network, outboxKey: online.outboxKey }).repository);
    await store.getState().load();

    expect(store.getState()).toMatchObject({ status: "ready", saveStatus: "saved" });
    expect(store.getState().notes.get("c1")?.flagged.value).toBe(true);
  });

  it("says so when it can neither reach Graph nor find a copy in this browser", async () => {
    const network = switchableNetwork();
    network.goOffline();
    const store = createNotesStore(openTab({ network }).repository);

    await store.getState().load();

    expect(store.getState()).toMatchObject({ status: "error", error: { kind: "network" } });
  });
});

describe("a stored document that fails validation", () => {
  async function storeDirectly(body: string): Promise<void> {
    const { client } = demo.clientAs(DEMO_REP_UPN);
    const existing = await readAppFolderFile(client, NOTES_FILE_PATH);
    await writeAppFolderFile(client, NOTES_FILE_PATH, body, { eTag: existing?.eTag ?? null });
  }

  it.each([
    ["garbage", "{ this is not json", "not valid JSON"],
    [
      "a newer version's document",
      JSON.stringify({ schemaVersion: 99, calls: {}, somethingNew: [] }),
      "written by a newer version of Momentum (schemaVersion 99)",
    ],
    [
      "the next version's document",
      JSON.stringify({
        schemaVersion: 3,
        calls: {},
        loggedCalls: {},
        reviews: {},
        coaching: {},
        updatedAt: at(),
      }),
      "written by a newer version of Momentum (schemaVersion 3)",
    ],
  ])("is reported and never overwritten: %s", async (_case, body, reason) => {
    await storeDirectly(body);
    const { repository } = openTab();
    const store = createNotesStore(repository);

    const requests = await appFolderRequests(async () => {
      await store.getState().load();
      store.getState().flag("c1");
      // Even an edit that reaches the repository waits instead of being written.
      repository.apply({ kind: "flag", callId: "c2", at: at() });
      await repository.load();
    });

    expect(store.getState()).toMatchObject({
      status: "ready",
      saveStatus: "failed",
      invalidDocument: { reason },
    });
    expect(puts(requests)).toEqual([]);
    const { client } = demo.clientAs(DEMO_REP_UPN);
    expect((await readAppFolderFile(client, NOTES_FILE_PATH))?.body).toBe(body);
  });

  it("is reported when another tab's 412 reveals it, and is not overwritten", async () => {
    const { repository } = openTab();
    await repository.load();
    await storeDirectly('{"schemaVersion": 1, "calls": "oops"}');

    const requests = await appFolderRequests(async () => {
      repository.apply({ kind: "flag", callId: "c1", at: at() });
      await until(repository, (snapshot) => snapshot.invalidDocument !== null);
    });

    expect(repository.getSnapshot()).toMatchObject({
      syncStatus: "failed",
      pendingEdits: 1,
      invalidDocument: { reason: expect.stringMatching(/^calls: /) },
    });
    expect(puts(requests)).toEqual([409]);
  });

  it("can be deleted, which clears it and the edits that waited on it", async () => {
    await storeDirectly("garbage");
    const { repository } = openTab();
    await repository.load();
    repository.apply({ kind: "flag", callId: "kept", at: at() });

    await repository.deleteAll();

    // Deleting everything removes the edits made before it, too.
    expect(repository.getSnapshot()).toMatchObject({ invalidDocument: null, pendingEdits: 0 });
    expect(await storedDocument()).toBeNull();
  });
});

describe("reviews in the notes document", () => {
  const review = makeReviewRecord({ id: "review-sync", scheduledAt: "2026-11-18T12:00:00.000Z" });

  it("reads a version 1 document as version 2, and writes it back as version 2 with the review", async () => {
    const flaggedAt = at();
    const { client } = demo.clientAs(DEMO_REP_UPN);
    await writeAppFolderFile(
      client,
      NOTES_FILE_PATH,
      JSON.stringify({
        schemaVersion: 1,
        calls: { c1: { flagged: { value: true, at: flaggedAt } } },
        loggedCalls: {},
        updatedAt: flaggedAt,
      }),
      { eTag: null },
    );
    const { repository } = openTab();
    const store = createNotesStore(repository);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ invalidDocument: null, reviews: [] });

    const { scheduledAt: _scheduledAt, outcomes: _outcomes, ...input } = review;
    const recorded = store.getState().recordReview(input);
    await saved(repository);

    const stored = JSON.parse((await readAppFolderFile(client, NOTES_FILE_PATH))?.body ?? "null");
    expect(stored).toMatchObject({
      schemaVersion: 2,
      calls: { c1: { flagged: { value: true, at: flaggedAt } } },
      reviews: { "review-sync": recorded },
      coaching: {},
    });
  });

  it("keeps what two devices noted after the same session: the second gets a 412 and merges per call and field", async () => {
    const first = openTab();
    first.repository.apply({ kind: "recordReview", review });
    await first.repository.load();
    await saved(first.repository);
    const laptop = openTab();
    const phone = openTab();
    await laptop.repository.load();
    await phone.repository.load();

    laptop.repository.apply({
      kind: "markDiscussed",
      reviewId: review.id,
      callId: "c1",
      discussed: true,
      at: at(),
    });
    await saved(laptop.repository);
    const requests = await appFolderRequests(async () => {
      phone.repository.apply({
        kind: "writeLearning",
        reviewId: review.id,
        callId: "c1",
        learning: "Ask about their budget before naming ours",
        at: at(),
      });
      await saved(phone.repository);
    });

    expect(puts(requests)).toEqual([412, 200]);
    expect((await storedDocument())?.reviews[review.id]?.outcomes.c1).toEqual({
      discussed: { value: true, at: expect.any(String) },
      learning: { value: "Ask about their budget before naming ours", at: expect.any(String) },
    });
  });
});

describe("deleting everything", () => {
  it("leaves nothing in the app folder or in this browser, and the rep sees it is gone", async () => {
    const network = switchableNetwork();
    const { repository, outboxKey } = openTab({ network });
    await repository.load();
    repository.apply({ kind: "flag", callId: "c1", at: at() });
    repository.apply({ kind: "logCall", call: loggedCall("l1") });
    await saved(repository);
    network.goOffline();
    repository.apply({ kind: "flag", callId: "c2", at: at() });
    await waiting(repository);
    network.goOnline();
    await saved(repository);

    await repository.deleteAll();

    const { client } = demo.clientAs(DEMO_REP_UPN);
    const folder = await client
      .api("/me/drive/special/approot:/momentum", ["Files.ReadWrite.AppFolder"])
      .get()
      .catch((error: unknown) => error);
    expect(folder).toMatchObject({ kind: "notFound" });
    expect(repository.getSnapshot()).toMatchObject({ pendingEdits: 0, syncStatus: "saved" });
    expect(repository.getSnapshot().document.calls).toEqual({});
    expect(repository.getSnapshot().document.loggedCalls).toEqual({});
    const outbox = await openNotesOutbox(outboxKey);
    expect(await outbox.readCache()).toBeNull();
    expect(await outbox.claim("anyone", null)).toEqual([]);
    outbox.close();

    const { repository: fresh } = openTab();
    await fresh.load();
    expect(fresh.getSnapshot().document.calls).toEqual({});
  });

  it("says so, and keeps everything, when Graph cannot be reached", async () => {
    const network = switchableNetwork();
    const { repository } = openTab({ network });
    await repository.load();
    repository.apply({ kind: "flag", callId: "c1", at: at() });
    await saved(repository);
    network.goOffline();

    await expect(repository.deleteAll()).rejects.toMatchObject({ kind: "network" });
    network.goOnline();
    expect((await storedDocument())?.calls.c1?.flagged?.value).toBe(true);
  });
});
