import { describe, expect, it } from "vitest";
import { mergeNotesDocuments } from "./merge-notes.ts";
import { makeCoachingRecord, makeLoggedCall, makeReviewRecord } from "./notes.fixtures.ts";
import { emptyNotesDocument, type NotesDocument, type StoredCallNotes } from "./notes-document.ts";
import type { CoachingRecord, ReviewRecord } from "./review-record.ts";

const EARLY = "2026-11-18T09:00:00.000Z";
const LATE = "2026-11-18T10:00:00.000Z";
const LATER = "2026-11-18T11:00:00.000Z";
const MEGAN = { id: "p-megan", name: "Megan Bowen", email: "megan.bowen@contoso.example" };
const SOPHIE = { id: null, name: "Sophie Bakker", email: "sophie.bakker@contoso.example" };

function documentOf(
  calls: Record<string, StoredCallNotes>,
  extra: Partial<Omit<NotesDocument, "calls">> = {},
): NotesDocument {
  return { ...emptyNotesDocument(), calls, ...extra };
}

/** Both orders, which must agree: two devices merge the same pair from opposite sides. */
function mergeBothWays(a: NotesDocument, b: NotesDocument): NotesDocument {
  const ab = mergeNotesDocuments(a, b);
  expect(mergeNotesDocuments(b, a)).toEqual(ab);
  return ab;
}

