import type { Call } from "../../domain/calls/call.ts";
import type { Formatters } from "../../i18n/index.ts";

/** What the line under a call's checkbox tells about the call. */
export interface CallChoice {
  readonly call: Pick<Call, "start">;
  /** Whether an earlier review session already covered the call. */
  readonly inReview: boolean;
}

/**
 * The line under a call's checkbox wherever the rep picks calls for a review: when the call was, and, if an
 * earlier review covered it, `inReviewNote`. The caller words that note, because the Outlook pane and the tab
 * name a review differently in Dutch ("review" and "bespreking").
 */
export function callChoiceMeta(
  { call, inReview }: CallChoice,
  { formatDayHeading, formatTime }: Pick<Formatters, "formatDayHeading" | "formatTime">,
  inReviewNote: string,
): string {
  const when = `${formatDayHeading(call.start)}, ${formatTime(call.start)}`;
  return inReview ? `${when} · ${inReviewNote}` : when;
}
