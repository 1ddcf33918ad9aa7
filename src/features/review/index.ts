export { InReviewLink } from "./InReviewLink.tsx";
export { ReviewPacketView, type ReviewPacketViewProps } from "./ReviewPacketView.tsx";
export {
  ReviewPlannerStoreProvider,
  type ReviewPlannerStoreProviderProps,
  useReviewPlannerStore,
} from "./ReviewPlannerStoreProvider.tsx";
export { ReviewsTab, type ReviewsTabProps } from "./ReviewsTab.tsx";
export {
  createReviewPlannerStore,
  type ReviewPlannerState,
  type ReviewPlannerStore,
  type ReviewPlannerStoreOptions,
} from "./review-planner.store.ts";
