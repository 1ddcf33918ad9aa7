import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/index.ts";
import { ReviewPlanner } from "./ReviewPlanner.tsx";
import { useReviewPlannerStore } from "./ReviewPlannerStoreProvider.tsx";
import { ReviewsView } from "./ReviewsView.tsx";

export interface ReviewsTabProps {
  /** The signed-in rep's display name, as Teams writes it in transcripts. */
  readonly repName: string;
  /** Opened by "Plan a review with your manager" elsewhere: start planning at once. */
  readonly startPlanning?: boolean;
}

/** The Reviews tab: the rep's review sessions, or planning one in their place. */
export function ReviewsTab({ repName, startPlanning = false }: ReviewsTabProps) {
  const { timeZone } = useI18n();
  const planning = useReviewPlannerStore((state) => state.plan !== null);
  const start = useReviewPlannerStore((state) => state.start);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasPlanning = useRef(planning);
  const planRequested = useRef(startPlanning);

  useEffect(() => {
    if (planRequested.current) {
      planRequested.current = false;
      start({ repName, timeZone });
    }
  }, [start, repName, timeZone]);

  useEffect(() => {
    // Back from planning (done or cancelled): the rep's place is the list, where the new session shows.
    if (wasPlanning.current && !planning) heading.current?.focus();
    wasPlanning.current = planning;
  }, [planning]);

  return planning ? (
    <ReviewPlanner />
  ) : (
    <ReviewsView headingRef={heading} onPlanReview={() => start({ repName, timeZone })} />
  );
}
