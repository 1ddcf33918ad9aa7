import { describe, expect, it } from "vitest";
import { makeCall } from "../calls/call.fixtures.ts";
import type { CallNotes } from "./call-notes.ts";
import { momentumToday } from "./momentum-today.ts";

const NOW = new Date("2026-11-20T15:00:00Z"); // Friday 16:00 in Amsterdam
const TODAY_MORNING = "2026-11-20T08:00:00.000Z";
const YESTERDAY = "2026-11-19T12:00:00.000Z";

function notesFor(
  callId: string,
  { flaggedAt = TODAY_MORNING, flagged = true, reframe = {} as CallNotes["reframe"] } = {},
): CallNotes {
  return {
    callId,
    flagged: { value: flagged, at: flaggedAt },
    flagNote: { value: "", at: flaggedAt },
    reframe,
    reframeSkipped: { value: false, at: flaggedAt },
    reflection: {},
    chosenMoments: { value: [], at: flaggedAt },
  };
}

const byId = (...notes: CallNotes[]) => new Map(notes.map((note) => [note.callId, note]));

describe("momentumToday", () => {
  it("counts today's customer calls in the user's time zone, not internal meetings or other days", () => {
    const calls = [
      makeCall({ id: "a", start: new Date("2026-11-20T09:00:00Z"), end: new Date("2026-11-20T09:30:00Z") }),
      // 23:30 UTC on the 19th is 00:30 on the 20th in Amsterdam.
      makeCall({ id: "b", start: new Date("2026-11-19T23:30:00Z"), end: new Date("2026-11-20T00:00:00Z") }),
      makeCall({ id: "c", start: new Date("2026-11-19T12:00:00Z"), end: new Date("2026-11-19T12:30:00Z") }),
      makeCall({
        id: "d",
        kind: "internal",
        start: new Date("2026-11-20T10:00:00Z"),
        end: new Date("2026-11-20T10:15:00Z"),
      }),
    ];
    expect(momentumToday(calls, new Map(), NOW, "Europe/Amsterdam").calls).toBe(2);
    // In New York the late call is still on the 19th.
    expect(momentumToday(calls, new Map(), NOW, "America/New_York").calls).toBe(1);
  });

  it("counts calls flagged today, whichever day the call was, and leaves out unflagged ones", () => {
    const notes = byId(
      notesFor("today"),
      notesFor("yesterday", { flaggedAt: YESTERDAY }),
      notesFor("unflagged", { flagged: false }),
    );
    expect(momentumToday([], notes, NOW, "Europe/Amsterdam")).toEqual({ calls: 0, flagged: 1, reframed: 0 });
  });

  it("counts a flagged call as reframed when one of its answers was written today", () => {
    const notes = byId(
      notesFor("answered", { reframe: { permanent: { value: "I'm tired today", at: TODAY_MORNING } } }),
      notesFor("old flag, new reframe", {
        flaggedAt: YESTERDAY,
        reframe: { personal: { value: "Their budget is tight", at: TODAY_MORNING } },
      }),
      notesFor("cleared", { reframe: { permanent: { value: "  ", at: TODAY_MORNING } } }),
      notesFor("answered yesterday", {
        reframe: { pervasive: { value: "This prospect", at: YESTERDAY } },
      }),
      notesFor("unflagged since", {
        flagged: false,
        reframe: { permanent: { value: "Timing", at: TODAY_MORNING } },
      }),
    );
    expect(momentumToday([], notes, NOW, "Europe/Amsterdam")).toEqual({ calls: 0, flagged: 3, reframed: 2 });
  });
});
