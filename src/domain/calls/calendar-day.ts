import { tz } from "@date-fns/tz";
import { format } from "date-fns";

/** A date on the calendar, `YYYY-MM-DD`: the day an instant falls on in a particular time zone. */
export type CalendarDay = `${number}-${number}-${number}`;

/** The calendar day `instant` falls on in the IANA `timeZone` (never the machine's own zone). */
export function calendarDayOf(instant: Date, timeZone: string): CalendarDay {
  return format(instant, "yyyy-MM-dd", { in: tz(timeZone) }) as CalendarDay;
}

/** The calendar day `days` days after (or, negative, before) `day`; calendar arithmetic, so no zone is involved. */
export function addCalendarDays(day: CalendarDay, days: number): CalendarDay {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10) as CalendarDay;
}

/** Noon UTC on `day`: an instant that, formatted in UTC, shows that very day's weekday and date. */
export function middayUtcOf(day: CalendarDay): Date {
  return new Date(`${day}T12:00:00Z`);
}
