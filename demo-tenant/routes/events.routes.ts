import { randomBytes } from "node:crypto";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { dateTimeTimeZoneSchema, instantOf } from "../calendar/date-time-time-zone.ts";
import { eventIdOf, meetingsInMailbox } from "../calendar/event.view.ts";
import { storedToGraphEvent, toGraphAttachment } from "../calendar/stored-event.view.ts";
import { GRAPH_PREFIX, type GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import { parseJsonBody } from "../http/json-body.ts";
import { odataContext } from "../http/odata.ts";
import { stableGuid, stableItemId } from "../ids.ts";
import { CONTOSO_TENANT_ID, type DirectoryUser } from "../seed/people.seed.ts";
import {
  EventsStore,
  newAttachmentId,
  newItemId,
  newMeetingUid,
  type StoredAttachment,
  type StoredEvent,
} from "../store/events.store.ts";
import type { TenantServices } from "../tenant-services.ts";
import { preferredTimeZone } from "./calendar.routes.ts";

/** Where attachment upload sessions take their bytes, under `/graph`: outside `/v1.0`, so no token is sent. */
export const EVENT_UPLOADS_PREFIX = "/uploads";
/** Graph takes a fileAttachment in one POST up to 3 MB; larger ones need an upload session. */
const MAX_INLINE_ATTACHMENT_BYTES = 3 * 1024 * 1024;
/** An upload session takes attachments up to 150 MB. */
const MAX_UPLOAD_SESSION_BYTES = 150 * 1024 * 1024;
const UPLOAD_SESSION_LIFETIME_MS = 15 * 60_000;

const emailAddressSchema = z.object({ address: z.string().email(), name: z.string().optional() });
const attendeeSchema = z.object({
  type: z.enum(["required", "optional", "resource"]).optional(),
  emailAddress: emailAddressSchema,
});

/** What a client may write on an event; Graph ignores what it does not know, and so do we. */
const eventInputSchema = z.object({
  subject: z.string().optional(),
  body: z.object({ contentType: z.enum(["text", "html", "Text", "HTML"]), content: z.string() }).optional(),
  start: dateTimeTimeZoneSchema.optional(),
  end: dateTimeTimeZoneSchema.optional(),
  location: z.object({ displayName: z.string().optional() }).optional(),
  attendees: z.array(attendeeSchema).optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z
    .enum(["teamsForBusiness", "skypeForBusiness", "skypeForConsumer", "unknown"])
    .optional(),
  showAs: z.enum(["free", "tentative", "busy", "oof", "workingElsewhere", "unknown"]).optional(),
  importance: z.enum(["low", "normal", "high"]).optional(),
  sensitivity: z.enum(["normal", "personal", "private", "confidential"]).optional(),
  transactionId: z.string().min(1).optional(),
});
type EventInput = z.infer<typeof eventInputSchema>;

const fileAttachmentSchema = z.object({
  "@odata.type": z.literal("#microsoft.graph.fileAttachment"),
  name: z.string().min(1),
  contentType: z.string().optional(),
  contentBytes: z.string(),
  isInline: z.boolean().optional(),
});

const uploadSessionRequestSchema = z.object({
  AttachmentItem: z.object({
    attachmentType: z.literal("file"),
    name: z.string().min(1),
    size: z.number().int().nonnegative(),
    contentType: z.string().optional(),
    isInline: z.boolean().optional(),
  }),
});

/**
 * Events the signed-in user creates, and what Graph lets them do with them:
 *
 * - `POST /me/events` creates the event in the caller's calendar (201) and delivers an invitation copy to each
 *   attendee in the tenant (own ID, `isOrganizer: false`, `notResponded`). A `transactionId` the caller already
 *   used answers with the event it created then: a retry makes no second event;
 * - `PATCH /me/events/{id}` updates it; the organizer's update reaches the attendees' copies, current
 *   attachments included (an attachment added to the organizer's event alone does not travel);
 * - `DELETE /me/events/{id}`: the organizer's delete cancels the attendees' copies;
 * - `/me/events/{id}/attachments`: list, get (with `contentBytes`), add a fileAttachment up to 3 MB, or
 *   `createUploadSession` for larger files, whose bytes go to the session's URL ({@link eventUploadRoutes}).
 *
 * Reading events (`GET /me/events/{id}`, `calendarView`) is `calendar.routes.ts`, seed and created alike.
 */
export function eventsRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();
  const events = new EventsStore(store.documents);
  const now = () => store.now;

  const ownEvent = (user: DirectoryUser, id: string): StoredEvent => {
    const event = events.event(user.id, id);
    if (!event) throw itemNotFound();
    return event;
  };

  const tenantAttendees = (event: StoredEvent, organizer: DirectoryUser): DirectoryUser[] =>
    store.seed.users.filter(
      (candidate) =>
        candidate.id !== organizer.id &&
        event.attendees.some((a) => a.emailAddress.address.toLowerCase() === candidate.email),
    );

  /**
   * Sends the organizer's event to the attendees in the tenant: a new copy for a new attendee, the organizer's
   * current details (attachments included) for the others, a cancellation for attendees who were removed.
   */
  const deliverToAttendees = async (event: StoredEvent, before?: StoredEvent) => {
    const organizer = store.seed.users.find((candidate) => candidate.email === event.organizer.address);
    if (!organizer) return;
    const current = tenantAttendees(event, organizer);
    for (const attendee of current) {
      const copy = events.copyOf(attendee.id, event.meetingUid);
      await events.save(attendee.id, invitationCopy(event, copy, now()));
    }
    const removed = before
      ? tenantAttendees(before, organizer).filter((a) => !current.some((c) => c.id === a.id))
      : [];
    for (const attendee of removed) {
      const copy = events.copyOf(attendee.id, event.meetingUid);
      if (copy) await events.save(attendee.id, cancelled(copy));
    }
  };

  const eventResponse = (c: Context<GraphEnv>, event: StoredEvent, status: 200 | 201) =>
    c.json(
      {
        "@odata.context": odataContext(c.req.url, `users('${c.get("user").id}')/events/$entity`),
        ...storedToGraphEvent(event, preferredTimeZone(c.req.header("prefer"))),
      },
      status,
    );

  routes.post("/me/events", async (c) => {
    const user = c.get("user");
    const input = await parseJsonBody(c, eventInputSchema);
    if (input.transactionId) {
      const earlier = events.byTransactionId(user.id, input.transactionId);
      if (earlier) return eventResponse(c, earlier, 201);
    }
    if (!input.start || !input.end) {
      throw new GraphHttpError(400, "ErrorInvalidRequest", "The event must have a start and an end.");
    }
    const at = now().toISOString();
    const event = applyInput(
      {
        id: newItemId(),
        meetingUid: newMeetingUid(),
        isOrganizer: true,
        organizer: { name: user.name, address: user.email },
        response: "organizer",
        subject: "",
        body: { contentType: "html", content: "" },
        start: at,
        end: at,
        startTimeZone: "UTC",
        endTimeZone: "UTC",
        location: "",
        isOnlineMeeting: false,
        onlineMeetingProvider: "unknown",
        joinUrl: null,
        attendees: [],
        showAs: "busy",
        importance: "normal",
        sensitivity: "normal",
        isCancelled: false,
        transactionId: input.transactionId ?? null,
        version: 1,
        createdDateTime: at,
        lastModifiedDateTime: at,
        attachments: [],
      },
      input,
      user,
    );
    await events.save(user.id, event);
    await deliverToAttendees(event);
    return eventResponse(c, event, 201);
  });

  routes.patch("/me/events/:id", async (c) => {
    const user = c.get("user");
    const existing = ownEvent(user, c.req.param("id"));
    const input = await parseJsonBody(c, eventInputSchema);
    const updated = applyInput(
      { ...existing, version: existing.version + 1, lastModifiedDateTime: now().toISOString() },
      input,
      user,
    );
    await events.save(user.id, updated);
    if (updated.isOrganizer) await deliverToAttendees(updated, existing);
    return eventResponse(c, updated, 200);
  });

  routes.delete("/me/events/:id", async (c) => {
    const user = c.get("user");
    const event = ownEvent(user, c.req.param("id"));
    await events.delete(user.id, event.id);
    if (event.isOrganizer) {
      for (const attendee of tenantAttendees(event, user)) {
        const copy = events.copyOf(attendee.id, event.meetingUid);
        if (copy) await events.save(attendee.id, cancelled(copy));
      }
    }
    return c.body(null, 204);
  });

  routes.get("/me/events/:id/attachments", (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    // The seeded meetings carry no attachments; created events and invitation copies may.
    const isSeeded = meetingsInMailbox(store.seed.meetings, user).some(
      (meeting) => eventIdOf(meeting.key, user) === id,
    );
    const attachments = isSeeded ? [] : ownEvent(user, id).attachments;
    return c.json({
      "@odata.context": odataContext(c.req.url, `users('${user.id}')/events('${id}')/attachments`),
      value: attachments.map((attachment) => toGraphAttachment(attachment, false)),
    });
  });

  routes.get("/me/events/:id/attachments/:attachmentId", (c) => {
    const user = c.get("user");
    const event = ownEvent(user, c.req.param("id"));
    const attachment = event.attachments.find((candidate) => candidate.id === c.req.param("attachmentId"));
    if (!attachment) throw itemNotFound();
    return c.json({
      "@odata.context": odataContext(
        c.req.url,
        `users('${user.id}')/events('${event.id}')/attachments/$entity`,
      ),
      ...toGraphAttachment(attachment, true),
    });
  });

  routes.post("/me/events/:id/attachments/createUploadSession", async (c) => {
    const user = c.get("user");
    const event = ownEvent(user, c.req.param("id"));
    const { AttachmentItem: item } = await parseJsonBody(c, uploadSessionRequestSchema);
    if (item.size > MAX_UPLOAD_SESSION_BYTES) {
      throw new GraphHttpError(413, "ErrorAttachmentSizeLimitExceeded", "The attachment is too large.");
    }
    const token = randomBytes(24).toString("base64url");
    const expirationDateTime = new Date(Date.now() + UPLOAD_SESSION_LIFETIME_MS).toISOString();
    await events.saveUploadSession(token, {
      userId: user.id,
      eventId: event.id,
      name: item.name,
      contentType: item.contentType ?? "application/octet-stream",
      isInline: item.isInline ?? false,
      size: item.size,
      receivedBase64: "",
      expirationDateTime,
    });
    return c.json(
      {
        "@odata.context": odataContext(c.req.url, "microsoft.graph.uploadSession"),
        uploadUrl: `${new URL(c.req.url).origin}${GRAPH_PREFIX}${EVENT_UPLOADS_PREFIX}/${token}`,
        expirationDateTime,
        nextExpectedRanges: ["0-"],
      },
      201,
    );
  });

  routes.post("/me/events/:id/attachments", async (c) => {
    const user = c.get("user");
    const event = ownEvent(user, c.req.param("id"));
    const input = await parseJsonBody(c, fileAttachmentSchema);
    const content = Buffer.from(input.contentBytes, "base64");
    if (content.byteLength > MAX_INLINE_ATTACHMENT_BYTES) {
      throw new GraphHttpError(
        413,
        "ErrorRequestEntityTooLarge",
        "The attachment exceeds 3 MB: use an upload session.",
      );
    }
    const attachment: StoredAttachment = {
      id: newAttachmentId(),
      name: input.name,
      contentType: input.contentType ?? "application/octet-stream",
      contentBase64: content.toString("base64"),
      isInline: input.isInline ?? false,
      lastModifiedDateTime: now().toISOString(),
    };
    await events.save(user.id, withAttachment(event, attachment, now()));
    return c.json(
      {
        "@odata.context": odataContext(
          c.req.url,
          `users('${user.id}')/events('${event.id}')/attachments/$entity`,
        ),
        ...toGraphAttachment(attachment, true),
      },
      201,
    );
  });

  return routes;
}

