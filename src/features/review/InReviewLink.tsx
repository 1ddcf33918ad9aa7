import { Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CalendarCheckmarkRegular } from "@fluentui/react-icons";
import { useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { reviewOfCall } from "../flag/notes-selectors.ts";

const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0 },
});

/** "In review on <date>" for a call a review session covers, linking to the session when Graph gave a link. */
export function InReviewLink({
  callId,
  className,
}: {
  readonly callId: string;
  readonly className?: string;
}) {
  const styles = useStyles();
  const { t, formatDate } = useI18n();
  const review = useNotesStore((state) => reviewOfCall(state.reviews, callId, new Date()));
  if (!review) return null;
  const date = formatDate(new Date(review.start), { dateStyle: "medium", timeStyle: "short" });
  return (
    <span className={mergeClasses(styles.root, className)}>
      <CalendarCheckmarkRegular className={styles.icon} aria-hidden="true" />
      {review.webLink ? (
        <Link
          href={review.webLink}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t("review.inReviewOnLabel", { date })}
        >
          {t("review.inReviewOn", { date })}
        </Link>
      ) : (
        <span>{t("review.inReviewOn", { date })}</span>
      )}
    </span>
  );
}
