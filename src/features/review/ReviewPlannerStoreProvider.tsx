import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type {
  createReviewPlannerStore,
  ReviewPlannerState,
  ReviewPlannerStore,
} from "./review-planner.store.ts";

/**
 * How the composition root hands over the signed-in user's planner without its code on the first screen: the
 * Reviews tab, whose chunk brings `createReviewPlannerStore`, makes it on first use; every later call returns the
 * same planner.
 */
export type ReviewPlannerStoreSource = (create: typeof createReviewPlannerStore) => ReviewPlannerStore;

const ReviewPlannerStoreContext = createContext<ReviewPlannerStore | ReviewPlannerStoreSource | null>(null);

export interface ReviewPlannerStoreProviderProps {
  /** One per signed-in user: the planner itself, or (from the composition root) how to make it on first use. */
  readonly store: ReviewPlannerStore | ReviewPlannerStoreSource;
  readonly children: ReactNode;
}

export function ReviewPlannerStoreProvider({ store, children }: ReviewPlannerStoreProviderProps) {
  return <ReviewPlannerStoreContext value={store}>{children}</ReviewPlannerStoreContext>;
}

/** The provided planner, made with `create` if the provider holds only how to make it. */
export function useProvidedReviewPlannerStore(create: typeof createReviewPlannerStore): ReviewPlannerStore {
  const provided = useContext(ReviewPlannerStoreContext);
  if (provided === null) {
    throw new Error("The review planner is used outside a <ReviewPlannerStoreProvider>");
  }
  return typeof provided === "function" ? provided(create) : provided;
}

/** A slice of the review planner's state; re-renders only when the selected value changes. */
export function useReviewPlannerStore<Selected>(selector: (state: ReviewPlannerState) => Selected): Selected {
  const store = useContext(ReviewPlannerStoreContext);
  if (store === null || typeof store === "function") {
    throw new Error("useReviewPlannerStore() must be called inside the Reviews tab, which makes the planner");
  }
  return useStore(store, selector);
}
