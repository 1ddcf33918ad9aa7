import "../../i18n/features/review.messages.ts";
import { Body1, Caption1, Checkbox, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { FlagRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { useI18n } from "../../i18n/index.ts";
import { callChoiceMeta } from "../calls/call-choice-meta.ts";
import { CenteredMessage, callSubject } from "../calls/index.ts";
import { CallContentsChoice } from "./CallContentsChoice.tsx";
import { useReviewPlannerStore } from "./ReviewPlannerStoreProvider.tsx";
import { type ReviewPlan, selectedCandidates } from "./review-planner.store.ts";
import { useReviewCandidates } from "./use-review-candidates.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  text: { margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  call: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  meta: { color: tokens.colorNeutralForeground2, paddingInlineStart: "36px" },
  label: { overflowWrap: "anywhere" },
  spinner: { justifyContent: "flex-start" },
});

/** Which flagged calls go in (default: those no review covered yet) and, for each chosen one, what of it. */
export function CallsStep({ plan }: { readonly plan: ReviewPlan }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const ids = useId();
  const setCallSelected = useReviewPlannerStore((state) => state.setCallSelected);
  const { candidates, loading } = useReviewCandidates();
  const selected = new Set(selectedCandidates(plan, candidates).map((candidate) => candidate.call.id));

  if (candidates.length === 0) {
    return loading ? (
      <Spinner
        className={styles.spinner}
        size="tiny"
        labelPosition="after"
        label={t("review.callsLoading")}
      />
    ) : (
      <CenteredMessage
        icon={FlagRegular}
        title={t("review.noCandidates")}
        hint={t("review.noCandidatesHint")}
      />
    );
  }

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {t("review.callsIntro")}
      </Body1>
      <ul className={styles.list}>
        {candidates.map((candidate) => {
          const { call } = candidate;
          const subject = callSubject(call, t);
          const isSelected = selected.has(call.id);
          const metaId = `${ids}-${call.id}-meta`;
          return (
            <li key={call.id} className={styles.call}>
              <Checkbox
                label={{ children: subject, className: styles.label }}
                checked={isSelected}
                aria-describedby={metaId}
                onChange={(_, data) => setCallSelected(call.id, data.checked === true)}
              />
              <Caption1 id={metaId} className={styles.meta}>
                {callChoiceMeta(candidate, i18n, t("review.alreadyInReview"))}
              </Caption1>
              {isSelected ? (
                <CallContentsChoice
                  candidate={candidate}
                  subject={subject}
                  plan={plan}
                  repName={plan.repName}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <Caption1 role="status">{t("review.callsChosen", { count: selected.size })}</Caption1>
    </div>
  );
}
