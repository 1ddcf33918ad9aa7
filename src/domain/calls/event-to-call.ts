import type { Attendee, DateTimeTimeZone, EmailAddress, Event } from "@microsoft/microsoft-graph-types";
import type { Call, CallParticipant } from "./call.ts";

/** The signed-in rep, as far as classifying their calendar needs to know them. */
export interface RepIdentity {
  /** The rep's primary SMTP address (Graph `mail`, else `userPrincipalName`). */
  readonly email: string;
}

/**
 * Turns a calendar event into a call, or `null` when it is not one: cancelled, all-day, declined by the rep,
 * or with nobody but the rep on it (a focus block is not a meeting).
 * A call is a customer call when anyone on it has an email address outside the rep's own domain.
 */
export function eventToCall(event: Event, rep: RepIdentity): Call | null {
  if (event.isCancelled || event.isAllDay || event.responseStatus?.response === "declined") return null;
  if (!event.id || !event.start || !event.end) return null;

  const repEmail = rep.email.toLowerCase();
  const repDomain = domainOf(repEmail);
  const participants = uniqueParticipants(
    [event.organizer?.emailAddress, ...(event.attendees ?? []).filter(isPerson).map((a) => a.emailAddress)],
    repEmail,
  );
  if (participants.length === 0) return null;

  const externalDomains = [
    ...new Set(
      participants
        .map((p) => (p.email ? domainOf(p.email) : null))
        .filter((domain): domain is string => domain !== null && domain !== repDomain),
    ),
  ];

  return {
    id: event.id,
    source: "calendar",
    kind: externalDomains.length > 0 ? "customer" : "internal",
    subject: event.subject?.trim() || "",
    participants,
    externalDomains,
    start: parseGraphDateTime(event.start),
    end: parseGraphDateTime(event.end),
    joinUrl: event.isOnlineMeeting ? (event.onlineMeeting?.joinUrl ?? null) : null,
    isOrganizer: event.isOrganizer === true,
  };
}

/** Rooms and equipment are attendees of type `resource`; they are not people on the call. */
function isPerson(attendee: Attendee): boolean {
  return attendee.type !== "resource";
}

function uniqueParticipants(
  addresses: ReadonlyArray<EmailAddress | null | undefined>,
  repEmail: string,
): CallParticipant[] {
  const seen = new Set<string>([repEmail]);
  const participants: CallParticipant[] = [];
  for (const address of addresses) {
    const email = address?.address?.trim().toLowerCase() || null;
    const name = address?.name?.trim() || email || "";
    const key = email ?? `name:${name}`;
    if (!name || seen.has(key)) continue;
    seen.add(key);
    participants.push({ name, email });
  }
  return participants;
}

function domainOf(email: string): string | null {
  const at = email.lastIndexOf("@");
  return at < 0 ? null : email.slice(at + 1).toLowerCase();
}

/**
 * Graph sends `{ dateTime: "2026-03-29T09:00:00.0000000", timeZone: "UTC" }` when asked for UTC
 * (the Graph modules send `Prefer: outlook.timezone="UTC"`), so the wall time is read as UTC.
 * An explicit offset in `dateTime`, should one appear, is honoured.
 */
export function parseGraphDateTime(value: DateTimeTimeZone): Date {
  const raw = value.dateTime ?? "";
  const zone = value.timeZone ?? "UTC";
  if (zone !== "UTC" && zone !== "Etc/UTC" && !/[zZ]|[+-]\d\d:\d\d$/.test(raw)) {
    throw new RangeError(`Expected a UTC date-time from Graph, got time zone "${zone}"`);
  }
  const iso = /[zZ]|[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Graph sent an unreadable date-time "${raw}"`);
  return date;
}
