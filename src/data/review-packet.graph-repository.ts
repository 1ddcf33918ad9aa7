import {
  type FollowUpMail,
  parseReviewPacketText,
  REVIEW_ID_PROPERTY_ID,
  REVIEW_PACKET_FILE_NAME,
  REVIEW_PACKET_KIND,
  REVIEW_PACKET_SCHEMA_VERSION,
  ReviewPacketError,
} from "../domain/review/index.ts";
import { getFileAttachment, listAttachments } from "../graph/events.graph.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { toGraphRequestError } from "../graph/graph-error.ts";
import { findTaggedMessages, sendMail } from "../graph/mail.graph.ts";
import { MailboxItemError, type ReadMailboxItem } from "../hosts/mailbox-item.ts";
import type { FollowUpReceipt, PacketLoad, ReviewPacketRepository } from "./review-packet.repository.ts";

/** An attachment is the packet by its name, as the rep's add-in and the review scheduler write it. */
function isPacketFile(attachment: { readonly name: string; readonly kind: string }): boolean {
  return attachment.kind === "file" && attachment.name.toLowerCase() === REVIEW_PACKET_FILE_NAME;
}

export class GraphReviewPacketRepository implements ReviewPacketRepository {
  constructor(private readonly client: GraphClient) {}

  async loadPacketForItem(item: ReadMailboxItem, signal?: AbortSignal): Promise<PacketLoad> {
    let hostFailure: MailboxItemError;
    try {
      const attachment = (await item.listAttachments()).find(isPacketFile);
      if (!attachment) return { kind: "noPacket" };
      const content = await item.getAttachmentContent(attachment.id);
      if (content.format !== "base64") {
        return { kind: "invalid", reason: `attached as ${content.format}, not as a file` };
      }
      return packetFromBase64(content.content);
    } catch (error) {
      if (!(error instanceof MailboxItemError)) throw error;
      hostFailure = error;
    }
    signal?.throwIfAborted();
    // Outlook could not hand the packet over (before Mailbox 1.8, or it failed): read the manager's own copy of
    // the event through Graph. A meeting request in the Inbox is a message, not that event.
    if (item.itemType !== "appointment" || item.restId === null)
      return { kind: "unavailable", error: hostFailure };
    return this.loadFromGraph(item.restId, signal);
  }

  private async loadFromGraph(eventId: string, signal?: AbortSignal): Promise<PacketLoad> {
    try {
      const attachment = (await listAttachments(this.client, eventId, { signal })).find(isPacketFile);
      if (!attachment) return { kind: "noPacket" };
      const file = await getFileAttachment(this.client, eventId, attachment.id, { signal });
      return packetFromBase64(file.contentBytes);
    } catch (error) {
      if (signal?.aborted) throw error;
      return { kind: "unavailable", error: toGraphRequestError(error) };
    }
  }

  async sendFollowUp(mail: FollowUpMail, signal?: AbortSignal): Promise<void> {
    await sendMail(this.client, mail.message, { signal });
  }

  async findFollowUps(
    reviewIds: readonly string[],
    signal?: AbortSignal,
  ): Promise<Map<string, FollowUpReceipt>> {
    const tagged = await findTaggedMessages(this.client, REVIEW_ID_PROPERTY_ID, reviewIds, { signal });
    const receipts = new Map<string, FollowUpReceipt>();
    for (const [reviewId, [newest]] of tagged) {
      if (newest) {
        receipts.set(reviewId, {
          messageId: newest.id,
          subject: newest.subject,
          receivedAt: newest.receivedAt,
          webLink: newest.webLink,
        });
      }
    }
    return receipts;
  }
}

/** The attachment's base64 content as a packet, or why it is not one. */
function packetFromBase64(base64: string): PacketLoad {
  let text: string;
  try {
    const binary = atob(base64.replace(/\s+/g, ""));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { kind: "invalid", reason: "not UTF-8 text in base64" };
  }
  try {
    return { kind: "ok", packet: parseReviewPacketText(text) };
  } catch (error) {
    if (!(error instanceof ReviewPacketError)) throw error;
    const version = newerSchemaVersion(text);
    return version === null ? { kind: "invalid", reason: error.message } : { kind: "newerVersion", version };
  }
}

/** The `schemaVersion` of a Momentum packet newer than this build reads; `null` for anything else. */
function newerSchemaVersion(text: string): number | null {
  try {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    if (typeof json !== "object" || json === null) return null;
    const { kind, schemaVersion } = json as { kind?: unknown; schemaVersion?: unknown };
    return kind === REVIEW_PACKET_KIND &&
      typeof schemaVersion === "number" &&
      schemaVersion > REVIEW_PACKET_SCHEMA_VERSION
      ? schemaVersion
      : null;
  } catch {
    return null;
  }
}