describe("mergeNotesDocuments", () => {
  it("keeps the newer edit of a field", () => {
    const mine = documentOf({ c1: { flagNote: { value: "price too early", at: EARLY } } });
    const theirs = documentOf({ c1: { flagNote: { value: "price way too early", at: LATE } } });

    expect(mergeBothWays(mine, theirs).calls.c1?.flagNote).toEqual({
      value: "price way too early",
      at: LATE,
    });
  });

  it("keeps the newer choice of key moments as a whole, an emptied one included", () => {
    const chosen = documentOf({
      c1: { chosenMoments: { value: ["priceEarly@150000", "longRepMonologue@480000"], at: EARLY } },
    });
    const unticked = documentOf({ c1: { chosenMoments: { value: ["priceEarly@150000"], at: LATE } } });
    const cleared = documentOf({ c1: { chosenMoments: { value: [], at: LATE } } });

    expect(mergeBothWays(chosen, unticked).calls.c1?.chosenMoments).toEqual({
      value: ["priceEarly@150000"],
      at: LATE,
    });
    expect(mergeBothWays(chosen, cleared).calls.c1?.chosenMoments).toEqual({ value: [], at: LATE });
  });

  it("keeps chosen moments that only one copy has, next to the other copy's fields", () => {
    const withMoments = documentOf({ c1: { chosenMoments: { value: ["customerStory@60000"], at: EARLY } } });
    const withFlag = documentOf({ c1: { flagged: { value: true, at: LATE } } });

    expect(mergeBothWays(withMoments, withFlag).calls.c1).toEqual({
      flagged: { value: true, at: LATE },
      chosenMoments: { value: ["customerStory@60000"], at: EARLY },
    });
  });

  it("drops no field: each side's other fields and calls survive", () => {
    const tabA = documentOf({
      c1: {
        flagged: { value: true, at: EARLY },
        reframe: { permanent: { value: "no: one call", at: LATE } },
      },
    });
    const tabB = documentOf({
      c1: { reframe: { personal: { value: "no: their budget", at: EARLY } } },
      c2: { flagged: { value: true, at: LATE } },
    });

    const merged = mergeBothWays(tabA, tabB);

    expect(merged.calls).toEqual({
      c1: {
        flagged: { value: true, at: EARLY },
        reframe: {
          permanent: { value: "no: one call", at: LATE },
          personal: { value: "no: their budget", at: EARLY },
        },
      },
      c2: { flagged: { value: true, at: LATE } },
    });
  });

  it("keeps a cleared field cleared when the other copy still has the older text", () => {
    const cleared = documentOf({
      c1: { flagNote: { value: "", at: LATE }, flagged: { value: false, at: LATE } },
    });
    const stale = documentOf({
      c1: { flagNote: { value: "rude prospect", at: EARLY }, flagged: { value: true, at: EARLY } },
    });

    expect(mergeBothWays(stale, cleared).calls.c1).toEqual({
      flagNote: { value: "", at: LATE },
      flagged: { value: false, at: LATE },
    });
  });

  it("breaks a tie of two edits at the same instant the same way on both sides", () => {
    const a = documentOf({ c1: { flagNote: { value: "alpha", at: LATE } } });
    const b = documentOf({ c1: { flagNote: { value: "beta", at: LATE } } });

    expect(mergeBothWays(a, b).calls.c1?.flagNote?.value).toBe("beta");
  });

  it("merges logged calls by ID: newer wins, a deletion stays deleted, both sides' calls are kept", () => {
    const first = makeLoggedCall({ id: "l1", loggedAt: EARLY });
    const corrected = makeLoggedCall({ id: "l1", loggedAt: LATE, durationMinutes: 20 });
    const deleted = makeLoggedCall({ id: "l2", loggedAt: EARLY, deleted: true });
    const undeleted = makeLoggedCall({ id: "l2", loggedAt: EARLY });
    const other = makeLoggedCall({ id: "l3" });

    const merged = mergeBothWays(
      documentOf({}, { loggedCalls: { l1: first, l2: undeleted } }),
      documentOf({}, { loggedCalls: { l1: corrected, l2: deleted, l3: other } }),
    );

    expect(merged.loggedCalls).toEqual({ l1: corrected, l2: deleted, l3: other });
  });

  it("keeps the later updatedAt", () => {
    const merged = mergeBothWays(documentOf({}, { updatedAt: LATE }), documentOf({}, { updatedAt: EARLY }));

    expect(merged.updatedAt).toBe(LATE);
  });

  it("is idempotent and returns the same document when the other adds nothing", () => {
    const document = documentOf(
      {
        c1: {
          flagged: { value: true, at: LATE },
          reflection: { nextTime: { value: "ask first", at: LATE } },
        },
      },
      {
        loggedCalls: { l1: makeLoggedCall({ id: "l1" }) },
        manager: { value: MEGAN, at: LATE },
        reviews: { r1: reviewWith({ c1: { learning: { value: "ask budget first", at: LATE } } }) },
        coaching: { r1: coachingWith({ privateNotes: { c1: { value: "let him find it", at: LATE } } }) },
        updatedAt: LATE,
      },
    );
    const older = documentOf(
      { c1: { flagged: { value: false, at: EARLY } } },
      {
        manager: { value: SOPHIE, at: EARLY },
        reviews: { r1: reviewWith({ c1: { learning: { value: "older", at: EARLY } } }) },
        coaching: { r1: coachingWith({ privateNotes: { c1: { value: "older", at: EARLY } } }) },
      },
    );

    expect(mergeNotesDocuments(document, document)).toBe(document);
    expect(mergeNotesDocuments(document, structuredClone(document))).toBe(document);
    expect(mergeNotesDocuments(document, reordered(document))).toBe(document);
    expect(mergeNotesDocuments(document, older)).toBe(document);
  });

  it("is associative: three copies merge to the same result in any grouping", () => {
    const a = documentOf(
      { c1: { flagged: { value: true, at: EARLY } } },
      {
        manager: { value: MEGAN, at: EARLY },
        reviews: { r1: reviewWith({ c1: { discussed: { value: true, at: EARLY } } }) },
        coaching: { r1: coachingWith({ agreedLearning: { c1: { value: "a", at: LATE } } }) },
      },
    );
    const b = documentOf(
      {
        c1: { flagged: { value: false, at: LATE } },
        c2: { flagNote: { value: "x", at: EARLY } },
      },
      {
        manager: { value: null, at: LATE },
        reviews: { r1: reviewWith({ c1: { discussed: { value: false, at: LATE } } }, { scheduledAt: LATE }) },
        coaching: { r1: coachingWith({ followUpSentAt: { value: LATE, at: LATE } }) },
      },
    );
    const c = documentOf(
      { c2: { flagNote: { value: "y", at: LATE } } },
      {
        reviews: { r1: reviewWith({ c2: { learning: { value: "z", at: EARLY } } }) },
        coaching: { r1: coachingWith({ agreedLearning: { c1: { value: "c", at: EARLY } } }) },
      },
    );

    expect(mergeNotesDocuments(mergeNotesDocuments(a, b), c)).toEqual(
      mergeNotesDocuments(a, mergeNotesDocuments(b, c)),
    );
    expect(mergeNotesDocuments(mergeNotesDocuments(c, a), b)).toEqual(
      mergeNotesDocuments(a, mergeNotesDocuments(b, c)),
    );
  });
});

function reviewWith(outcomes: ReviewRecord["outcomes"], overrides: Partial<ReviewRecord> = {}): ReviewRecord {
  return makeReviewRecord({ id: "r1", scheduledAt: EARLY, outcomes, ...overrides });
}

function coachingWith(overrides: Partial<CoachingRecord>): CoachingRecord {
  return makeCoachingRecord({ reviewId: "r1", ...overrides });
}

