import type { FollowUpMail, ReviewPacket } from "../domain/review/index.ts";
import type { GraphRequestError } from "../graph/graph-error.ts";
import type { MailboxItemError, ReadMailboxItem } from "../hosts/mailbox-item.ts";

/**
 * What became of reading the review packet of the invite a manager opened. Every outcome but `ok` is normal and
 * gets a plain sentence in the pane, never a blank pane or a stack trace:
 *
 * - `noPacket`: the invite has no `review-packet.json` (an ordinary meeting, or the rep attached nothing);
 * - `invalid`: there is one, but it is not a packet Momentum can read; `reason` says why in English, for the
 *   details a support person asks for (e.g. `calls[0].start: not a date`);
 * - `newerVersion`: written by a newer Momentum (`version` is its `schemaVersion`): update the add-in;
 * - `unavailable`: it could not be read right now (Outlook refused, Graph unreachable or not allowed); `error`
 *   says why, by its `reason` (a `MailboxItemError`) or `kind` (a `GraphRequestError`).
 */
export type PacketLoad =
  | { readonly kind: "ok"; readonly packet: ReviewPacket }
  | { readonly kind: "noPacket" }
  | { readonly kind: "invalid"; readonly reason: string }
  | { readonly kind: "newerVersion"; readonly version: number }
  | { readonly kind: "unavailable"; readonly error: MailboxItemError | GraphRequestError };

/** A follow-up mail the rep received for a review: what the reviews list shows as "arrived". */
export interface FollowUpReceipt {
  readonly messageId: string;
  readonly subject: string;
  readonly receivedAt: Date | null;
  /** Opens the mail in Outlook on the web. */
  readonly webLink: string | null;
}

/**
 * The review packet and the follow-up, for both sides: the manager's pane reads the packet and sends the
 * follow-up; the rep's reviews list looks for follow-ups that arrived. The UI talks to this interface only; the
 * Graph implementation is `review-packet.graph-repository.ts`.
 */
export interface ReviewPacketRepository {
  /**
   * The packet attached to the item, from Outlook itself when it can hand over attachment content, otherwise
   * through Graph on the manager's own copy of the event. Never rejects, except when `signal` aborts.
   */
  loadPacketForItem(item: ReadMailboxItem, signal?: AbortSignal): Promise<PacketLoad>;
  /**
   * Sends the follow-up built by `buildFollowUpMail` (`POST /me/sendMail`); rejects with a `GraphRequestError`.
   * Never sent twice by itself: after a `network` error it may or may not have gone out.
   */
  sendFollowUp(mail: FollowUpMail, signal?: AbortSignal): Promise<void>;
  /**
   * The follow-ups in the signed-in rep's mailbox for these reviews, by review ID (the newest when there are
   * several); a review without one is absent. Rejects with a `GraphRequestError` when it could not look.
   */
  findFollowUps(reviewIds: readonly string[], signal?: AbortSignal): Promise<Map<string, FollowUpReceipt>>;
}
