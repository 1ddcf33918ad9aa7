import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import type { DocumentStore, JsonValue } from "./document.store.ts";

const emailSchema = z.object({ name: z.string(), address: z.string() });

const attachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  contentType: z.string(),
  contentBase64: z.string(),
  isInline: z.boolean(),
  lastModifiedDateTime: z.string(),
});

const storedEventSchema = z.object({
  id: z.string(),
  /** Shared by the organizer's event and every attendee's copy (the meeting's iCalUId). */
  meetingUid: z.string(),
  isOrganizer: z.boolean(),
  organizer: emailSchema,
  /** This mailbox's answer: `organizer` for the organizer, `notResponded` for a fresh invitation. */
  response: z.string(),
  subject: z.string(),
  body: z.object({ contentType: z.enum(["text", "html"]), content: z.string() }),
  /** Instants in UTC (ISO 8601) and the zone the client wrote them in. */
  start: z.string(),
  end: z.string(),
  startTimeZone: z.string(),
  endTimeZone: z.string(),
  location: z.string(),
  isOnlineMeeting: z.boolean(),
  onlineMeetingProvider: z.string(),
  joinUrl: z.string().nullable(),
  attendees: z.array(z.object({ type: z.string(), emailAddress: emailSchema })),
  showAs: z.string(),
  importance: z.string(),
  sensitivity: z.string(),
  isCancelled: z.boolean(),
  transactionId: z.string().nullable(),
  /** Counts the changes; the changeKey and eTag derive from it. */
  version: z.number().int().positive(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string(),
  attachments: z.array(attachmentSchema),
});

/** An event a user created (or received as an invitation) through the API, as the emulator keeps it. */
export type StoredEvent = z.infer<typeof storedEventSchema>;
export type StoredAttachment = z.infer<typeof attachmentSchema>;

const uploadSessionSchema = z.object({
  userId: z.string(),
  eventId: z.string(),
  name: z.string(),
  contentType: z.string(),
  isInline: z.boolean(),
  size: z.number().int().nonnegative(),
  /** What has arrived so far, base64. */
  receivedBase64: z.string(),
  expirationDateTime: z.string(),
});

export type UploadSession = z.infer<typeof uploadSessionSchema>;

/**
 * Events users create through the API and the invitation copies delivered to attendees, one document per
 * mailbox copy (collection `events:<user ID>`, keyed by event ID), as Exchange keeps one item per mailbox.
 * Attachment upload sessions live in `eventUploadSessions`, keyed by their token.
 */
export class EventsStore {
  constructor(private readonly documents: DocumentStore) {}

  events(userId: string): StoredEvent[] {
    return this.documents.list(collectionOf(userId)).flatMap(([, document]) => {
      const parsed = storedEventSchema.safeParse(document);
      return parsed.success ? [parsed.data] : [];
    });
  }

  event(userId: string, id: string): StoredEvent | null {
    const parsed = storedEventSchema.safeParse(this.documents.get(collectionOf(userId), id));
    return parsed.success ? parsed.data : null;
  }

  /** The organizer's event created with this `transactionId`, if any. */
  byTransactionId(userId: string, transactionId: string): StoredEvent | null {
    return (
      this.events(userId).find((event) => event.isOrganizer && event.transactionId === transactionId) ?? null
    );
  }

  /** The copy of the meeting in this mailbox, if it has one. */
  copyOf(userId: string, meetingUid: string): StoredEvent | null {
    return this.events(userId).find((event) => event.meetingUid === meetingUid) ?? null;
  }

  async save(userId: string, event: StoredEvent): Promise<void> {
    await this.documents.put(collectionOf(userId), event.id, event as unknown as JsonValue);
  }

  async delete(userId: string, id: string): Promise<void> {
    await this.documents.delete(collectionOf(userId), id);
  }

  uploadSession(token: string): UploadSession | null {
    const parsed = uploadSessionSchema.safeParse(this.documents.get(UPLOAD_SESSIONS, token));
    return parsed.success ? parsed.data : null;
  }

  async saveUploadSession(token: string, session: UploadSession): Promise<void> {
    await this.documents.put(UPLOAD_SESSIONS, token, session as unknown as JsonValue);
  }

  async deleteUploadSession(token: string): Promise<void> {
    await this.documents.delete(UPLOAD_SESSIONS, token);
  }
}

const UPLOAD_SESSIONS = "eventUploadSessions";

function collectionOf(userId: string): string {
  return `events:${userId}`;
}

/** Shaped like an Exchange item ID (`AAMkAD…=`), URL-safe like the IDs Graph returns. */
export function newItemId(): string {
  return `AAMkAD${randomBytes(32).toString("base64url")}AAA=`;
}

/** Shaped like an Exchange attachment ID: the item ID's style with its own tail. */
export function newAttachmentId(): string {
  return `AAMkAD${randomBytes(40).toString("base64url")}AAABEgAQ=`;
}

/** A meeting's iCalendar UID in Outlook's format. */
export function newMeetingUid(): string {
  return `040000008200E00074C5B7101A82E00800000000${randomUUID().replaceAll("-", "").toUpperCase()}`;
}
