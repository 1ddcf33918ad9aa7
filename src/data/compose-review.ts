import { REVIEW_PACKET_FILE_NAME } from "../domain/review/index.ts";
import type { ComposeMailboxItem } from "../hosts/mailbox-item.ts";

/** What the organizer pane writes into the meeting the rep is composing. */
export interface ComposedReview {
  /** The calls as escaped HTML, put before what the rep has written (e.g. the invite body's table). */
  readonly html: string;
  /** The packet's UTF-8 JSON in base64, as `buildReviewInvite` gives it in `attachment.contentBytes`. */
  readonly packetBase64: string;
}

/**
 * Puts the chosen calls into the meeting the rep is writing in Outlook: the packet as `review-packet.json`
 * (replacing one attached before, so choosing again never leaves two), then the calls at the top of the body.
 * The packet goes first: when Outlook refuses it, the body is left as the rep wrote it. Resolves with the new
 * attachment's ID; rejects with the item's `MailboxItemError` (`unsupported` before Mailbox 1.8).
 */
export async function attachReviewToMeeting(
  item: ComposeMailboxItem,
  review: ComposedReview,
): Promise<string> {
  const earlier = (await item.listAttachments()).filter(
    (attachment) => attachment.name.toLowerCase() === REVIEW_PACKET_FILE_NAME,
  );
  for (const attachment of earlier) await item.removeAttachment(attachment.id);
  const attachmentId = await item.addFileAttachment(REVIEW_PACKET_FILE_NAME, review.packetBase64);
  await item.prependHtmlBody(review.html);
  return attachmentId;
}
