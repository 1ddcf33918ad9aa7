import "../../i18n/features/manager.messages.ts";
import { Caption1, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { LockClosedRegular } from "@fluentui/react-icons";
import { useId } from "react";
import { COACHING_LIMITS } from "../../domain/notes/review-record.ts";
import type { ReviewCall, ReviewPerson } from "../../domain/review/index.ts";
import { useI18n } from "../../i18n/index.ts";
import { LimitedTextField } from "../flag/LimitedTextField.tsx";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { selectCanEdit } from "../flag/notes-selectors.ts";
import { useDraftText } from "../flag/use-draft-text.ts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  hint: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
});

export interface CallCoachingFieldsProps {
  readonly reviewId: string;
  readonly rep: ReviewPerson;
  readonly call: ReviewCall;
}

/**
 * The manager's own words on one call of the review, saved in their own notes as they type: private notes, which
 * are never sent, and the learning agreed with the rep, which the follow-up carries.
 */
export function CallCoachingFields({ reviewId, rep, call }: CallCoachingFieldsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  const record = useNotesStore((state) => state.coaching.get(reviewId));
  const canEdit = useNotesStore(selectCanEdit);
  const writeNote = useNotesStore((state) => state.writeCoachingNote);
  const writeLearning = useNotesStore((state) => state.writeAgreedLearning);
  const coachedRep = { name: rep.name, email: rep.email };
  const note = useDraftText(record?.privateNotes[call.id]?.value ?? "", (text) =>
    writeNote(reviewId, coachedRep, call.id, text),
  );
  const learning = useDraftText(record?.agreedLearning[call.id]?.value ?? "", (text) =>
    writeLearning(reviewId, coachedRep, call.id, text),
  );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h5 id={headingId} className={styles.heading}>
        {t("manager.yourNotesHeading")}
      </h5>
      <LimitedTextField
        multiline
        label={t("manager.privateNotes", { subject: call.subject })}
        value={note.text}
        maxLength={COACHING_LIMITS.privateNote}
        disabled={!canEdit}
        onChange={note.change}
        onBlur={note.flush}
      />
      <Caption1 className={styles.hint}>
        <LockClosedRegular aria-hidden="true" />
        {t("manager.privateHint")}
      </Caption1>
      <LimitedTextField
        multiline
        label={t("manager.agreedLearning", { subject: call.subject })}
        value={learning.text}
        maxLength={COACHING_LIMITS.agreedLearning}
        disabled={!canEdit}
        onChange={learning.change}
        onBlur={learning.flush}
      />
      <Caption1 className={styles.hint}>{t("manager.agreedHint", { rep: rep.name })}</Caption1>
    </section>
  );
}