/** The same document with every object's keys in reverse order, as another device's JSON may have them. */
function reordered<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(reordered) as T;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, member]) => [key, reordered(member)]),
  ) as T;
}

describe("mergeNotesDocuments: the chosen manager", () => {
  it("keeps the newer choice, a cleared one included, and a choice only one copy has", () => {
    const chose = documentOf({}, { manager: { value: MEGAN, at: EARLY } });
    const changed = documentOf({}, { manager: { value: SOPHIE, at: LATE } });
    const cleared = documentOf({}, { manager: { value: null, at: LATE } });

    expect(mergeBothWays(chose, changed).manager).toEqual({ value: SOPHIE, at: LATE });
    expect(mergeBothWays(chose, cleared).manager).toEqual({ value: null, at: LATE });
    expect(mergeBothWays(chose, documentOf({})).manager).toEqual({ value: MEGAN, at: EARLY });
    expect("manager" in mergeBothWays(documentOf({}), documentOf({}))).toBe(false);
  });
});

describe("mergeNotesDocuments: reviews", () => {
  it("keeps what two devices noted after the same session, per call and field", () => {
    const laptop = documentOf(
      {},
      {
        reviews: {
          r1: reviewWith({
            c1: { discussed: { value: true, at: LATE } },
            c2: { learning: { value: "slow down", at: EARLY } },
          }),
        },
      },
    );
    const phone = documentOf(
      {},
      {
        reviews: {
          r1: reviewWith({
            c1: { learning: { value: "ask about budget first", at: LATE } },
            c2: { learning: { value: "slow down, let them talk", at: LATER } },
          }),
        },
      },
    );

    expect(mergeBothWays(laptop, phone).reviews.r1?.outcomes).toEqual({
      c1: { discussed: { value: true, at: LATE }, learning: { value: "ask about budget first", at: LATE } },
      c2: { learning: { value: "slow down, let them talk", at: LATER } },
    });
  });

  it("takes what was scheduled from the copy scheduled later, keeping both copies' outcomes", () => {
    const first = reviewWith(
      { c1: { discussed: { value: true, at: LATER } } },
      { start: "2026-11-20T09:00:00.000Z" },
    );
    const rescheduled = reviewWith({}, { scheduledAt: LATE, start: "2026-11-20T08:00:00.000Z" });

    const merged = mergeBothWays(
      documentOf({}, { reviews: { r1: first } }),
      documentOf({}, { reviews: { r1: rescheduled } }),
    );

    expect(merged.reviews.r1).toEqual({ ...rescheduled, outcomes: first.outcomes });
  });

  it("breaks a tie of two copies scheduled at the same instant the same way on both sides", () => {
    const a = documentOf({}, { reviews: { r1: reviewWith({}, { eventId: "AAMk-a" }) } });
    const b = documentOf({}, { reviews: { r1: reviewWith({}, { eventId: "AAMk-b" }) } });

    expect(mergeBothWays(a, b).reviews.r1?.eventId).toBe("AAMk-b");
  });

  it("keeps reviews only one copy has, next to the other copy's", () => {
    const merged = mergeBothWays(
      documentOf({}, { reviews: { r1: reviewWith({}) } }),
      documentOf({}, { reviews: { r2: makeReviewRecord({ id: "r2" }) } }),
    );

    expect(Object.keys(merged.reviews).sort()).toEqual(["r1", "r2"]);
  });
});

describe("mergeNotesDocuments: coaching", () => {
  it("keeps the manager's notes and agreed learning per call and field, and the newer follow-up stamp", () => {
    const outlook = documentOf(
      {},
      {
        coaching: {
          r1: coachingWith({
            privateNotes: { c1: { value: "quiet first ten minutes", at: LATE } },
            agreedLearning: { c1: { value: "budget before price", at: EARLY } },
          }),
        },
      },
    );
    const browser = documentOf(
      {},
      {
        coaching: {
          r1: coachingWith({
            privateNotes: { c2: { value: "good recovery", at: EARLY } },
            agreedLearning: { c1: { value: "budget question before any price", at: LATE } },
            followUpSentAt: { value: LATER, at: LATER },
          }),
        },
      },
    );

    expect(mergeBothWays(outlook, browser).coaching.r1).toEqual(
      coachingWith({
        privateNotes: {
          c1: { value: "quiet first ten minutes", at: LATE },
          c2: { value: "good recovery", at: EARLY },
        },
        agreedLearning: { c1: { value: "budget question before any price", at: LATE } },
        followUpSentAt: { value: LATER, at: LATER },
      }),
    );
  });
});
