import type { Event, FileAttachment } from "@microsoft/microsoft-graph-types";
import { bytesToBase64 } from "./base64.ts";
import { type ReviewInviteLabels, reviewInviteHtml } from "./review-invite-html.ts";
import { REVIEW_PACKET_FILE_NAME, type ReviewPacket } from "./review-packet.schema.ts";

export interface ReviewInviteOptions {
  readonly labels: ReviewInviteLabels;
  /** A call's start in the rep's language, in `timeZone`. */
  readonly formatDate: (date: Date, timeZone: string) => string;
  /** The rep's IANA time zone, in which the body shows dates. */
  readonly timeZone: string;
  readonly start: Date;
  readonly end: Date;
}

/** A file attachment as `POST /me/events/{id}/attachments` takes it. */
export type ReviewPacketAttachment = FileAttachment & {
  readonly "@odata.type": "#microsoft.graph.fileAttachment";
  readonly name: string;
  readonly contentType: "application/json";
  readonly contentBytes: string;
};

export interface ReviewInvite {
  /** The body of `POST /me/events`. */
  readonly event: Event;
  readonly attachment: ReviewPacketAttachment;
  /** The packet's size in bytes (UTF-8), to choose between one POST and an upload session. */
  readonly packetBytes: number;
}

/** The review session's Graph event (a Teams meeting with the manager) and the packet as its attachment. */
export function buildReviewInvite(packet: ReviewPacket, options: ReviewInviteOptions): ReviewInvite {
  const { labels } = options;
  const event: Event = {
    subject: labels.subject(packet.calls.length, packet.rep.name),
    body: {
      contentType: "html",
      content: reviewInviteHtml(packet, { ...options, fileName: REVIEW_PACKET_FILE_NAME }),
    },
    // Graph takes `dateTime` without an offset, read in `timeZone`.
    start: { dateTime: utcDateTime(options.start), timeZone: "UTC" },
    end: { dateTime: utcDateTime(options.end), timeZone: "UTC" },
    attendees: [
      {
        emailAddress: { address: packet.manager.email, name: packet.manager.name },
        type: "required",
      },
    ],
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    allowNewTimeProposals: true,
    // One ID for the review: the same for every retry of one click, so that Graph makes one event, never two.
    transactionId: packet.reviewId,
  };
  return { event, ...reviewPacketAttachment(packet) };
}

/** The packet as `review-packet.json`, however it reaches the meeting: through Graph, or Outlook's own item. */
export function reviewPacketAttachment(
  packet: ReviewPacket,
): Pick<ReviewInvite, "attachment" | "packetBytes"> {
  const packetUtf8 = new TextEncoder().encode(JSON.stringify(packet));
  return {
    attachment: {
      "@odata.type": "#microsoft.graph.fileAttachment",
      name: REVIEW_PACKET_FILE_NAME,
      contentType: "application/json",
      contentBytes: bytesToBase64(packetUtf8),
    },
    packetBytes: packetUtf8.byteLength,
  };
}

/** `2026-11-30T09:30:00.000Z` → `2026-11-30T09:30:00.000`. */
function utcDateTime(instant: Date): string {
  return instant.toISOString().slice(0, -1);
}
