import { describe, expect, it } from "vitest";
import { CHOSEN_MOMENT_LIMITS } from "./call-notes.ts";
import { makeLoggedCall } from "./notes.fixtures.ts";
import { callNotesOf, emptyNotesDocument, loggedCallsOf } from "./notes-document.ts";
import { parseNotesEdit } from "./notes-edit.schema.ts";
import { applyEdit, applyEdits, type NotesEdit } from "./notes-edit.ts";

const T1 = "2026-11-18T13:00:00.000Z";
const T2 = "2026-11-18T13:00:05.000Z";
const T3 = "2026-11-18T13:00:09.000Z";

describe("applyEdit", () => {
  it("turns each kind of edit into the field it sets", () => {
    const logged = makeLoggedCall();
    const document = applyEdits(emptyNotesDocument(), [
      { kind: "flag", callId: "c1", at: T1 },
      { kind: "setFlagNote", callId: "c1", note: "price too early", at: T1 },
      {
        kind: "answerReframe",
        callId: "c1",
        question: "pervasive",
        answer: "no: only this prospect",
        at: T2,
      },
      { kind: "skipReframe", callId: "c2", at: T2 },
      { kind: "answerReflection", callId: "c1", question: "nextTime", answer: "ask about budget", at: T3 },
      { kind: "chooseMoments", callId: "c1", momentIds: ["priceEarly@150000"], at: T3 },
      { kind: "logCall", call: logged },
    ]);

    expect(callNotesOf(document, "c1")).toEqual({
      callId: "c1",
      flagged: { value: true, at: T1 },
      flagNote: { value: "price too early", at: T1 },
      reframe: { pervasive: { value: "no: only this prospect", at: T2 } },
      reframeSkipped: { value: false, at: "1970-01-01T00:00:00.000Z" },
      reflection: { nextTime: { value: "ask about budget", at: T3 } },
      chosenMoments: { value: ["priceEarly@150000"], at: T3 },
    });
    expect(callNotesOf(document, "c2").reframeSkipped).toEqual({ value: true, at: T2 });
    expect(callNotesOf(document, "c2").chosenMoments.value).toEqual([]);
    expect(loggedCallsOf(document)).toEqual([logged]);
  });

  it("unflags and flags again (undo), keeping the notes", () => {
    const document = applyEdits(emptyNotesDocument(), [
      { kind: "flag", callId: "c1", at: T1 },
      { kind: "setFlagNote", callId: "c1", note: "keep me", at: T1 },
      { kind: "unflag", callId: "c1", at: T2 },
      { kind: "flag", callId: "c1", at: T3 },
    ]);

    expect(callNotesOf(document, "c1")).toMatchObject({
      flagged: { value: true, at: T3 },
      flagNote: { value: "keep me" },
    });
  });

  it("is idempotent: an edit applied again changes nothing", () => {
    const edit: NotesEdit = {
      kind: "answerReframe",
      callId: "c1",
      question: "personal",
      answer: "no",
      at: T2,
    };
    const once = applyEdit(emptyNotesDocument(), edit);

    expect(applyEdit(once, edit)).toBe(once);
    expect(applyEdit(once, structuredClone(edit))).toBe(once);
  });

  it("keeps the newer choice of moments, an emptied one included, however often or late edits arrive", () => {
    const chose: NotesEdit = {
      kind: "chooseMoments",
      callId: "c1",
      momentIds: ["priceEarly@150000", "longRepMonologue@480000"],
      at: T1,
    };
    const unticked: NotesEdit = { kind: "chooseMoments", callId: "c1", momentIds: [], at: T2 };

    const document = applyEdits(emptyNotesDocument(), [chose, unticked]);

    expect(applyEdits(document, [unticked, chose])).toBe(document);
    expect(applyEdits(emptyNotesDocument(), [unticked, chose, chose])).toEqual(document);
    expect(callNotesOf(document, "c1").chosenMoments).toEqual({ value: [], at: T2 });
  });

  it("lets the newer edit win whatever order edits arrive in", () => {
    const older: NotesEdit = { kind: "setFlagNote", callId: "c1", note: "first thought", at: T1 };
    const newer: NotesEdit = { kind: "setFlagNote", callId: "c1", note: "second thought", at: T2 };

    const inOrder = applyEdits(emptyNotesDocument(), [older, newer]);
    const reversed = applyEdits(emptyNotesDocument(), [newer, older]);

    expect(reversed).toEqual(inOrder);
    expect(callNotesOf(inOrder, "c1").flagNote.value).toBe("second thought");
  });

  it("leaves the document untouched by an edit older than what it holds", () => {
    const document = applyEdit(emptyNotesDocument(), { kind: "unflag", callId: "c1", at: T3 });

    expect(applyEdit(document, { kind: "flag", callId: "c1", at: T1 })).toBe(document);
  });

  it("stores a call ID that names an object property as an ordinary key", () => {
    const document = applyEdit(emptyNotesDocument(), { kind: "flag", callId: "toString", at: T1 });

    expect(Object.keys(document.calls)).toEqual(["toString"]);
    expect(callNotesOf(document, "constructor").flagged.value).toBe(false);
  });
});

describe("parseNotesEdit", () => {
  it("accepts a valid edit and refuses one that would make the document invalid", () => {
    const edit = { kind: "answerReframe", callId: "c1", question: "permanent", answer: "no", at: T1 };

    expect(parseNotesEdit(edit)).toEqual(edit);
    expect(parseNotesEdit({ ...edit, answer: "x".repeat(281) })).toBeNull();
    expect(parseNotesEdit({ ...edit, question: "forever" })).toBeNull();
    expect(parseNotesEdit({ ...edit, callId: "__proto__" })).toBeNull();
    expect(parseNotesEdit({ kind: "rename", callId: "c1", at: T1 })).toBeNull();
  });

  it("accepts a choice of moments within the limits and refuses one beyond them", () => {
    const edit = { kind: "chooseMoments", callId: "c1", momentIds: ["priceEarly@150000"], at: T1 };
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `moment@${index}`);

    expect(parseNotesEdit(edit)).toEqual(edit);
    expect(parseNotesEdit({ ...edit, momentIds: ids(CHOSEN_MOMENT_LIMITS.count) })).not.toBeNull();
    expect(parseNotesEdit({ ...edit, momentIds: ids(CHOSEN_MOMENT_LIMITS.count + 1) })).toBeNull();
    expect(
      parseNotesEdit({ ...edit, momentIds: ["x".repeat(CHOSEN_MOMENT_LIMITS.idLength + 1)] }),
    ).toBeNull();
    expect(parseNotesEdit({ ...edit, momentIds: "priceEarly@150000" })).toBeNull();
  });
});
