import { TZDate } from "@date-fns/tz";
import { addCalendarDays, type CalendarDay, calendarDayOf, middayUtcOf } from "../calls/calendar-day.ts";

/** A span of time, `start` included and `end` excluded. */
export interface TimeWindow {
  readonly start: Date;
  readonly end: Date;
}

/** Monday to Friday: Graph's default work week (`activityDomain: work`), which a mailbox may narrow further. */
export function isWorkingDay(day: CalendarDay): boolean {
  const weekday = middayUtcOf(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The instant `day` begins in `timeZone`: local midnight, however long the day is around a DST change. */
export function startOfCalendarDay(day: CalendarDay, timeZone: string): Date {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, date, timeZone).getTime());
}

/**
 * From `now` to the end of the `days`-th working day in `timeZone`, today included if it is one: the window in
 * which a review session is looked for. On a weekend the window opens at the next Monday's midnight.
 */
export function nextWorkingDaysWindow(now: Date, timeZone: string, days = 5): TimeWindow {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Not a number of working days: ${days}`);
  const today = calendarDayOf(now, timeZone);
  let day = today;
  while (!isWorkingDay(day)) day = addCalendarDays(day, 1);
  const start = day === today ? now : startOfCalendarDay(day, timeZone);
  for (let counted = 1; counted < days; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return { start, end: startOfCalendarDay(addCalendarDays(day, 1), timeZone) };
}

/** The working-day parts of `window` in `timeZone`, one per day, in order; weekends are left out. */
export function workingDaySlots(window: TimeWindow, timeZone: string): TimeWindow[] {
  const slots: TimeWindow[] = [];
  for (let day = calendarDayOf(window.start, timeZone); ; day = addCalendarDays(day, 1)) {
    const dayStart = startOfCalendarDay(day, timeZone);
    if (dayStart >= window.end) return slots;
    const dayEnd = startOfCalendarDay(addCalendarDays(day, 1), timeZone);
    const start = new Date(Math.max(dayStart.getTime(), window.start.getTime()));
    const end = new Date(Math.min(dayEnd.getTime(), window.end.getTime()));
    if (isWorkingDay(day) && start < end) slots.push({ start, end });
  }
}