/**
 * `PUT /graph/uploads/{token}`: the bytes of an attachment upload session, in order, with `Content-Range:
 * bytes {from}-{to}/{size}`. `200` with the next expected range until the last byte, then `201` and the
 * attachment is on the event. No sign-in, as the real upload URL carries its own authorization.
 */
export function eventUploadRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();
  const events = new EventsStore(store.documents);

  routes.put("/:token", async (c) => {
    const token = c.req.param("token");
    const session = events.uploadSession(token);
    if (!session || Date.parse(session.expirationDateTime) < Date.now()) {
      throw new GraphHttpError(404, "ErrorItemNotFound", "The upload session does not exist or has expired.");
    }
    const received = Buffer.from(session.receivedBase64, "base64");
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(c.req.header("content-range")?.trim() ?? "");
    const chunk = Buffer.from(await c.req.arrayBuffer());
    const [from, to, total] = range ? [Number(range[1]), Number(range[2]), Number(range[3])] : [-1, -1, -1];
    if (from !== received.byteLength || to - from + 1 !== chunk.byteLength || total !== session.size) {
      throw new GraphHttpError(
        416,
        "ErrorInvalidRange",
        `Expected the bytes from ${received.byteLength} of ${session.size} with a matching Content-Range.`,
      );
    }
    const content = Buffer.concat([received, chunk]);
    if (content.byteLength < session.size) {
      await events.saveUploadSession(token, { ...session, receivedBase64: content.toString("base64") });
      return c.json({
        expirationDateTime: session.expirationDateTime,
        nextExpectedRanges: [`${content.byteLength}-`],
      });
    }
    await events.deleteUploadSession(token);
    const event = events.event(session.userId, session.eventId);
    if (!event) throw itemNotFound();
    const attachment: StoredAttachment = {
      id: newAttachmentId(),
      name: session.name,
      contentType: session.contentType,
      contentBase64: content.toString("base64"),
      isInline: session.isInline,
      lastModifiedDateTime: store.now.toISOString(),
    };
    await events.save(session.userId, withAttachment(event, attachment, store.now));
    const origin = new URL(c.req.url).origin;
    return c.body(null, 201, {
      Location: `${origin}${GRAPH_PREFIX}/v1.0/users('${session.userId}')/events('${event.id}')/attachments('${attachment.id}')`,
    });
  });

  return routes;
}

