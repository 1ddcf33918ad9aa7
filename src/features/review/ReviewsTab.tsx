import "../../i18n/features/review.messages.ts";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { FEATURE_SCOPES } from "../../graph/graph-scopes.ts";
import { useI18n } from "../../i18n/index.ts";
import { useEnsureScopes } from "../consent/ConsentProvider.tsx";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { selectCanEdit } from "../flag/notes-selectors.ts";
import { ReviewPlanner } from "./ReviewPlanner.tsx";
import {
  ReviewPlannerStoreProvider,
  useProvidedReviewPlannerStore,
  useReviewPlannerStore,
} from "./ReviewPlannerStoreProvider.tsx";
import { ReviewsView } from "./ReviewsView.tsx";
import { createReviewPlannerStore } from "./review-planner.store.ts";

export interface ReviewsTabProps {
  /** The signed-in rep's display name, as Teams writes it in transcripts. */
  readonly repName: string;
  /** Opened by "Plan a review with your manager" elsewhere: start planning at once. */
  readonly startPlanning?: boolean;
}

/**
 * What planning reads and writes beyond the first screen: the manager (or people to pick one from), the rep's
 * calendar for free times and the session, and the transcripts whose key moments go in. Reading mail is asked
 * in the same prompt because the reviews list looks for the manager's follow-up without a prompt of its own
 * (it shows nothing about follow-ups until this is granted).
 */
const PLANNING_SCOPES = [
  ...FEATURE_SCOPES.manager,
  ...FEATURE_SCOPES.reviewSession,
  ...FEATURE_SCOPES.transcripts,
  ...FEATURE_SCOPES.followUpReceived,
];

/**
 * The Reviews tab: the rep's review sessions, or planning one in their place. The planner is made here, the first
 * time the tab shows, so that its code comes with the tab rather than the first screen.
 */
export function ReviewsTab(props: ReviewsTabProps) {
  const planner = useProvidedReviewPlannerStore(createReviewPlannerStore);
  return (
    <ReviewPlannerStoreProvider store={planner}>
      <ReviewsOrPlanning {...props} />
    </ReviewPlannerStoreProvider>
  );
}

function ReviewsOrPlanning({ repName, startPlanning = false }: ReviewsTabProps) {
  const { t, timeZone } = useI18n();
  const planning = useReviewPlannerStore((state) => state.plan !== null);
  const start = useReviewPlannerStore((state) => state.start);
  // The manager picked and the session made are kept in the notes: no planning while they cannot be written.
  const canEdit = useNotesStore(selectCanEdit);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasPlanning = useRef(planning);
  const planRequested = useRef(startPlanning);
  const ensureScopes = useEnsureScopes();
  const [consentRefused, setConsentRefused] = useState(false);

  // Planning starts only with the rep's consent to what it reads and writes, asked from their click.
  const plan = useCallback(async () => {
    setConsentRefused(false);
    if (await ensureScopes(PLANNING_SCOPES)) start({ repName, timeZone });
    else setConsentRefused(true);
  }, [ensureScopes, start, repName, timeZone]);

  useEffect(() => {
    if (planRequested.current && canEdit) {
      planRequested.current = false;
      void plan();
    }
  }, [canEdit, plan]);

  useEffect(() => {
    // Back from planning (done or cancelled): the rep's place is the list, where the new session shows.
    if (wasPlanning.current && !planning) heading.current?.focus();
    wasPlanning.current = planning;
  }, [planning]);

  return planning ? (
    <ReviewPlanner />
  ) : (
    <ReviewsView
      headingRef={heading}
      canPlan={canEdit}
      onPlanReview={() => void plan()}
      notice={
        <div role="status">
          {consentRefused ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("review.consentNeeded")}</MessageBarTitle>
                {t("review.consentNeededBody")}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
      }
    />
  );
}
