import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";

/** A wall-clock date and time as a `datetime-local` input holds it: `YYYY-MM-DDTHH:mm`, no zone. */
export type LocalDateTime = string;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** What the clock in the IANA `timeZone` (the user's, never the machine's) shows at `instant`. */
export function toLocalDateTime(instant: Date, timeZone: string): LocalDateTime {
  return format(instant, "yyyy-MM-dd'T'HH:mm", { in: tz(timeZone) });
}

/**
 * The instant a wall-clock time in `timeZone` stands for, or `null` for anything that is not a real date and
 * time. A time skipped by the spring daylight-saving change moves forward, as clocks do.
 */
export function fromLocalDateTime(value: LocalDateTime, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const instant = new TZDate(year, month - 1, day, hours, minutes, timeZone);
  // 31 February rolls over into March; it is not a date the rep meant.
  if (instant.getDate() !== day) return null;
  return new Date(instant.getTime());
}
