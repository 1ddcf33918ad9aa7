import { describe, expect, it } from "vitest";
import { CHOSEN_MOMENT_LIMITS } from "./call-notes.ts";
import { makeLoggedCall, makeReviewRecord } from "./notes.fixtures.ts";
import { callNotesOf, emptyNotesDocument, loggedCallsOf } from "./notes-document.ts";
import { parseNotesEdit } from "./notes-edit.schema.ts";
import { applyEdit, applyEdits, type NotesEdit } from "./notes-edit.ts";
import { COACHING_LIMITS, REVIEW_RECORD_LIMITS } from "./review-record.ts";

const MEGAN = { id: "p-megan", name: "Megan Bowen", email: "megan.bowen@contoso.example" };
const DAAN = { name: "Daan Visser", email: "daan.visser@contoso.example" };

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

describe("applyEdit: manager, reviews and coaching", () => {
  const review = makeReviewRecord({ id: "r1", scheduledAt: T1 });

  it("remembers the chosen manager, and forgets it when cleared later", () => {
    const chosen = applyEdit(emptyNotesDocument(), { kind: "chooseManager", manager: MEGAN, at: T1 });
    const cleared = applyEdit(chosen, { kind: "chooseManager", manager: null, at: T2 });

    expect(chosen.manager).toEqual({ value: MEGAN, at: T1 });
    expect(cleared.manager).toEqual({ value: null, at: T2 });
    expect(applyEdit(cleared, { kind: "chooseManager", manager: MEGAN, at: T1 })).toBe(cleared);
  });

  it("records a review and what the rep noted after it, per call", () => {
    const document = applyEdits(emptyNotesDocument(), [
      { kind: "recordReview", review },
      { kind: "markDiscussed", reviewId: "r1", callId: "c1", discussed: true, at: T2 },
      { kind: "writeLearning", reviewId: "r1", callId: "c1", learning: "ask about budget first", at: T3 },
      { kind: "markDiscussed", reviewId: "r1", callId: "c2", discussed: false, at: T3 },
    ]);

    expect(document.reviews).toEqual({
      r1: {
        ...review,
        outcomes: {
          c1: { discussed: { value: true, at: T2 }, learning: { value: "ask about budget first", at: T3 } },
          c2: { discussed: { value: false, at: T3 } },
        },
      },
    });
  });

  it("changes nothing when the same review is recorded again after outcomes were noted", () => {
    const document = applyEdits(emptyNotesDocument(), [
      { kind: "recordReview", review },
      { kind: "writeLearning", reviewId: "r1", callId: "c1", learning: "slow down", at: T2 },
    ]);

    expect(applyEdit(document, { kind: "recordReview", review: structuredClone(review) })).toBe(document);
  });

  it("drops an outcome of a review the document does not hold (deleted with everything else)", () => {
    const document = emptyNotesDocument();

    expect(
      applyEdit(document, { kind: "markDiscussed", reviewId: "r1", callId: "c1", discussed: true, at: T1 }),
    ).toBe(document);
  });

  it("makes a coaching record with the manager's first edit of a review, and adds to it", () => {
    const document = applyEdits(emptyNotesDocument(), [
      { kind: "writeCoachingNote", reviewId: "r1", rep: DAAN, callId: "c1", note: "let him find it", at: T2 },
      {
        kind: "writeAgreedLearning",
        reviewId: "r1",
        rep: DAAN,
        callId: "c1",
        learning: "budget first",
        at: T2,
      },
      { kind: "markFollowUpSent", reviewId: "r1", rep: DAAN, at: T3 },
      { kind: "writeCoachingNote", reviewId: "r1", rep: DAAN, callId: "c1", note: "older thought", at: T1 },
    ]);

    expect(document.coaching).toEqual({
      r1: {
        reviewId: "r1",
        rep: DAAN,
        privateNotes: { c1: { value: "let him find it", at: T2 } },
        agreedLearning: { c1: { value: "budget first", at: T2 } },
        followUpSentAt: { value: T3, at: T3 },
      },
    });
  });
});

describe("parseNotesEdit: manager, reviews and coaching", () => {
  it("accepts each kind within the limits", () => {
    const edits: NotesEdit[] = [
      { kind: "chooseManager", manager: MEGAN, at: T1 },
      { kind: "chooseManager", manager: null, at: T1 },
      { kind: "recordReview", review: makeReviewRecord() },
      { kind: "markDiscussed", reviewId: "r1", callId: "c1", discussed: true, at: T1 },
      {
        kind: "writeLearning",
        reviewId: "r1",
        callId: "c1",
        learning: "x".repeat(REVIEW_RECORD_LIMITS.learning),
        at: T1,
      },
      {
        kind: "writeCoachingNote",
        reviewId: "r1",
        rep: DAAN,
        callId: "c1",
        note: "x".repeat(COACHING_LIMITS.privateNote),
        at: T1,
      },
      { kind: "writeAgreedLearning", reviewId: "r1", rep: DAAN, callId: "c1", learning: "budget", at: T1 },
      { kind: "markFollowUpSent", reviewId: "r1", rep: DAAN, at: T1 },
    ];

    for (const edit of edits) expect(parseNotesEdit(edit)).toEqual(edit);
  });

  it("refuses one that would make the document invalid", () => {
    const learning = { kind: "writeLearning", reviewId: "r1", callId: "c1", learning: "slow down", at: T1 };
    const note = { kind: "writeCoachingNote", reviewId: "r1", rep: DAAN, callId: "c1", note: "hm", at: T1 };

    expect(
      parseNotesEdit({ ...learning, learning: "x".repeat(REVIEW_RECORD_LIMITS.learning + 1) }),
    ).toBeNull();
    expect(parseNotesEdit({ ...learning, reviewId: "__proto__" })).toBeNull();
    expect(parseNotesEdit({ ...learning, reviewId: "r".repeat(201) })).toBeNull();
    expect(parseNotesEdit({ ...note, note: "x".repeat(COACHING_LIMITS.privateNote + 1) })).toBeNull();
    expect(parseNotesEdit({ ...note, rep: { name: "Daan", email: "daan" } })).toBeNull();
    expect(parseNotesEdit({ kind: "chooseManager", manager: { ...MEGAN, email: "" }, at: T1 })).toBeNull();
    expect(
      parseNotesEdit({ kind: "recordReview", review: makeReviewRecord({ webLink: "javascript:alert(1)" }) }),
    ).toBeNull();
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
