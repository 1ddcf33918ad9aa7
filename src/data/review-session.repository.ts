import type { ReviewInvite } from "../domain/review/index.ts";

/** A review session in the rep's calendar, with the manager invited and the packet attached. */
export interface ScheduledReview {
  readonly eventId: string;
  /** Opens the session in Outlook on the web. */
  readonly webLink: string | null;
  /** The Teams meeting's join URL; `null` while Teams has not made it yet. */
  readonly joinUrl: string | null;
  readonly start: Date;
  readonly end: Date;
}

export interface ScheduleReviewRequest {
  /** From `buildReviewInvite`; its `transactionId` names this one click, retries and repeats included. */
  readonly invite: ReviewInvite;
  readonly signal?: AbortSignal;
}

/**
 * Scheduling review sessions. The UI talks to this interface only; the Graph implementation lives in
 * `review-session.graph-repository.ts`.
 */
export interface ReviewSessionRepository {
  /**
   * Makes the review session: exactly one event for one invite (one `transactionId`), however often it is asked,
   * and resuming whatever an earlier attempt left undone (the attachment, the update that sends it).
   */
  scheduleReview(request: ScheduleReviewRequest): Promise<ScheduledReview>;
}
