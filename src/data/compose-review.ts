import { REVIEW_PACKET_FILE_NAME } from "../domain/review/index.ts";
import type { ComposeMailboxItem } from "../hosts/mailbox-item.ts";

/**
 * Marks the calls Momentum wrote into the body, so that attaching again replaces them. An `id`, because Outlook on
 * the web and the new Outlook strip `class` attributes from the body while keeping `id`s (OfficeDev/office-js
 * #5296, #6463).
 */
export const REVIEW_BLOCK_ID = "momentum-review-calls";

/** What the organizer pane writes into the meeting the rep is composing. */
export interface ComposedReview {
  /** The calls as an escaped HTML fragment (no `<html>` or `<body>`): `reviewCallsHtml`. */
  readonly html: string;
  /** The packet's UTF-8 JSON in base64, as `reviewPacketAttachment` gives it in `attachment.contentBytes`. */
  readonly packetBase64: string;
}

/**
 * Puts the chosen calls into the meeting the rep is writing in Outlook: the packet as `review-packet.json`
 * (replacing one attached before, so choosing again never leaves two), then the calls in the body: where
 * Momentum wrote them before, else at the top, above what the rep wrote. The body is read first and the packet
 * attached before it is written: a plain-text body, or a packet Outlook refuses, leaves the body as the rep wrote
 * it. Resolves with the new attachment's ID; rejects with the item's `MailboxItemError` (`unsupported` before
 * Mailbox 1.8, or for a plain-text body).
 */
export async function attachReviewToMeeting(
  item: ComposeMailboxItem,
  review: ComposedReview,
): Promise<string> {
  const body = await item.getHtmlBody();
  const earlier = (await item.listAttachments()).filter(
    (attachment) => attachment.name.toLowerCase() === REVIEW_PACKET_FILE_NAME,
  );
  for (const attachment of earlier) await item.removeAttachment(attachment.id);
  const attachmentId = await item.addFileAttachment(REVIEW_PACKET_FILE_NAME, review.packetBase64);
  const block = `<div id="${REVIEW_BLOCK_ID}">${review.html}</div>`;
  const replaced = withBlockReplaced(body, block);
  if (replaced === null) await item.prependHtmlBody(block);
  else await item.setHtmlBody(replaced);
  return attachmentId;
}

/**
 * The body with Momentum's earlier block replaced by `block` (and any copy of it removed), everything else kept,
 * the `<head>` with Outlook's editor styles included; `null` when the body holds no block yet. Parsed, not
 * searched as text, because Outlook rewrites the markup it was given (OfficeDev/office-js #5482). A `DOMParser`
 * document is inert: nothing in the rep's body runs or loads.
 */
function withBlockReplaced(bodyHtml: string, block: string): string | null {
  const document = new DOMParser().parseFromString(bodyHtml, "text/html");
  const [first, ...copies] = document.querySelectorAll(`[id="${REVIEW_BLOCK_ID}"]`);
  if (!first) return null;
  for (const copy of copies) copy.remove();
  first.outerHTML = block;
  return document.documentElement.outerHTML;
}
