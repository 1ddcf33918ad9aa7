import { createContext, type ReactNode, useContext, useEffect } from "react";
import { useStore } from "zustand";
import type { FollowUpReceipt } from "../../data/review-packet.repository.ts";
import type { ReviewRecord } from "../../domain/notes/review-record.ts";
import { createReviewFollowUpsStore, type ReviewFollowUpsStore } from "./review-follow-ups.store.ts";

/**
 * Without a provider (a surface that does not show follow-ups, a feature's unit tests) nothing is looked for and
 * nothing is shown: follow-ups are extra information, never something the reviews list needs to work.
 */
const NO_FOLLOW_UPS = createReviewFollowUpsStore({ findFollowUps: async () => new Map() });

const ReviewFollowUpsStoreContext = createContext<ReviewFollowUpsStore>(NO_FOLLOW_UPS);

export interface ReviewFollowUpsStoreProviderProps {
  /** Made once per signed-in rep by the composition root with `createReviewFollowUpsStore(…)`. */
  readonly store: ReviewFollowUpsStore;
  readonly children: ReactNode;
}

export function ReviewFollowUpsStoreProvider({ store, children }: ReviewFollowUpsStoreProviderProps) {
  return <ReviewFollowUpsStoreContext value={store}>{children}</ReviewFollowUpsStoreContext>;
}

/** The follow-up known to have arrived for this review; `undefined` when none is known. */
export function useFollowUpArrived(reviewId: string): FollowUpReceipt | undefined {
  return useStore(useContext(ReviewFollowUpsStoreContext), (state) => state.arrived.get(reviewId));
}

/**
 * How many reviews, the latest first, are looked for: one Graph `$batch` holds 20 requests, and a follow-up comes
 * days after its review, so older ones have long been read.
 */
export const FOLLOW_UP_LOOKUP_LIMIT = 20;

/** Review IDs are UUIDs: no line breaks in them. */
const ID_SEPARATOR = "\n";

/**
 * Looks for the follow-ups of these reviews while the caller is shown (once per visit of the reviews list), in
 * one lookup for all of them. It asks again only when a review is added or removed, not on every edit of one.
 */
export function useLookForFollowUps(reviews: readonly ReviewRecord[]): void {
  const lookFor = useStore(useContext(ReviewFollowUpsStoreContext), (state) => state.lookFor);
  const ids = reviews
    .toSorted((a, b) => Date.parse(b.start) - Date.parse(a.start))
    .slice(0, FOLLOW_UP_LOOKUP_LIMIT)
    .map((review) => review.id)
    .join(ID_SEPARATOR);
  useEffect(() => {
    if (ids === "") return;
    const controller = new AbortController();
    void lookFor(ids.split(ID_SEPARATOR), controller.signal);
    return () => controller.abort();
  }, [ids, lookFor]);
}
