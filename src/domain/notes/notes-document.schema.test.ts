import { describe, expect, it } from "vitest";
import { CHOSEN_MOMENT_LIMITS, TEXT_LIMITS } from "./call-notes.ts";
import { makeLoggedCall } from "./notes.fixtures.ts";
import { parseNotesDocument, parseNotesDocumentText } from "./notes-document.schema.ts";
import { callNotesOf, emptyNotesDocument } from "./notes-document.ts";

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
    expect(reasonFor(documentWith({ schemaVersion: 2, somethingNew: true }))).toBe(
      "written by a newer version of Momentum (schemaVersion 2)",
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
    expect(reasonFor(documentWith({ schemaVersion: 0 }))).toBe("schemaVersion: not 1");
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
