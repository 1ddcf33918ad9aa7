import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { selectCanEdit } from "../flag/notes-selectors.ts";
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
  // The manager picked and the session made are kept in the notes: no planning while they cannot be written.
  const canEdit = useNotesStore(selectCanEdit);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasPlanning = useRef(planning);
  const planRequested = useRef(startPlanning);

  useEffect(() => {
    if (planRequested.current && canEdit) {
      planRequested.current = false;
      start({ repName, timeZone });
    }
  }, [canEdit, start, repName, timeZone]);

  useEffect(() => {
    // Back from planning (done or cancelled): the rep's place is the list, where the new session shows.
    if (wasPlanning.current && !planning) heading.current?.focus();
    wasPlanning.current = planning;
  }, [planning]);

  return planning ? (
    <ReviewPlanner />
  ) : (
    <ReviewsView headingRef={heading} canPlan={canEdit} onPlanReview={() => start({ repName, timeZone })} />
  );
}
