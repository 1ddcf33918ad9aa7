import "../../i18n/features/review.messages.ts";
import { Body1, Button, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { CalendarAddRegular, PeopleTeamRegular } from "@fluentui/react-icons";
import { type ReactNode, type Ref, useId } from "react";
import type { ReviewRecord } from "../../domain/notes/review-record.ts";
import { useI18n } from "../../i18n/index.ts";
import { CenteredMessage } from "../calls/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { useLookForFollowUps } from "./ReviewFollowUpsStoreProvider.tsx";
import { ReviewSession } from "./ReviewSession.tsx";

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
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    ...typographyStyles.title3,
    margin: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  subheading: { color: tokens.colorNeutralForeground2, margin: 0 },
  plan: { alignSelf: "flex-start" },
  sectionHeading: { ...typographyStyles.subtitle1, margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export interface ReviewsViewProps {
  readonly onPlanReview: () => void;
  /** Whether planning is possible now (the rep's notes can be written); defaults to true. */
  readonly canPlan?: boolean;
  /** The view's heading, to put the rep's focus back on when they come back from planning. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** Shown under the Plan a review button, e.g. why planning did not start. */
  readonly notice?: ReactNode;
}

/**
 * The rep's review sessions: upcoming ones (soonest first) to open or join, past ones (latest first) to note per
 * call whether it was discussed and what the rep learned; whether the manager's follow-up arrived; and Plan a review.
 */
export function ReviewsView({ onPlanReview, canPlan = true, headingRef, notice }: ReviewsViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const ids = useId();
  const reviews = useNotesStore((state) => state.reviews);
  useLookForFollowUps(reviews);
  const now = Date.now();
  const upcoming = reviews.filter((review) => Date.parse(review.end) > now);
  const past = reviews.filter((review) => Date.parse(review.end) <= now).reverse();

  const section = (key: "upcoming" | "past", list: readonly ReviewRecord[]) =>
    list.length > 0 ? (
      <section aria-labelledby={`${ids}-${key}`}>
        <h3 id={`${ids}-${key}`} className={styles.sectionHeading}>
          {t(`review.${key}`)}
        </h3>
        <ul className={styles.list}>
          {list.map((review) => (
            <ReviewSession key={review.id} review={review} past={key === "past"} />
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <section className={styles.root} aria-labelledby={`${ids}-heading`}>
      <header className={styles.header}>
        <h2 id={`${ids}-heading`} ref={headingRef} tabIndex={-1} className={styles.heading}>
          {t("review.heading")}
        </h2>
        <Body1 as="p" className={styles.subheading}>
          {t("review.subheading")}
        </Body1>
        <Button
          appearance="primary"
          icon={<CalendarAddRegular />}
          className={styles.plan}
          disabledFocusable={!canPlan}
          onClick={onPlanReview}
        >
          {t("review.planReview")}
        </Button>
      </header>
      {notice}
      {reviews.length === 0 ? (
        <CenteredMessage icon={PeopleTeamRegular} title={t("review.empty")} hint={t("review.emptyHint")} />
      ) : (
        <>
          {section("upcoming", upcoming)}
          {section("past", past)}
        </>
      )}
    </section>
  );
}
