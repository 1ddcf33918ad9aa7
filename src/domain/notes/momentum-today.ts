import { calendarDayOf } from "../calls/calendar-day.ts";
import type { Call } from "../calls/call.ts";
import type { CallNotes } from "./call-notes.ts";

/** What the rep did today, for the encouraging line above the calls list. Counts only, never a score. */
export interface MomentumToday {
  /** Customer calls that started today (calendar or logged by hand). */
  readonly calls: number;
  /** Calls flagged today and still flagged, whenever the call itself took place. */
  readonly flagged: number;
  /** Of those still flagged, the ones whose reframe got an answer today. */
  readonly reframed: number;
}

/**
 * Today's counts, "today" being the calendar day of `now` in the IANA `timeZone` (the user's, never the
 * machine's). Flags and reframes count by when the rep did them, so reframing yesterday's call this morning
 * is part of today's momentum.
 */
export function momentumToday(
  calls: readonly Call[],
  notes: ReadonlyMap<string, CallNotes>,
  now: Date,
  timeZone: string,
): MomentumToday {
  const today = calendarDayOf(now, timeZone);
  const isToday = (instant: Date | string) => calendarDayOf(new Date(instant), timeZone) === today;

  const callsToday = calls.filter((call) => call.kind === "customer" && isToday(call.start)).length;
  let flagged = 0;
  let reframed = 0;
  for (const note of notes.values()) {
    if (!note.flagged.value) continue;
    if (isToday(note.flagged.at)) flagged += 1;
    const answeredToday = Object.values(note.reframe).some(
      (answer) => answer !== undefined && answer.value.trim() !== "" && isToday(answer.at),
    );
    if (answeredToday) reframed += 1;
  }
  return { calls: callsToday, flagged, reframed };
}
