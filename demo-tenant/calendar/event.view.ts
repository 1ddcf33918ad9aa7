import type { Attendee, Event, Location } from "@microsoft/microsoft-graph-types";
import { stableHex, stableItemId } from "../ids.ts";
import type { DirectoryUser, Person } from "../seed/people.seed.ts";
import type { ResponseType, SeedMeeting } from "../seed/seed.model.ts";
import { graphAllDayDate, graphDateTime, graphTimestamp } from "./graph-date-time.ts";

/** Where Outlook records the zone a meeting was created in; the seed is planned in Amsterdam. */
const ORIGINAL_TIME_ZONE = "W. Europe Standard Time";
const NO_RESPONSE_TIME = "0001-01-01T00:00:00Z";
const BODY_PREVIEW_LENGTH = 255;

/** The meetings that sit in this user's calendar: organized by them or with them invited. */
export function meetingsInMailbox(meetings: readonly SeedMeeting[], mailbox: DirectoryUser): SeedMeeting[] {
  return meetings.filter(
    (meeting) =>
      meeting.organizer.email === mailbox.email ||
      meeting.attendees.some((a) => a.person.email === mailbox.email),
  );
}

/** Each mailbox has its own copy of a meeting, with its own ID, as in Exchange. */
export function eventIdOf(meetingKey: string, mailbox: DirectoryUser): string {
  return stableItemId("event", mailbox.id, meetingKey);
}

/** Graph's event with the OData annotation it always carries. */
export type GraphEvent = Event & { readonly "@odata.etag": string };

/** The mailbox's copy of a meeting as Graph's event resource, with times in `timeZone`. */
export function toGraphEvent(meeting: SeedMeeting, mailbox: DirectoryUser, timeZone: string): GraphEvent {
  const id = eventIdOf(meeting.key, mailbox);
  const isOrganizer = meeting.organizer.email === mailbox.email;
  const own = meeting.attendees.find((a) => a.person.email === mailbox.email);
  const response: ResponseType = isOrganizer ? "organizer" : (own?.response ?? "none");
  const changeKey = Buffer.from(
    stableHex(24, "change", id, meeting.lastModifiedDateTime.toISOString()),
    "hex",
  ).toString("base64");
  const { timing, onlineMeeting } = meeting;
  const start =
    timing.kind === "allDay"
      ? graphAllDayDate(timing.startDate, timeZone)
      : graphDateTime(timing.start, timeZone);
  const end =
    timing.kind === "allDay"
      ? graphAllDayDate(timing.endDate, timeZone)
      : graphDateTime(timing.end, timeZone);
  const preview = bodyPreview(meeting);
  const location = locationOf(meeting);
  const iCalUId = `040000008200E00074C5B7101A82E00800000000${stableHex(72, "ical", meeting.key).toUpperCase()}`;
  return {
    "@odata.etag": `W/"${changeKey}"`,
    id,
    createdDateTime: graphTimestamp(meeting.createdDateTime),
    lastModifiedDateTime: graphTimestamp(meeting.lastModifiedDateTime),
    changeKey,
    categories: [],
    transactionId: null,
    originalStartTimeZone: ORIGINAL_TIME_ZONE,
    originalEndTimeZone: ORIGINAL_TIME_ZONE,
    iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: !meeting.isCancelled,
    hasAttachments: false,
    subject: meeting.subject,
    bodyPreview: preview,
    importance: meeting.importance,
    sensitivity: "normal",
    isAllDay: timing.kind === "allDay",
    isCancelled: meeting.isCancelled,
    isOrganizer,
    responseRequested: true,
    seriesMasterId: meeting.series ? eventIdOf(meeting.series.masterKey, mailbox) : null,
    // Declining frees the slot in the decliner's own calendar.
    showAs: response === "declined" ? "free" : meeting.showAs,
    type: meeting.series ? "occurrence" : "singleInstance",
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: onlineMeeting !== null,
    onlineMeetingProvider: onlineMeeting ? "teamsForBusiness" : "unknown",
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: {
      response,
      time: isOrganizer || response === "none" ? NO_RESPONSE_TIME : graphTimestamp(meeting.createdDateTime),
    },
    body: { contentType: "html", content: bodyHtml(meeting) },
    start,
    end,
    location,
    locations: location.displayName ? [location] : [],
    recurrence: null,
    attendees: meeting.attendees.map(
      (attendee): Attendee => ({
        type: attendee.type,
        status: {
          response: attendee.response,
          time: attendee.response === "none" ? NO_RESPONSE_TIME : graphTimestamp(meeting.createdDateTime),
        },
        emailAddress: emailAddress(attendee.person),
      }),
    ),
    organizer: { emailAddress: emailAddress(meeting.organizer) },
    onlineMeeting: onlineMeeting ? { joinUrl: onlineMeeting.joinWebUrl } : null,
  };
}

function emailAddress(person: Person): { name: string; address: string } {
  return { name: person.name, address: person.email };
}

function locationOf(meeting: SeedMeeting): Location {
  const displayName = meeting.location ?? (meeting.onlineMeeting ? "Microsoft Teams Meeting" : "");
  return displayName
    ? { displayName, locationType: "default", uniqueId: displayName, uniqueIdType: "private" }
    : { displayName: "", locationType: "default", uniqueIdType: "unknown" };
}

function teamsFooterText(): string {
  return [
    "________________________________________________________________________________",
    "Microsoft Teams meeting",
    "Join on your computer, mobile app or room device",
    "Click here to join the meeting",
  ].join("\r\n");
}

function bodyPreview(meeting: SeedMeeting): string {
  const text = [meeting.agenda, meeting.onlineMeeting ? teamsFooterText() : ""]
    .filter(Boolean)
    .join("\r\n\r\n");
  return text.slice(0, BODY_PREVIEW_LENGTH);
}

function bodyHtml(meeting: SeedMeeting): string {
  const agenda = meeting.agenda ? `<p>${escapeHtml(meeting.agenda)}</p>` : "";
  const teams = meeting.onlineMeeting
    ? `<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36">________________________________________________________________________________</span></div>` +
      `<div><span style="font-size:24px;font-weight:700">Microsoft Teams meeting</span></div>` +
      `<div><span style="font-size:14px">Join on your computer, mobile app or room device</span></div>` +
      `<div><a href="${escapeHtml(meeting.onlineMeeting.joinWebUrl)}" target="_blank" rel="noreferrer noopener">Click here to join the meeting</a></div>`
    : "";
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${agenda}${teams}</body></html>`;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}
