import { createStore, type StoreApi } from "zustand/vanilla";
import type { FollowUpReceipt, ReviewPacketRepository } from "../../data/review-packet.repository.ts";

export interface ReviewFollowUpsState {
  /**
   * The manager's follow-ups known to have arrived, by review ID. A review absent here is unknown, never "not
   * arrived": Momentum may not have been allowed to look, or could not reach Graph.
   */
  readonly arrived: ReadonlyMap<string, FollowUpReceipt>;
  /**
   * Looks in the rep's mailbox for the follow-ups of these reviews, in one lookup. Never rejects: when Graph could
   * not be asked (no consent to Mail.Read yet, 401/403, throttled, offline, aborted) what is known stays as it was,
   * and the next visit asks again.
   */
  lookFor(reviewIds: readonly string[], signal?: AbortSignal): Promise<void>;
}

export type ReviewFollowUpsStore = StoreApi<ReviewFollowUpsState>;

/** Made once per signed-in rep by the composition root; the reviews list reads it. */
export function createReviewFollowUpsStore(
  repository: Pick<ReviewPacketRepository, "findFollowUps">,
): ReviewFollowUpsStore {
  return createStore<ReviewFollowUpsState>()((set) => ({
    arrived: new Map(),
    async lookFor(reviewIds, signal) {
      if (reviewIds.length === 0) return;
      let found: Map<string, FollowUpReceipt>;
      try {
        found = await repository.findFollowUps(reviewIds, signal);
      } catch {
        // Whatever the reason, the list shows nothing about follow-ups rather than a guess or an error.
        return;
      }
      if (signal?.aborted) return;
      set(({ arrived }) => {
        const next = new Map(arrived);
        for (const reviewId of reviewIds) {
          const receipt = found.get(reviewId);
          if (receipt) next.set(reviewId, withSafeLink(receipt));
          else next.delete(reviewId);
        }
        return { arrived: next };
      });
    },
  }));
}

/** The list opens the link in a new tab: only an `https:` one, so a `javascript:` link can never be clicked. */
function withSafeLink(receipt: FollowUpReceipt): FollowUpReceipt {
  return isHttpsUrl(receipt.webLink) ? receipt : { ...receipt, webLink: null };
}

function isHttpsUrl(link: string | null): link is string {
  return link !== null && URL.canParse(link) && new URL(link).protocol === "https:";
}
