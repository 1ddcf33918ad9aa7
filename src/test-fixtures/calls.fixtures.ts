import { makeCall } from "../domain/calls/call.fixtures.ts";
import type { CallNotes } from "../domain/notes/call-notes.ts";
import { emptyNotes } from "../features/flag/notes.fake-store.ts";

/**
 * The rep's two recent calls and their flags, as the rep's screens (calls, reflect, reviews) are tested with them:
 * one clock, one pricing call this afternoon and one demo yesterday.
 */

/** The rep's "now" in these tests: Friday 20 November 2026, 16:00 in Amsterdam. */
export const NOW = new Date("2026-11-20T15:00:00Z");

/** {@link NOW} as the notes stamp an edit. */
export const AT = NOW.toISOString();

/** Markup a rep (or a calendar) might write, which every screen must show as text. */
export const MARKUP = "<img src=x onerror=alert(1)>";

/** This afternoon's call, 14:30 to 15:15 in Amsterdam. */
export const pricing = makeCall({
  id: "pricing",
  subject: "Pricing discussion",
  start: new Date("2026-11-20T13:30:00Z"),
  end: new Date("2026-11-20T14:15:00Z"),
});

/** Yesterday's call, 10:00 to 11:00 in Amsterdam. */
export const demo = makeCall({
  id: "demo",
  subject: "Northwind product demo",
  start: new Date("2026-11-19T09:00:00Z"),
  end: new Date("2026-11-19T10:00:00Z"),
});

/** The notes of a call the rep flagged at {@link NOW}, with nothing else written unless given. */
export function flagged(callId: string, overrides: Partial<CallNotes> = {}): CallNotes {
  return { ...emptyNotes(callId), flagged: { value: true, at: AT }, ...overrides };
}
