import { describe, expect, it } from "vitest";
import { makeReviewRecord } from "../../domain/notes/notes.fixtures.ts";
import type { ReviewRecord } from "../../domain/notes/review-record.ts";
import { reviewOfCall } from "./notes-selectors.ts";

const NOW = new Date("2026-11-20T12:00:00.000Z");

function review(id: string, start: string, callIds: readonly string[]): ReviewRecord {
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
  return makeReviewRecord({
    id,
    start,
    end,
    calls: callIds.map((callId) => ({
      callId,
      subject: callId,
      start: "2026-11-18T09:00:00.000Z",
      company: null,
    })),
  });
}

describe("reviewOfCall", () => {
  const lastWeek = review("last-week", "2026-11-13T09:00:00.000Z", ["c1", "c2"]);
  const yesterday = review("yesterday", "2026-11-19T09:00:00.000Z", ["c1"]);
  const now = review("now", "2026-11-20T11:45:00.000Z", ["c3"]);
  const monday = review("monday", "2026-11-23T09:00:00.000Z", ["c1", "c3"]);
  const friday = review("friday", "2026-11-27T09:00:00.000Z", ["c1"]);
  const reviews = [lastWeek, yesterday, now, monday, friday];

  it("shows the next session a call is in, not a later or an earlier one", () => {
    expect(reviewOfCall(reviews, "c1", NOW)).toBe(monday);
  });

  it("counts a session under way as the next one", () => {
    expect(reviewOfCall(reviews, "c3", NOW)).toBe(now);
  });

  it("shows the last session a call was in when none is coming", () => {
    expect(reviewOfCall(reviews, "c2", NOW)).toBe(lastWeek);
    expect(reviewOfCall([yesterday, lastWeek], "c1", NOW)).toBe(yesterday);
  });

  it("shows nothing for a call in no review", () => {
    expect(reviewOfCall(reviews, "c9", NOW)).toBeNull();
    expect(reviewOfCall([], "c1", NOW)).toBeNull();
  });
});
