import { describe, expect, it } from "vitest";
import { CHOSEN_MOMENT_LIMITS, TEXT_LIMITS } from "./call-notes.ts";
import { makeCoachingRecord, makeLoggedCall, makeReviewRecord } from "./notes.fixtures.ts";
import { parseNotesDocument, parseNotesDocumentText } from "./notes-document.schema.ts";
import { callNotesOf, emptyNotesDocument } from "./notes-document.ts";
import { COACHING_LIMITS, REVIEW_RECORD_LIMITS } from "./review-record.ts";

const AT = "2026-11-18T13:02:11.504Z";
const CALL_ID = "AAMkADk0ZWQ5ZTEx=";

function documentWith(overrides: Record<string, unknown>): Record<string, unknown> {
  return { ...emptyNotesDocument(), updatedAt: AT, ...overrides };
}

function reasonFor(json: unknown): string {
  const result = parseNotesDocument(json);
  if (result.ok) throw new Error("expected the document to be refused");
  return result.reason;
}

describe("parseNotesDocument", () => {
  it("accepts a document with flags, reframes, reflections and logged calls", () => {
    const logged = makeLoggedCall();
    const json = documentWith({
      calls: {
        [CALL_ID]: {
          flagged: { value: true, at: AT },
          flagNote: { value: "Price too early", at: AT },
          reframe: { permanent: { value: "No, because next week is a new week", at: AT } },
          reframeSkipped: { value: false, at: AT },
          reflection: { priceTooEarly: { value: "Yes, in minute 3", at: AT } },
          chosenMoments: { value: ["priceEarly@150000", "longRepMonologue@480000"], at: AT },
        },
        "call-with-nothing-yet": {},
      },
      loggedCalls: { [logged.id]: logged },
    });

    const result = parseNotesDocument(json);

    expect(result).toEqual({ ok: true, document: json });
  });

  it("keeps markup and script exactly as the rep wrote it", () => {
    const text = `<script>alert("hi")</script> <b>bold</b> & "quotes"`;
    const json = documentWith({ calls: { [CALL_ID]: { flagNote: { value: text, at: AT } } } });

    const result = parseNotesDocument(json);

    expect(result.ok && result.document.calls[CALL_ID]?.flagNote?.value).toBe(text);
  });

  it("accepts text of exactly the maximum length", () => {
    const answer = "x".repeat(TEXT_LIMITS.reframeAnswer);
    const json = documentWith({ calls: { [CALL_ID]: { reframe: { personal: { value: answer, at: AT } } } } });

    expect(parseNotesDocument(json).ok).toBe(true);
  });

  it("reads a call without chosen key moments (written before they could be chosen) as none chosen", () => {
    const json = documentWith({ calls: { [CALL_ID]: { flagged: { value: true, at: AT } } } });

    const result = parseNotesDocument(json);

    expect(result.ok && callNotesOf(result.document, CALL_ID).chosenMoments.value).toEqual([]);
  });

  it("refuses more chosen key moments than the limit, or a moment ID that is too long or empty", () => {
    const chosen = (value: unknown) => documentWith({ calls: { c1: { chosenMoments: { value, at: AT } } } });
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `moment@${index}`);

    expect(parseNotesDocument(chosen(ids(CHOSEN_MOMENT_LIMITS.count))).ok).toBe(true);
    expect(reasonFor(chosen(ids(CHOSEN_MOMENT_LIMITS.count + 1)))).toBe(
      'calls["c1"].chosenMoments.value: more than 20 moments',
    );
    expect(reasonFor(chosen(["x".repeat(CHOSEN_MOMENT_LIMITS.idLength + 1)]))).toBe(
      'calls["c1"].chosenMoments.value[0]: a moment ID longer than 80 characters',
    );
    expect(reasonFor(chosen([""]))).toBe('calls["c1"].chosenMoments.value[0]: an empty moment ID');
    expect(reasonFor(chosen("priceEarly@150000"))).toMatch(/^calls\["c1"\]\.chosenMoments\.value: /);
  });

  it("says a document from a newer version is from a newer version", () => {
    expect(reasonFor(documentWith({ schemaVersion: 3, somethingNew: true }))).toBe(
      "written by a newer version of Momentum (schemaVersion 3)",
    );
    expect(reasonFor(documentWith({ schemaVersion: 99 }))).toBe(
      "written by a newer version of Momentum (schemaVersion 99)",
    );
  });

  it("names the field that is too long", () => {
    const json = documentWith({
      calls: {
        [CALL_ID]: { reframe: { permanent: { value: "x".repeat(TEXT_LIMITS.reframeAnswer + 1), at: AT } } },
      },
    });

    expect(reasonFor(json)).toBe(`calls["${CALL_ID}"].reframe.permanent.value: longer than 280 characters`);
  });

  it("names the field of the wrong type", () => {
    expect(reasonFor(documentWith({ calls: { [CALL_ID]: { flagged: { value: "yes", at: AT } } } }))).toBe(
      `calls["${CALL_ID}"].flagged.value: Invalid input: expected boolean, received string`,
    );
    expect(reasonFor(documentWith({ calls: { c1: { flagged: { value: true, at: "yesterday" } } } }))).toBe(
      'calls["c1"].flagged.at: not an ISO 8601 UTC date and time',
    );
  });

  it("refuses fields it does not know, rather than dropping them on the next write", () => {
    expect(reasonFor(documentWith({ calls: { c1: { mood: { value: "sad", at: AT } } } }))).toBe(
      'calls["c1"]: unknown field "mood"',
    );
    expect(
      reasonFor(documentWith({ calls: { c1: { reframe: { permanently: { value: "", at: AT } } } } })),
    ).toBe('calls["c1"].reframe: unknown field "permanently"');
  });

  it("refuses a logged call stored under another call's ID, or with a made-up outcome", () => {
    const logged = makeLoggedCall({ id: "call-a" });
    expect(reasonFor(documentWith({ loggedCalls: { "call-b": logged } }))).toBe(
      'loggedCalls["call-b"].id: not the key it is stored under',
    );
    expect(reasonFor(documentWith({ loggedCalls: { "call-a": { ...logged, outcome: "great" } } }))).toMatch(
      /^loggedCalls\["call-a"\]\.outcome: /,
    );
    expect(reasonFor(documentWith({ loggedCalls: { "call-a": { ...logged, durationMinutes: 2.5 } } }))).toBe(
      'loggedCalls["call-a"].durationMinutes: not a whole number of minutes',
    );
  });

  it("refuses keys that would be lost on an object", () => {
    const json = JSON.parse(
      `{"schemaVersion":1,"calls":{"__proto__":{}},"loggedCalls":{},"updatedAt":"${AT}"}`,
    );

    expect(reasonFor(json)).toBe('calls["__proto__"]: a reserved key');
  });

  it("refuses what is not a notes document at all", () => {
    expect(reasonFor(null)).toBe("not a Momentum notes document: expected a JSON object");
    expect(reasonFor([1, 2])).toBe("not a Momentum notes document: expected a JSON object");
    expect(reasonFor({ flagged: ["call-1"] })).toMatch(/^schemaVersion: /);
    expect(reasonFor(documentWith({ schemaVersion: 0 }))).toBe("schemaVersion: not 1 or 2");
    expect(reasonFor(documentWith({ schemaVersion: "2" }))).toBe("schemaVersion: not 1 or 2");
  });
});

