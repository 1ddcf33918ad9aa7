import { stableHex } from "../ids.ts";
import type { StoredAttachment, StoredEvent } from "../store/events.store.ts";
import type { GraphEvent } from "./event.view.ts";
import { graphDateTime, graphTimestamp } from "./graph-date-time.ts";

const NO_RESPONSE_TIME = "0001-01-01T00:00:00Z";
const BODY_PREVIEW_LENGTH = 255;

/** Exchange's changeKey: a new one with every change of the item. */
export function changeKeyOf(event: StoredEvent): string {
  return Buffer.from(stableHex(24, "change", event.id, String(event.version)), "hex").toString("base64");
}

/** An event created through the API (or its invitation copy) as Graph's event resource, times in `timeZone`. */
export function storedToGraphEvent(event: StoredEvent, timeZone: string): GraphEvent {
  const changeKey = changeKeyOf(event);
  const location = event.location
    ? { displayName: event.location, locationType: "default" as const, uniqueIdType: "private" as const }
    : { displayName: "", locationType: "default" as const, uniqueIdType: "unknown" as const };
  return {
    "@odata.etag": `W/"${changeKey}"`,
    id: event.id,
    createdDateTime: graphTimestamp(new Date(event.createdDateTime)),
    lastModifiedDateTime: graphTimestamp(new Date(event.lastModifiedDateTime)),
    changeKey,
    categories: [],
    transactionId: event.isOrganizer ? event.transactionId : null,
    originalStartTimeZone: event.startTimeZone,
    originalEndTimeZone: event.endTimeZone,
    iCalUId: event.meetingUid,
    reminderMinutesBeforeStart: 15,
    isReminderOn: !event.isCancelled,
    hasAttachments: event.attachments.some((attachment) => !attachment.isInline),
    subject: event.subject,
    bodyPreview: textOf(event.body).slice(0, BODY_PREVIEW_LENGTH),
    importance: event.importance as GraphEvent["importance"],
    sensitivity: event.sensitivity as GraphEvent["sensitivity"],
    isAllDay: false,
    isCancelled: event.isCancelled,
    isOrganizer: event.isOrganizer,
    responseRequested: true,
    seriesMasterId: null,
    showAs: event.showAs as GraphEvent["showAs"],
    type: "singleInstance",
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider as GraphEvent["onlineMeetingProvider"],
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: { response: event.response as "none", time: NO_RESPONSE_TIME },
    body: event.body,
    start: graphDateTime(new Date(event.start), timeZone),
    end: graphDateTime(new Date(event.end), timeZone),
    location,
    locations: event.location ? [location] : [],
    recurrence: null,
    attendees: event.attendees.map((attendee) => ({
      type: attendee.type as "required",
      status: { response: "none", time: NO_RESPONSE_TIME },
      emailAddress: attendee.emailAddress,
    })),
    organizer: { emailAddress: event.organizer },
    onlineMeeting: event.joinUrl ? { joinUrl: event.joinUrl } : null,
  };
}

/** Graph's fileAttachment; `contentBytes` only when the attachment itself is asked for. */
export function toGraphAttachment(attachment: StoredAttachment, withContent: boolean) {
  return {
    "@odata.type": "#microsoft.graph.fileAttachment",
    "@odata.mediaContentType": attachment.contentType,
    id: attachment.id,
    lastModifiedDateTime: graphTimestamp(new Date(attachment.lastModifiedDateTime)),
    name: attachment.name,
    contentType: attachment.contentType,
    size: Buffer.from(attachment.contentBase64, "base64").byteLength,
    isInline: attachment.isInline,
    contentId: null,
    contentLocation: null,
    ...(withContent ? { contentBytes: attachment.contentBase64 } : {}),
  };
}

function textOf(body: StoredEvent["body"]): string {
  if (body.contentType === "text") return body.content;
  return body.content
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
