import "../../i18n/features/review.messages.ts";
import { Body1, Checkbox, makeStyles, Spinner, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useId } from "react";
import { formatClock } from "../../domain/transcript/index.ts";
import { useI18n } from "../../i18n/index.ts";
import { callTranscriptOf, describeKeyMoment, keyMomentId, useTranscriptStore } from "../transcript/index.ts";
import {
  answeredReflection,
  includedMomentIds,
  includedReflection,
  includesExcerpt,
  UNCHANGED_CHOICE,
} from "./call-choice.ts";
import { useReviewPlannerStore } from "./ReviewPlannerStoreProvider.tsx";
import type { ReviewCandidate } from "./review-candidates.ts";
import type { ReviewPlan } from "./review-planner.store.ts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalXL,
    paddingBottom: tokens.spacingVerticalS,
    minWidth: 0,
  },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  nested: { paddingInlineStart: tokens.spacingHorizontalXL },
  label: { overflowWrap: "anywhere" },
  answer: {
    ...typographyStyles.caption1,
    margin: 0,
    paddingInlineStart: "36px",
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  spinner: { justifyContent: "flex-start" },
});

export interface CallContentsChoiceProps {
  readonly candidate: ReviewCandidate;
  /** The call's subject as the list shows it, to name this group. */
  readonly subject: string;
  readonly plan: ReviewPlan;
  /** The rep's name as Teams writes it in transcripts. */
  readonly repName: string;
}

/**
 * What of one chosen call goes in: its key moments (those ticked in Reflect to begin with), for each whether the
 * transcript lines around it go too, and which reflection answers; what the rep wants to discuss always goes.
 */
export function CallContentsChoice({ candidate, subject, plan, repName }: CallContentsChoiceProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const ids = useId();
  const { call, notes } = candidate;
  const transcript = useTranscriptStore((state) => callTranscriptOf(state, call.id));
  const open = useTranscriptStore((state) => state.open);
  const setMomentIncluded = useReviewPlannerStore((state) => state.setMomentIncluded);
  const setExcerptIncluded = useReviewPlannerStore((state) => state.setExcerptIncluded);
  const setReflectionIncluded = useReviewPlannerStore((state) => state.setReflectionIncluded);
  const choice = plan.choices[call.id] ?? UNCHANGED_CHOICE;
  const momentIds = new Set(includedMomentIds(choice, notes));
  const answered = answeredReflection(notes);
  const included = new Set(includedReflection(choice, notes));
  const discuss = notes.reflection.discussWithManager?.value.trim() ?? "";
  const insights = transcript.status === "ready" ? transcript.insights : null;

  useEffect(() => {
    void open(call, repName);
  }, [open, call, repName]);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's legend would repeat the call's checkbox above.
    <div role="group" aria-label={t("review.callDetails", { subject })} className={styles.root}>
      <h4 id={`${ids}-moments`} className={styles.heading}>
        {t("review.moments")}
      </h4>
      {transcript.status === "idle" || transcript.status === "loading" ? (
        <Spinner
          className={styles.spinner}
          size="tiny"
          labelPosition="after"
          label={t("review.momentsLoading")}
        />
      ) : !insights ? (
        <Body1 as="p" className={styles.muted}>
          {t("review.noTranscript")}
        </Body1>
      ) : insights.keyMoments.length === 0 ? (
        <Body1 as="p" className={styles.muted}>
          {t("review.noMoments")}
        </Body1>
      ) : (
        <ul className={styles.list} aria-labelledby={`${ids}-moments`}>
          {insights.keyMoments.map((moment) => {
            const id = keyMomentId(moment);
            const isIncluded = momentIds.has(id);
            const description = describeKeyMoment(moment, insights.repSpeaker, i18n);
            return (
              <li key={id}>
                <Checkbox
                  label={{
                    children: t("review.includeMoment", { description }),
                    className: styles.label,
                  }}
                  checked={isIncluded}
                  onChange={(_, data) => setMomentIncluded(call.id, id, data.checked === true)}
                />
                {isIncluded ? (
                  <div className={styles.nested}>
                    <Checkbox
                      label={{
                        children: t("review.includeExcerpt", { time: formatClock(moment.atMs) }),
                        className: styles.label,
                      }}
                      checked={includesExcerpt(choice, id)}
                      onChange={(_, data) => setExcerptIncluded(call.id, id, data.checked === true)}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      <h4 id={`${ids}-reflection`} className={styles.heading}>
        {t("review.reflection")}
      </h4>
      {answered.length === 0 ? (
        <Body1 as="p" className={styles.muted}>
          {t("review.noAnswers")}
        </Body1>
      ) : (
        <ul className={styles.list} aria-labelledby={`${ids}-reflection`}>
          {answered.map((question) => (
            <li key={question}>
              <Checkbox
                label={{ children: t(`reflect.${question}`), className: styles.label }}
                checked={included.has(question)}
                aria-describedby={`${ids}-${question}`}
                onChange={(_, data) => setReflectionIncluded(call.id, question, data.checked === true)}
              />
              <p id={`${ids}-${question}`} className={styles.answer}>
                {notes.reflection[question]?.value}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Body1 as="p" className={styles.muted}>
        {`${t("review.alwaysIncluded")} ${discuss || t("review.nothingToDiscuss")}`}
      </Body1>
    </div>
  );
}
