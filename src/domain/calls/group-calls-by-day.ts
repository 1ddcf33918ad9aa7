import { type CalendarDay, calendarDayOf } from "./calendar-day.ts";
import type { Call } from "./call.ts";

export interface CallsOnDay {
  /** The day the calls start on, in the time zone they were grouped in. */
  readonly dayKey: CalendarDay;
  /** Newest first. */
  readonly calls: readonly Call[];
}

/**
 * Groups calls by the day they start on in the IANA `timeZone` (the user's, not the machine's), newest day first
 * and newest call first within a day.
 */
export function groupCallsByDay(calls: readonly Call[], timeZone: string): CallsOnDay[] {
  const newestFirst = [...calls].sort(
    (a, b) => b.start.getTime() - a.start.getTime() || b.end.getTime() - a.end.getTime(),
  );
  const days: { dayKey: CalendarDay; calls: Call[] }[] = [];
  for (const call of newestFirst) {
    const dayKey = calendarDayOf(call.start, timeZone);
    const current = days.at(-1);
    if (current?.dayKey === dayKey) current.calls.push(call);
    else days.push({ dayKey, calls: [call] });
  }
  return days;
}
