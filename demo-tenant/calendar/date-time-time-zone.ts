import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { GraphHttpError } from "../http/graph-error.ts";
import { isKnownTimeZone } from "./graph-date-time.ts";

/** The Windows names Outlook clients send most, mapped to the IANA zones the emulator computes in. */
const WINDOWS_TIME_ZONES: Readonly<Record<string, string>> = {
  "W. Europe Standard Time": "Europe/Amsterdam",
  "Romance Standard Time": "Europe/Brussels",
  "GMT Standard Time": "Europe/London",
  "Pacific Standard Time": "America/Los_Angeles",
  "Eastern Standard Time": "America/New_York",
};

/** Graph's dateTimeTimeZone as a request carries it. */
export const dateTimeTimeZoneSchema = z.object({ dateTime: z.string(), timeZone: z.string().optional() });
export type DateTimeTimeZone = z.infer<typeof dateTimeTimeZoneSchema>;

/** The IANA zone for a zone a client wrote (IANA or Windows name); UTC when it names none. */
export function ianaTimeZone(timeZone: string | undefined): string {
  const name = timeZone?.trim() || "UTC";
  const mapped = WINDOWS_TIME_ZONES[name] ?? name;
  if (!isKnownTimeZone(mapped)) {
    throw new GraphHttpError(
      400,
      "TimeZoneNotSupportedException",
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
    );
  }
  return mapped;
}

/** The instant a dateTimeTimeZone names: wall-clock time in its zone (an offset in the string wins). */
export function instantOf(value: DateTimeTimeZone): Date {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?([zZ]|[+-]\d\d:?\d\d)?$/.exec(
    value.dateTime.trim(),
  );
  if (!match) {
    throw new GraphHttpError(
      400,
      "ErrorInvalidRequest",
      `Cannot convert the literal '${value.dateTime}' to the expected type 'Edm.DateTime'.`,
    );
  }
  if (match[7]) return new Date(value.dateTime);
  const [year, month, day, hours, minutes, seconds] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return new Date(
    new TZDate(year, month - 1, day, hours, minutes, seconds, ianaTimeZone(value.timeZone)).getTime(),
  );
}
