import "fake-indexeddb/auto";
import { openDB } from "idb";
import { describe, expect, it } from "vitest";
import { emptyNotesDocument } from "../domain/notes/notes-document.ts";
import type { NotesEdit } from "../domain/notes/notes-edit.ts";
import { applyEdit } from "../domain/notes/notes-edit.ts";
import { MemoryNotesOutbox, type NotesOutbox, openNotesOutbox, outboxDatabaseName } from "./notes.outbox.ts";

let users = 0;
/** A fresh user, so every test has its own database. */
const newUser = () => `rep-${++users}@contoso.example`;

const flag = (callId: string, second: number): NotesEdit => ({
  kind: "flag",
  callId,
  at: `2026-11-18T13:00:${String(second).padStart(2, "0")}.000Z`,
});

describe.each([
  ["IndexedDB", () => openNotesOutbox(newUser())],
  ["memory", async (): Promise<NotesOutbox> => new MemoryNotesOutbox()],
])("the notes outbox (%s)", (_kind, open) => {
  it("gives edits back in the order they were added", async () => {
    const outbox = await open();
    for (let second = 0; second < 5; second++) await outbox.add("tab-a", flag(`c${second}`, second));

    const entries = await outbox.claim("tab-a", new Set(["tab-a"]));

    expect(entries.map((entry) => entry.edit)).toEqual([0, 1, 2, 3, 4].map((s) => flag(`c${s}`, s)));
    expect(entries.map((entry) => entry.key)).toEqual(
      [...entries.map((entry) => entry.key)].sort((a, b) => a - b),
    );
  });

  it("forgets an edit only when told Graph has it, and only that one", async () => {
    const outbox = await open();
    const first = await outbox.add("tab-a", flag("c1", 1));
    await outbox.add("tab-a", flag("c2", 2));

    await outbox.remove([first]);
    const left = await outbox.claim("tab-a", null);

    expect(left.map((entry) => entry.edit)).toEqual([flag("c2", 2)]);
  });

  it("leaves the edits of an open tab to it, and takes over those of a closed one", async () => {
    const outbox = await open();
    await outbox.add("closed-tab", flag("c1", 1));
    await outbox.add("open-tab", flag("c2", 2));
    await outbox.add("me", flag("c3", 3));

    const mine = await outbox.claim("me", new Set(["open-tab", "me"]));
    const theirs = await outbox.claim("open-tab", new Set(["open-tab", "me"]));

    expect(mine.map((entry) => entry.edit.kind === "flag" && entry.edit.callId)).toEqual(["c1", "c3"]);
    expect(theirs.map((entry) => entry.edit.kind === "flag" && entry.edit.callId)).toEqual(["c2"]);
  });

  it("keeps the last known document for starting offline", async () => {
    const outbox = await open();
    const document = applyEdit(emptyNotesDocument(), flag("c1", 1));

    expect(await outbox.readCache()).toBeNull();
    await outbox.writeCache({ document, eTag: '"{A},3"' });

    expect(await outbox.readCache()).toEqual({ document, eTag: '"{A},3"' });
  });

  it("clears the cache and the edits up to a point, keeping any added after it", async () => {
    const outbox = await open();
    await outbox.writeCache({ document: emptyNotesDocument(), eTag: null });
    await outbox.add("tab-a", flag("c1", 1));
    await outbox.add("tab-b", flag("c2", 2));
    const upTo = await outbox.lastKey();
    await outbox.add("tab-a", flag("c3", 3));

    await outbox.clear(upTo);

    expect(await outbox.readCache()).toBeNull();
    expect((await outbox.claim("tab-a", null)).map((entry) => entry.edit)).toEqual([flag("c3", 3)]);

    await outbox.clear(null);
    expect(await outbox.claim("tab-a", null)).toEqual([]);
  });
});

describe("the IndexedDB outbox", () => {
  it("keeps edits across a reload (a new connection to the same database)", async () => {
    const user = newUser();
    const before = await openNotesOutbox(user);
    await before.add("old-tab", flag("c1", 1));
    before.close();

    const after = await openNotesOutbox(user);

    expect((await after.claim("new-tab", null)).map((entry) => entry.edit)).toEqual([flag("c1", 1)]);
  });

  it("keeps each user's edits apart", async () => {
    const rep = await openNotesOutbox(newUser());
    const manager = await openNotesOutbox(newUser());
    await rep.add("tab", flag("c1", 1));

    expect(await manager.claim("tab", null)).toEqual([]);
  });

  it("names the database after a hash of the user, not the user", async () => {
    const name = await outboxDatabaseName("Daan.Visser@contoso.example");

    expect(name).toMatch(/^momentum-outbox-[0-9a-f]{32}$/);
    expect(name).not.toContain("daan");
    expect(await outboxDatabaseName("daan.visser@contoso.example")).toBe(name);
  });

  it("leaves an entry it cannot read where it is, and skips it", async () => {
    const user = newUser();
    const outbox = await openNotesOutbox(user);
    await outbox.add("tab", { kind: "teleport", callId: "c1" } as unknown as NotesEdit);
    await outbox.add("tab", flag("c2", 2));

    expect((await outbox.claim("tab", null)).map((entry) => entry.edit)).toEqual([flag("c2", 2)]);
    const database = await openDB(await outboxDatabaseName(user));
    expect(await database.count("edits")).toBe(2);
    database.close();
  });
});
