import type { FollowUpReceipt, ReviewPacketRepository } from "../../data/review-packet.repository.ts";

/**
 * A test double of the follow-up lookup: the follow-ups in the rep's mailbox by review ID, a record of each lookup
 * (the IDs asked for together), and `fail` to make every lookup reject as Graph would (throttled, 403, offline).
 */
export class FakeFollowUpsRepository implements Pick<ReviewPacketRepository, "findFollowUps"> {
  readonly mailbox = new Map<string, FollowUpReceipt>();
  readonly lookups: (readonly string[])[] = [];
  fail: unknown = null;

  arrive(reviewId: string, receipt: Partial<FollowUpReceipt> = {}): this {
    this.mailbox.set(reviewId, {
      messageId: `message-${reviewId}`,
      subject: "Follow-up: our call review",
      receivedAt: new Date("2026-11-19T08:30:00Z"),
      webLink: `https://outlook.office365.com/owa/?ItemID=message-${reviewId}&exvsurl=1&viewmodel=ReadMessageItem`,
      ...receipt,
    });
    return this;
  }

  async findFollowUps(reviewIds: readonly string[]): Promise<Map<string, FollowUpReceipt>> {
    this.lookups.push([...reviewIds]);
    if (this.fail !== null) throw this.fail;
    const found = new Map<string, FollowUpReceipt>();
    for (const reviewId of reviewIds) {
      const receipt = this.mailbox.get(reviewId);
      if (receipt) found.set(reviewId, receipt);
    }
    return found;
  }
}
