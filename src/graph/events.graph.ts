import type { Event } from "@microsoft/microsoft-graph-types";
import * as z from "zod/mini";
import { parseGraphDateTime } from "../domain/calls/event-to-call.ts";
import type { GraphClient } from "./graph-client.ts";
import { GraphRequestError, graphRequestErrorFromFetchResponse, toGraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";

const SCOPES = [GraphScope.CalendarsReadWrite] as const;
/** Reading an event's attachments: every user consents to Calendars.Read on the first screen. */
const READ_SCOPES = [GraphScope.CalendarsRead] as const;
const PREFER_UTC = 'outlook.timezone="UTC"';
/** Above this size Graph takes an event's attachment only through an upload session; below it, in one POST. */
const UPLOAD_SESSION_THRESHOLD_BYTES = 3 * 1024 * 1024;

/** What Momentum keeps of an event it created or updated; every date-time is an instant. */
export interface CalendarEvent {
  readonly id: string;
  /** Opens the event in Outlook on the web. */
  readonly webLink: string | null;
  /** The Teams meeting's join URL; `null` until Teams has made the meeting. */
  readonly joinUrl: string | null;
  readonly start: Date;
  readonly end: Date;
  readonly transactionId: string | null;
}

/** A file to attach to an event, its content in base64 as `POST …/attachments` takes it. */
export interface FileAttachmentContent {
  readonly name: string;
  readonly contentType: string;
  readonly contentBytes: string;
}

/** An attachment of an event, without its content. */
export interface EventAttachmentInfo {
  readonly id: string;
  readonly name: string;
  readonly size: number | null;
  /** `file` for a `fileAttachment`, `item` for an attached mail or event, `cloud` for a `referenceAttachment`. */
  readonly kind: "file" | "item" | "cloud";
  readonly isInline: boolean;
}

export interface EventRequestOptions {
  readonly signal?: AbortSignal;
}

export interface AddFileAttachmentOptions extends EventRequestOptions {
  /** Sends the byte ranges to the upload session's pre-authenticated URL; tests pass their own. */
  readonly upload?: typeof fetch;
  /** Bytes per upload-session `PUT`; the docs advise under 4 MB. */
  readonly chunkBytes?: number;
}

/** Bytes per upload-session `PUT`, as in the docs' example. */
export const UPLOAD_CHUNK_BYTES = 2 * 1024 * 1024;

// Built when first used, as the notes document's schemas are (see there why): the rep's first screen reads
// no event.
const eventSchema = z.lazy(() => {
  const dateTimeTimeZone = z.object({
    dateTime: z.string().check(z.minLength(1)),
    timeZone: z.nullish(z.string()),
  });
  return z.object({
    id: z.string().check(z.minLength(1)),
    webLink: z.nullish(z.string()),
    onlineMeeting: z.nullish(z.object({ joinUrl: z.nullish(z.string()) })),
    start: dateTimeTimeZone,
    end: dateTimeTimeZone,
    transactionId: z.nullish(z.string()),
  });
});

/** What every attachment says of itself; a function, so that each schema below builds it when it is first used. */
function attachmentShape() {
  return {
    "@odata.type": z.nullish(z.string()),
    id: z.string().check(z.minLength(1)),
    name: z.nullish(z.string()),
    size: z.nullish(z.number()),
    isInline: z.nullish(z.boolean()),
  };
}

const attachmentsPageSchema = z.lazy(() => z.object({ value: z.array(z.object(attachmentShape())) }));

const fileAttachmentSchema = z.lazy(() =>
  z.object({
    ...attachmentShape(),
    "@odata.type": z.literal("#microsoft.graph.fileAttachment"),
    contentType: z.nullish(z.string()),
    contentBytes: z.string(),
  }),
);

const ATTACHMENT_KINDS: Readonly<Record<string, EventAttachmentInfo["kind"]>> = {
  "#microsoft.graph.fileAttachment": "file",
  "#microsoft.graph.itemAttachment": "item",
  "#microsoft.graph.referenceAttachment": "cloud",
};

const uploadSessionSchema = z.lazy(() =>
  z.object({
    uploadUrl: z.url(),
    nextExpectedRanges: z.nullish(z.array(z.string())),
  }),
);

/** A range's answer: where the session expects the next one, if it says. */
const uploadProgressSchema = z.lazy(() => z.object({ nextExpectedRanges: z.nullish(z.array(z.string())) }));

/**
 * Creates an event in the signed-in user's calendar (`POST /me/events`, Calendars.ReadWrite); with attendees Graph
 * sends them the invitation. The event must carry a `transactionId`: Graph documents it as the identifier "for the
 * server to avoid redundant POST operations in case of client retries to create the same event", so when the
 * answer to this POST is lost the caller may POST again with the same `transactionId` and Graph makes no second
 * event. (Graph has no documented `$filter` on `transactionId`, so the repeated POST is the way to find it.) The
 * client does not repeat a POST by itself after a dropped connection or a 504; that decision is the caller's.
 */
export async function createEvent(
  client: GraphClient,
  event: Event,
  options: EventRequestOptions = {},
): Promise<CalendarEvent> {
  if (!event.transactionId) throw new RangeError("An event is created only with a transactionId");
  const body: unknown = await client
    .api("/me/events", SCOPES)
    .header("Prefer", PREFER_UTC)
    .option("signal", options.signal)
    .post(event);
  return toCalendarEvent(body);
}

/**
 * Changes an event (`PATCH /me/events/{id}`). When the signed-in user organizes a meeting, Graph sends the
 * attendees an update: that is how they receive an attachment added after the invitation went out.
 */
export async function updateEvent(
  client: GraphClient,
  eventId: string,
  patch: Event,
  options: EventRequestOptions = {},
): Promise<CalendarEvent> {
  const body: unknown = await client
    .api(eventAddress(eventId), SCOPES)
    .header("Prefer", PREFER_UTC)
    .option("signal", options.signal)
    .patch(patch);
  return toCalendarEvent(body);
}

/**
 * The attachments of an event in the signed-in user's calendar, without their content
 * (`GET /me/events/{id}/attachments`; Graph always includes each one's `@odata.type`).
 */
export async function listAttachments(
  client: GraphClient,
  eventId: string,
  options: EventRequestOptions = {},
): Promise<EventAttachmentInfo[]> {
  const body: unknown = await client
    .api(`${eventAddress(eventId)}/attachments?$select=id,name,size,isInline`, READ_SCOPES)
    .option("signal", options.signal)
    .get();
  const page = attachmentsPageSchema.safeParse(body);
  if (!page.success) throw unreadable("attachments");
  return page.data.value.map((attachment) => ({
    id: attachment.id,
    name: attachment.name ?? "",
    size: attachment.size ?? null,
    kind: ATTACHMENT_KINDS[attachment["@odata.type"] ?? ""] ?? "file",
    isInline: attachment.isInline ?? false,
  }));
}

/**
 * One file attachment of an event with its content (`GET /me/events/{id}/attachments/{id}`): an attendee reads the
 * organizer's attachment on their own copy of the event. An attachment that is not a file (an attached mail, a
 * link to OneDrive) has no `contentBytes` and is refused as unreadable.
 */
export async function getFileAttachment(
  client: GraphClient,
  eventId: string,
  attachmentId: string,
  options: EventRequestOptions = {},
): Promise<FileAttachmentContent> {
  const body: unknown = await client
    .api(`${eventAddress(eventId)}/attachments/${encodeURIComponent(attachmentId)}`, READ_SCOPES)
    .option("signal", options.signal)
    .get();
  const parsed = fileAttachmentSchema.safeParse(body);
  if (!parsed.success) throw unreadable("file attachment");
  return {
    name: parsed.data.name ?? "",
    contentType: parsed.data.contentType ?? "application/octet-stream",
    contentBytes: parsed.data.contentBytes,
  };
}

/** The subject of an event in the signed-in user's calendar (`GET /me/events/{id}?$select=subject`). */
export async function getEventSubject(
  client: GraphClient,
  eventId: string,
  options: EventRequestOptions = {},
): Promise<string> {
  const body: unknown = await client
    .api(`${eventAddress(eventId)}?$select=subject`, READ_SCOPES)
    .option("signal", options.signal)
    .get();
  const parsed = z.object({ subject: z.nullish(z.string()) }).safeParse(body);
  if (!parsed.success) throw unreadable("event");
  return parsed.data.subject ?? "";
}

/**
 * Attaches a file to an event. Up to 3 MB in one `POST /me/events/{id}/attachments`; above that through an
 * upload session (`…/attachments/createUploadSession`), whose byte ranges are `PUT` in order, with
 * `Content-Range`, to the session's pre-authenticated URL: without our token, which that URL does not need and
 * must not receive.
 */
export async function addFileAttachment(
  client: GraphClient,
  eventId: string,
  attachment: FileAttachmentContent,
  options: AddFileAttachmentOptions = {},
): Promise<void> {
  const bytes = base64ToBytes(attachment.contentBytes);
  if (bytes.byteLength <= UPLOAD_SESSION_THRESHOLD_BYTES) {
    await client
      .api(`${eventAddress(eventId)}/attachments`, SCOPES)
      .option("signal", options.signal)
      .post({ "@odata.type": "#microsoft.graph.fileAttachment", ...attachment });
    return;
  }
  const session: unknown = await client
    .api(`${eventAddress(eventId)}/attachments/createUploadSession`, SCOPES)
    .option("signal", options.signal)
    .post({
      AttachmentItem: {
        attachmentType: "file",
        name: attachment.name,
        contentType: attachment.contentType,
        size: bytes.byteLength,
      },
    });
  const parsed = uploadSessionSchema.safeParse(session);
  if (!parsed.success) throw unreadable("upload session");
  await uploadRanges(parsed.data.uploadUrl, bytes, nextStart(parsed.data.nextExpectedRanges) ?? 0, options);
}

/** Sends `bytes` from `from` on, one range after the other, where the session says it expects them next. */
async function uploadRanges(
  uploadUrl: string,
  bytes: Uint8Array,
  from: number,
  options: AddFileAttachmentOptions,
): Promise<void> {
  const send = options.upload ?? globalThis.fetch;
  const chunkBytes = options.chunkBytes ?? UPLOAD_CHUNK_BYTES;
  const total = bytes.byteLength;
  for (let start = from; start < total; ) {
    const end = Math.min(start + chunkBytes, total);
    let response: Response;
    try {
      response = await send(uploadUrl, {
        method: "PUT",
        headers: {
          "Content-Type": "application/octet-stream",
          "Content-Range": `bytes ${start}-${end - 1}/${total}`,
        },
        body: bytes.slice(start, end),
        credentials: "omit",
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw toGraphRequestError(error);
    }
    if (!response.ok) throw await graphRequestErrorFromFetchResponse(response);
    // The last range is answered 201 Created; the others 200 with where to go on.
    if (response.status === 201) return;
    const progress: unknown = await response.json().catch(() => null);
    const expected = uploadProgressSchema.safeParse(progress);
    start = (expected.success ? nextStart(expected.data.nextExpectedRanges) : null) ?? end;
  }
}

/** `["2097152"]` or `["2097152-"]` → 2097152. */
function nextStart(ranges: readonly string[] | null | undefined): number | null {
  const first = ranges?.[0];
  if (first === undefined) return null;
  const start = Number.parseInt(first, 10);
  return Number.isNaN(start) ? null : start;
}

function eventAddress(eventId: string): string {
  return `/me/events/${encodeURIComponent(eventId)}`;
}

function toCalendarEvent(body: unknown): CalendarEvent {
  const parsed = eventSchema.safeParse(body);
  if (!parsed.success) throw unreadable("event");
  const event = parsed.data;
  try {
    return {
      id: event.id,
      webLink: event.webLink || null,
      joinUrl: event.onlineMeeting?.joinUrl || null,
      start: parseGraphDateTime(event.start),
      end: parseGraphDateTime(event.end),
      transactionId: event.transactionId || null,
    };
  } catch (error) {
    throw unreadable("event", error);
  }
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function unreadable(what: string, cause?: unknown): GraphRequestError {
  return new GraphRequestError(`Microsoft Graph sent an ${what} answer Momentum cannot read`, {
    kind: "other",
    status: null,
    cause,
  });
}
