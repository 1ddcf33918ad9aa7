import { createContext, type ReactNode, useContext } from "react";
import { useStore } from "zustand";
import type { ReviewPlannerState, ReviewPlannerStore } from "./review-planner.store.ts";

const ReviewPlannerStoreContext = createContext<ReviewPlannerStore | null>(null);

export interface ReviewPlannerStoreProviderProps {
  /** Made once per signed-in user by the composition root with `createReviewPlannerStore(…)`. */
  readonly store: ReviewPlannerStore;
  readonly children: ReactNode;
}

export function ReviewPlannerStoreProvider({ store, children }: ReviewPlannerStoreProviderProps) {
  return <ReviewPlannerStoreContext value={store}>{children}</ReviewPlannerStoreContext>;
}

/** A slice of the review planner's state; re-renders only when the selected value changes. */
export function useReviewPlannerStore<Selected>(selector: (state: ReviewPlannerState) => Selected): Selected {
  const store = useContext(ReviewPlannerStoreContext);
  if (store === null) {
    throw new Error("useReviewPlannerStore() must be called inside a <ReviewPlannerStoreProvider>");
  }
  return useStore(store, selector);
}