describe("parseNotesDocument: version 1", () => {
  const version1 = {
    schemaVersion: 1,
    calls: { [CALL_ID]: { flagged: { value: true, at: AT } } },
    loggedCalls: {},
    updatedAt: AT,
  };

  it("reads a version 1 document (before reviews) as version 2 with no manager, reviews or coaching", () => {
    const result = parseNotesDocument(version1);

    expect(result).toEqual({
      ok: true,
      document: {
        schemaVersion: 2,
        calls: version1.calls,
        loggedCalls: {},
        reviews: {},
        coaching: {},
        updatedAt: AT,
      },
    });
    expect(result.ok && "manager" in result.document).toBe(false);
  });

  it("refuses reviews in a version 1 document: that version had none", () => {
    expect(reasonFor({ ...version1, reviews: {} })).toBe('unknown field "reviews"');
  });
});

describe("parseNotesDocument: manager, reviews and coaching", () => {
  const review = makeReviewRecord({
    outcomes: {
      [CALL_ID]: {
        discussed: { value: true, at: AT },
        learning: { value: "Ask about their budget before naming ours", at: AT },
      },
    },
  });
  const coaching = makeCoachingRecord({
    privateNotes: { [CALL_ID]: { value: "Let him find the price moment himself", at: AT } },
    agreedLearning: { [CALL_ID]: { value: "Budget question in the first ten minutes", at: AT } },
    followUpSentAt: { value: AT, at: AT },
  });
  const withReview = (changes: Record<string, unknown>) =>
    documentWith({ reviews: { [review.id]: { ...review, ...changes } } });
  const withOutcome = (outcome: unknown) => withReview({ outcomes: { [CALL_ID]: outcome } });
  const withCoaching = (changes: Record<string, unknown>) =>
    documentWith({ coaching: { [coaching.reviewId]: { ...coaching, ...changes } } });

  it("accepts a chosen manager, a review with outcomes and a coaching record", () => {
    const json = documentWith({
      manager: { value: { id: "p-1", name: "Megan Bowen", email: "megan.bowen@contoso.example" }, at: AT },
      reviews: { [review.id]: review },
      coaching: { [coaching.reviewId]: coaching },
    });

    expect(parseNotesDocument(json)).toEqual({ ok: true, document: json });
  });

  it("accepts a cleared manager, and a review without links", () => {
    expect(parseNotesDocument(documentWith({ manager: { value: null, at: AT } })).ok).toBe(true);
    expect(parseNotesDocument(withReview({ webLink: null, joinUrl: null })).ok).toBe(true);
  });

  it("names the field of a review that is invalid", () => {
    const longLearning = "x".repeat(REVIEW_RECORD_LIMITS.learning + 1);
    const calls = Array.from({ length: REVIEW_RECORD_LIMITS.calls + 1 }, () => review.calls[0]);

    expect(reasonFor(withOutcome({ learning: { value: longLearning, at: AT } }))).toBe(
      `reviews["${review.id}"].outcomes["${CALL_ID}"].learning.value: longer than 2000 characters`,
    );
    expect(reasonFor(withOutcome({ discussed: { value: "yes", at: AT } }))).toMatch(
      new RegExp(`^reviews\\["${review.id}"\\]\\.outcomes\\["${CALL_ID}"\\]\\.discussed\\.value: `),
    );
    expect(reasonFor(withOutcome({ mood: { value: "good", at: AT } }))).toBe(
      `reviews["${review.id}"].outcomes["${CALL_ID}"]: unknown field "mood"`,
    );
    expect(reasonFor(withReview({ calls }))).toBe(`reviews["${review.id}"].calls: more than 20 calls`);
    expect(reasonFor(withReview({ calls: [] }))).toBe(`reviews["${review.id}"].calls: no calls`);
    expect(reasonFor(withReview({ end: "2026-11-20T08:59:00.000Z" }))).toBe(
      `reviews["${review.id}"].end: ends before it starts`,
    );
    expect(reasonFor(withReview({ manager: { name: "Megan", email: "megan" } }))).toBe(
      `reviews["${review.id}"].manager.email: not an email address`,
    );
    expect(reasonFor(withReview({ id: "another-review" }))).toBe(
      `reviews["${review.id}"].id: not the key it is stored under`,
    );
  });

  it("refuses a link that is not https, so the reviews list never opens a script", () => {
    expect(reasonFor(withReview({ webLink: "javascript:alert(1)" }))).toBe(
      `reviews["${review.id}"].webLink: not an https URL`,
    );
    expect(reasonFor(withReview({ joinUrl: "http://teams.example/join" }))).toBe(
      `reviews["${review.id}"].joinUrl: not an https URL`,
    );
  });

  it("names the field of a coaching record that is invalid", () => {
    const longNote = "x".repeat(COACHING_LIMITS.privateNote + 1);

    expect(reasonFor(withCoaching({ privateNotes: { [CALL_ID]: { value: longNote, at: AT } } }))).toBe(
      `coaching["${coaching.reviewId}"].privateNotes["${CALL_ID}"].value: longer than 4000 characters`,
    );
    expect(reasonFor(withCoaching({ followUpSentAt: { value: "yesterday", at: AT } }))).toBe(
      `coaching["${coaching.reviewId}"].followUpSentAt.value: not an ISO 8601 UTC date and time`,
    );
    expect(reasonFor(withCoaching({ reviewId: "another-review" }))).toBe(
      `coaching["${coaching.reviewId}"].reviewId: not the key it is stored under`,
    );
  });

  it("names an invalid chosen manager", () => {
    const manager = (value: unknown) => documentWith({ manager: { value, at: AT } });

    expect(reasonFor(manager({ id: null, name: "Megan", email: "not an address" }))).toBe(
      "manager.value.email: not an email address",
    );
    expect(reasonFor(manager({ name: "Megan", email: "megan@contoso.example" }))).toMatch(
      /^manager\.value\.id: /,
    );
  });

  it("refuses reserved keys as review IDs and as call IDs inside reviews and coaching records", () => {
    const json = (inner: string) =>
      JSON.parse(`{"schemaVersion":2,"calls":{},"loggedCalls":{},"updatedAt":"${AT}",${inner}}`);
    const reviewJson = JSON.stringify({ ...review, outcomes: {} }).slice(0, -"{}}".length);

    expect(reasonFor(json(`"reviews":{"__proto__":{}},"coaching":{}`))).toBe(
      'reviews["__proto__"]: a reserved key',
    );
    expect(reasonFor(json(`"reviews":{"${review.id}":${reviewJson}{"constructor":{}}}},"coaching":{}`))).toBe(
      `reviews["${review.id}"].outcomes["constructor"]: a reserved key`,
    );
    expect(
      reasonFor(
        json(
          `"reviews":{},"coaching":{"r1":{"reviewId":"r1","rep":{"name":"D","email":"d@c.example"},"privateNotes":{},"agreedLearning":{"__proto__":{"value":"","at":"${AT}"}},"followUpSentAt":{"value":null,"at":"${AT}"}}}`,
        ),
      ),
    ).toBe('coaching["r1"].agreedLearning["__proto__"]: a reserved key');
  });
});

describe("parseNotesDocumentText", () => {
  it("says when the file is not JSON", () => {
    expect(parseNotesDocumentText("{ this is not json")).toEqual({ ok: false, reason: "not valid JSON" });
  });

  it("reads a file saved with a byte order mark", () => {
    expect(parseNotesDocumentText(`\uFEFF${JSON.stringify(documentWith({}))}`).ok).toBe(true);
  });
});
