import {
  addCalendarDays,
  type CalendarDay,
  calendarDayOf,
  middayUtcOf,
} from "../domain/calls/calendar-day.ts";
import type { Translate } from "./translate.ts";

/** Dates, times, durations and numbers for one locale, shown in the user's time zone (never the machine's). */
export interface Formatters {
  /** A date, `dateStyle: "medium"` unless other Intl options are given. */
  formatDate(date: Date, options?: Intl.DateTimeFormatOptions): string;
  /** A clock time, e.g. `2:30 PM` or `14:30`. */
  formatTime(date: Date): string;
  /** A time range on one day, e.g. `9:00 – 9:45 AM` or `09:00–09:45`. */
  formatTimeRange(start: Date, end: Date): string;
  /** `Today`, `Yesterday`, or weekday and date (with the year when it is not this year), for a day or an instant. */
  formatDayHeading(day: CalendarDay | Date): string;
  /** Whole minutes as `45 min` or `1 h 30 min` (`1 u 30 min` in Dutch); negative durations count as zero. */
  formatDuration(minutes: number): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

export interface FormattersOptions {
  readonly locale: string;
  readonly timeZone: string;
  readonly t: Translate;
  /** The current instant, for `Today` and `Yesterday`; injectable for tests. */
  readonly now?: () => Date;
}

export function createFormatters({
  locale,
  timeZone,
  t,
  now = () => new Date(),
}: FormattersOptions): Formatters {
  // Each made on first use: an Intl formatter costs a phone a few milliseconds to make, most screens need only some,
  // and made together they were one long task in the first screen's render.
  const mediumDate = once(() => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }));
  const shortTime = once(() => new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }));
  // Calendar days are formatted at noon UTC in UTC (see `middayUtcOf`), so no zone can shift them.
  const weekdayAndDate = once(
    () =>
      new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }),
  );
  const weekdayAndFullDate = once(
    () =>
      new Intl.DateTimeFormat(locale, {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }),
  );
  const numberFormat = once(() => new Intl.NumberFormat(locale));

  return {
    formatDate: (date, options) =>
      options
        ? new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(date)
        : mediumDate().format(date),
    formatTime: (date) => shortTime().format(date),
    formatTimeRange: (start, end) => shortTime().formatRange(start, end),
    formatDayHeading(day) {
      const calendarDay = day instanceof Date ? calendarDayOf(day, timeZone) : day;
      const today = calendarDayOf(now(), timeZone);
      if (calendarDay === today) return t("day.today");
      if (calendarDay === addCalendarDays(today, -1)) return t("day.yesterday");
      const format = calendarDay.slice(0, 4) === today.slice(0, 4) ? weekdayAndDate() : weekdayAndFullDate();
      return capitalizeFirst(format.format(middayUtcOf(calendarDay)), locale);
    },
    formatDuration(minutes) {
      const total = Math.max(0, Math.round(minutes));
      const hours = Math.floor(total / 60);
      const rest = total % 60;
      if (hours === 0) return t("duration.minutes", { minutes: rest });
      return rest === 0
        ? t("duration.hours", { hours })
        : t("duration.hoursMinutes", { hours, minutes: rest });
    },
    formatNumber: (value, options) =>
      options ? new Intl.NumberFormat(locale, options).format(value) : numberFormat().format(value),
  };
}

function once<Value>(make: () => Value): () => Value {
  let made: { readonly value: Value } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** Dutch weekdays are lower case mid-sentence; a heading starts with a capital in every language we speak. */
function capitalizeFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
