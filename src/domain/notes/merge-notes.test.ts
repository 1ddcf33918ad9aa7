import { describe, expect, it } from "vitest";
import { mergeNotesDocuments } from "./merge-notes.ts";
import { makeLoggedCall } from "./notes.fixtures.ts";
import { emptyNotesDocument, type NotesDocument, type StoredCallNotes } from "./notes-document.ts";

const EARLY = "2026-11-18T09:00:00.000Z";
const LATE = "2026-11-18T10:00:00.000Z";

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
      { loggedCalls: { l1: makeLoggedCall({ id: "l1" }) }, updatedAt: LATE },
    );
    const older = documentOf({ c1: { flagged: { value: false, at: EARLY } } });

    expect(mergeNotesDocuments(document, document)).toBe(document);
    expect(mergeNotesDocuments(document, structuredClone(document))).toBe(document);
    expect(mergeNotesDocuments(document, older)).toBe(document);
  });

  it("is associative: three copies merge to the same result in any grouping", () => {
    const a = documentOf({ c1: { flagged: { value: true, at: EARLY } } });
    const b = documentOf({
      c1: { flagged: { value: false, at: LATE } },
      c2: { flagNote: { value: "x", at: EARLY } },
    });
    const c = documentOf({ c2: { flagNote: { value: "y", at: LATE } } });

    expect(mergeNotesDocuments(mergeNotesDocuments(a, b), c)).toEqual(
      mergeNotesDocuments(a, mergeNotesDocuments(b, c)),
    );
  });
});
