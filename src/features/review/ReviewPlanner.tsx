import "../../i18n/features/review.messages.ts";
import { Body1, Button, Caption1, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { ArrowLeftRegular, ArrowRightRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef } from "react";
import { REVIEW_PACKET_LIMITS } from "../../domain/review/index.ts";
import { type MessageKey, type Translate, useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { CallsStep } from "./CallsStep.tsx";
import { ManagerStep } from "./ManagerStep.tsx";
import { PreviewStep } from "./PreviewStep.tsx";
import { useReviewPlannerStore } from "./ReviewPlannerStoreProvider.tsx";
import type { ReviewCandidate } from "./review-candidates.ts";
import {
  managerOf,
  PLAN_STEPS,
  type PlanStep,
  type ReviewPlan,
  selectedCandidates,
} from "./review-planner.store.ts";
import { TimeStep } from "./TimeStep.tsx";
import { useReviewCandidates } from "./use-review-candidates.ts";

const STEP_HEADINGS = {
  manager: "review.managerHeading",
  calls: "review.callsHeading",
  time: "review.timeHeading",
  preview: "review.previewHeading",
} as const satisfies Record<PlanStep, MessageKey>;

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "64rem",
    marginInline: "auto",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  heading: { ...typographyStyles.title3, margin: 0 },
  progress: { color: tokens.colorNeutralForeground2, margin: 0 },
  stepHeading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  nav: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground2, flexBasis: "100%" },
  cancel: { marginInlineStart: "auto" },
});

/**
 * Planning a review in steps, in the tab itself (it works in a 320 px pane): the manager, what goes in, when,
 * and a preview of exactly what the manager receives, with Schedule. Each step's heading takes the focus.
 */
export function ReviewPlanner() {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const ids = useId();
  const plan = useReviewPlannerStore((state) => state.plan);
  const goTo = useReviewPlannerStore((state) => state.goTo);
  const prepare = useReviewPlannerStore((state) => state.prepare);
  const close = useReviewPlannerStore((state) => state.close);
  const chosenManager = useNotesStore((state) => state.chosenManager);
  const { candidates } = useReviewCandidates();
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const step = plan?.step;

  useEffect(() => {
    if (step) stepHeading.current?.focus();
  }, [step]);

  if (!plan || !step) return null;
  const index = PLAN_STEPS.indexOf(step);
  const previous = PLAN_STEPS[index - 1];
  const next = PLAN_STEPS[index + 1];
  const blocker = blockerOf(plan, candidates, managerOf(plan, chosenManager) !== null, t);
  const locked = plan.scheduling.status !== "idle";

  const goOn = () => {
    if (!next || blocker) return;
    // The preview shows, and Schedule sends, the packet and invite made here.
    if (next === "preview") prepare(i18n);
    goTo(next);
  };

  return (
    <section className={styles.root} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className={styles.heading}>
        {t("review.plannerHeading")}
      </h2>
      <Body1 as="p" className={styles.progress}>
        {t("review.stepOf", { step: index + 1, total: PLAN_STEPS.length })}
      </Body1>
      <h3 ref={stepHeading} tabIndex={-1} className={styles.stepHeading}>
        {t(STEP_HEADINGS[step])}
      </h3>
      {step === "manager" ? (
        <ManagerStep plan={plan} />
      ) : step === "calls" ? (
        <CallsStep plan={plan} />
      ) : step === "time" ? (
        <TimeStep plan={plan} />
      ) : (
        <PreviewStep plan={plan} />
      )}
      <div className={styles.nav}>
        {previous && !locked ? (
          <Button icon={<ArrowLeftRegular />} onClick={() => goTo(previous)}>
            {t("review.back")}
          </Button>
        ) : null}
        {next ? (
          <Button
            appearance="primary"
            icon={<ArrowRightRegular />}
            iconPosition="after"
            disabledFocusable={blocker !== null}
            aria-describedby={blocker ? `${ids}-blocker` : undefined}
            onClick={goOn}
          >
            {t("review.next")}
          </Button>
        ) : null}
        {plan.scheduling.status === "running" ? null : (
          <Button appearance="subtle" className={styles.cancel} onClick={close}>
            {plan.scheduling.status === "done" ? t("review.done") : t("review.cancelPlan")}
          </Button>
        )}
        {next && blocker ? (
          <Caption1 id={`${ids}-blocker`} className={styles.hint}>
            {blocker}
          </Caption1>
        ) : null}
      </div>
    </section>
  );
}

/** Why the rep cannot go on from this step yet, in a sentence; `null` when they can. */
function blockerOf(
  current: ReviewPlan,
  all: readonly ReviewCandidate[],
  hasManager: boolean,
  t: Translate,
): string | null {
  switch (current.step) {
    case "manager":
      return current.people.status === "ready" && hasManager ? null : t("review.managerNeeded");
    case "calls": {
      const count = selectedCandidates(current, all).length;
      if (count === 0) return t("review.chooseCalls");
      return count > REVIEW_PACKET_LIMITS.calls
        ? t("review.tooManyCalls", { max: REVIEW_PACKET_LIMITS.calls })
        : null;
    }
    case "time":
      return current.time ? null : t("review.timeNeeded");
    case "preview":
      return null;
  }
}