/** The event with what the client wrote applied; a Teams meeting gets its join URL when it becomes one. */
function applyInput(event: StoredEvent, input: EventInput, organizer: DirectoryUser): StoredEvent {
  const start = input.start ? instantOf(input.start) : new Date(event.start);
  const end = input.end ? instantOf(input.end) : new Date(event.end);
  if (end < start) {
    throw new GraphHttpError(400, "ErrorInvalidRequest", "The end of the event is before its start.");
  }
  const isOnlineMeeting = input.isOnlineMeeting ?? event.isOnlineMeeting;
  const provider = isOnlineMeeting
    ? (input.onlineMeetingProvider ??
      (event.isOnlineMeeting ? event.onlineMeetingProvider : "teamsForBusiness"))
    : "unknown";
  return {
    ...event,
    subject: input.subject ?? event.subject,
    body: input.body
      ? { contentType: input.body.contentType.toLowerCase() as "text" | "html", content: input.body.content }
      : event.body,
    start: start.toISOString(),
    end: end.toISOString(),
    startTimeZone: input.start ? (input.start.timeZone ?? "UTC") : event.startTimeZone,
    endTimeZone: input.end ? (input.end.timeZone ?? "UTC") : event.endTimeZone,
    location: input.location?.displayName ?? event.location,
    isOnlineMeeting,
    onlineMeetingProvider: provider,
    joinUrl: provider === "teamsForBusiness" ? (event.joinUrl ?? teamsJoinUrl(organizer)) : null,
    attendees: input.attendees
      ? input.attendees.map((attendee) => ({
          type: attendee.type ?? "required",
          emailAddress: {
            name: attendee.emailAddress.name ?? attendee.emailAddress.address,
            address: attendee.emailAddress.address,
          },
        }))
      : event.attendees,
    showAs: input.showAs ?? event.showAs,
    importance: input.importance ?? event.importance,
    sensitivity: input.sensitivity ?? event.sensitivity,
  };
}

