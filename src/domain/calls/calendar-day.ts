/** A date on the calendar, `YYYY-MM-DD`: the day an instant falls on in a particular time zone. */
export type CalendarDay = `${number}-${number}-${number}`;

// The platform's time zone data does this; no date library on the first screen for it. A formatter is costly to
// make and asked for every call in the list, so one is kept per zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar day `instant` falls on in the IANA `timeZone` (never the machine's own zone). */
export function calendarDayOf(instant: Date, timeZone: string): CalendarDay {
  const parts = dayFormat(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((found) => found.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}` as CalendarDay;
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
