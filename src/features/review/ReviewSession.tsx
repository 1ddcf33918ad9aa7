import "../../i18n/features/review.messages.ts";
import { Body1, Caption1, Checkbox, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { MailCheckmarkRegular } from "@fluentui/react-icons";
import {
  REVIEW_RECORD_LIMITS,
  type ReviewedCallSummary,
  type ReviewRecord,
} from "../../domain/notes/review-record.ts";
import { useI18n } from "../../i18n/index.ts";
import { callSubject } from "../calls/index.ts";
import { LimitedTextField } from "../flag/LimitedTextField.tsx";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { selectCanEdit } from "../flag/notes-selectors.ts";
import { useDraftText } from "../flag/use-draft-text.ts";
import { formatSessionTime } from "./format-session-time.ts";
import { OpensElsewhereLink } from "./OpensElsewhereLink.tsx";
import { useFollowUpArrived } from "./ReviewFollowUpsStoreProvider.tsx";

const useStyles = makeStyles({
  session: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  meta: { color: tokens.colorNeutralForeground2, margin: 0, overflowWrap: "anywhere" },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  followUp: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    overflowWrap: "anywhere",
  },
  followUpIcon: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  calls: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  call: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  subject: { overflowWrap: "anywhere" },
});

export interface ReviewSessionProps {
  readonly review: ReviewRecord;
  /** A session that is over: the rep notes per call whether it was discussed and what they learned. */
  readonly past: boolean;
}

/** One review session: when, with whom, where to open it, whether the manager's follow-up arrived, its calls. */
export function ReviewSession({ review, past }: ReviewSessionProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const when = formatSessionTime(i18n, new Date(review.start), new Date(review.end));

  return (
    <li className={styles.session}>
      <h4 className={styles.heading}>{when}</h4>
      <Body1 as="p" className={styles.meta}>
        {t("review.withManager", { manager: review.manager.name })}
      </Body1>
      <div className={styles.links}>
        {review.webLink ? (
          <OpensElsewhereLink
            href={review.webLink}
            text={t("review.openSession")}
            label={t("review.openSessionLabel", { when })}
          />
        ) : null}
        {!past && review.joinUrl ? (
          <OpensElsewhereLink
            href={review.joinUrl}
            text={t("review.joinSession")}
            label={t("review.joinSessionLabel", { when })}
          />
        ) : null}
      </div>
      <FollowUpArrived review={review} when={when} />
      <ul className={styles.calls} aria-label={t("review.sessionCalls")}>
        {review.calls.map((call) => (
          <li key={call.callId} className={styles.call}>
            <ReviewedCall reviewId={review.id} call={call} outcomes={past} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Only a follow-up known to have arrived is shown: not knowing (no consent, Graph unreachable) shows nothing. */
function FollowUpArrived({ review, when }: { readonly review: ReviewRecord; readonly when: string }) {
  const styles = useStyles();
  const { t, formatDate } = useI18n();
  const receipt = useFollowUpArrived(review.id);
  if (!receipt) return null;
  const manager = review.manager.name;
  return (
    <Body1 as="p" className={styles.followUp}>
      <MailCheckmarkRegular aria-hidden="true" className={styles.followUpIcon} />
      <span>
        {receipt.receivedAt
          ? t("review.followUpArrived", { manager, date: formatDate(receipt.receivedAt) })
          : t("review.followUpArrivedUndated", { manager })}
      </span>
      {receipt.webLink ? (
        <OpensElsewhereLink
          href={receipt.webLink}
          text={t("review.openFollowUp")}
          label={t("review.openFollowUpLabel", { when })}
        />
      ) : null}
    </Body1>
  );
}

interface ReviewedCallProps {
  readonly reviewId: string;
  readonly call: ReviewedCallSummary;
  /** Whether to ask what came of it. */
  readonly outcomes: boolean;
}

function ReviewedCall({ reviewId, call, outcomes }: ReviewedCallProps) {
  const styles = useStyles();
  const { t, formatDayHeading, formatTime } = useI18n();
  const subject = callSubject(call, t);
  const start = new Date(call.start);
  const meta = [call.company, `${formatDayHeading(start)}, ${formatTime(start)}`].filter(Boolean).join(" · ");
  return (
    <>
      <Body1 className={styles.subject}>{subject}</Body1>
      <Caption1 className={styles.meta}>{meta}</Caption1>
      {outcomes ? <CallOutcomeFields reviewId={reviewId} callId={call.callId} subject={subject} /> : null}
    </>
  );
}

function CallOutcomeFields({
  reviewId,
  callId,
  subject,
}: {
  readonly reviewId: string;
  readonly callId: string;
  readonly subject: string;
}) {
  const { t } = useI18n();
  const outcome = useNotesStore(
    (state) => state.reviews.find((review) => review.id === reviewId)?.outcomes[callId],
  );
  const setDiscussed = useNotesStore((state) => state.setReviewDiscussed);
  const setLearning = useNotesStore((state) => state.setReviewLearning);
  const canEdit = useNotesStore(selectCanEdit);
  const draft = useDraftText(outcome?.learning?.value ?? "", (text) => setLearning(reviewId, callId, text));
  return (
    <>
      <Checkbox
        label={t("review.discussed")}
        aria-label={t("review.discussedLabel", { subject })}
        checked={outcome?.discussed?.value ?? false}
        disabled={!canEdit}
        onChange={(_, data) => setDiscussed(reviewId, callId, data.checked === true)}
      />
      <LimitedTextField
        multiline
        label={t("review.learning", { subject })}
        value={draft.text}
        maxLength={REVIEW_RECORD_LIMITS.learning}
        disabled={!canEdit}
        onChange={draft.change}
        onBlur={draft.flush}
      />
    </>
  );
}