/** A Teams meeting's join URL in Teams' own format. */
function teamsJoinUrl(organizer: DirectoryUser): string {
  const threadKey = randomBytes(36).toString("base64url");
  const context = `%7b%22Tid%22%3a%22${CONTOSO_TENANT_ID}%22%2c%22Oid%22%3a%22${stableGuid("user", organizer.email)}%22%7d`;
  return `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${threadKey}%40thread.v2/0?context=${context}`;
}

/** The attendee's copy: the organizer's details, its own ID and answer, and the organizer's attachments now. */
function invitationCopy(organizers: StoredEvent, copy: StoredEvent | null, at: Date): StoredEvent {
  const id = copy?.id ?? newItemId();
  return {
    ...organizers,
    id,
    isOrganizer: false,
    response: copy?.response ?? "notResponded",
    // Exchange puts an unanswered invitation in the attendee's calendar as tentative.
    showAs: copy?.showAs ?? "tentative",
    transactionId: null,
    version: (copy?.version ?? 0) + 1,
    createdDateTime: copy?.createdDateTime ?? at.toISOString(),
    lastModifiedDateTime: at.toISOString(),
    attachments: organizers.attachments.map((attachment) => ({
      ...attachment,
      // Each copy has its own attachment IDs, the same ones at every update.
      id: stableItemId("attachment", id, attachment.id),
    })),
  };
}

function withAttachment(event: StoredEvent, attachment: StoredAttachment, at: Date): StoredEvent {
  return {
    ...event,
    attachments: [...event.attachments, attachment],
    version: event.version + 1,
    lastModifiedDateTime: at.toISOString(),
  };
}

function cancelled(copy: StoredEvent): StoredEvent {
  return {
    ...copy,
    isCancelled: true,
    showAs: "free",
    subject: copy.subject.startsWith("Canceled: ") ? copy.subject : `Canceled: ${copy.subject}`,
    version: copy.version + 1,
  };
}

function itemNotFound(): GraphHttpError {
  return new GraphHttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
}
