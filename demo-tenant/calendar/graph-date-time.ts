import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** Graph's timestamp: ISO 8601 in UTC with seven fractional digits, e.g. `2026-11-20T08:00:00.0000000Z`. */
export function graphTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, ".$10000Z");
}

/** Graph's dateTimeTimeZone: wall-clock time in `timeZone` without an offset, seven fractional digits. */
export function graphDateTime(date: Date, timeZone: string): { dateTime: string; timeZone: string } {
  return {
    dateTime: format(new TZDate(date.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ss.SSS'0000'"),
    timeZone,
  };
}

/** An all-day date the way Graph shows it in any zone: midnight, no shift. */
export function graphAllDayDate(isoDate: string, timeZone: string): { dateTime: string; timeZone: string } {
  return { dateTime: `${isoDate}T00:00:00.0000000`, timeZone };
}

/** Whether the runtime knows this IANA zone (or UTC); Graph falls back to UTC for an unknown one. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
