import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  ArrowRepeatAllRegular,
  ArrowUndoRegular,
  CheckmarkCircleRegular,
  CircleRegular,
  FlagFilled,
  NoteRegular,
  SubtractCircleRegular,
} from "@fluentui/react-icons";
import type { Call } from "../../domain/calls/call.ts";
import type { CallNotes } from "../../domain/notes/call-notes.ts";
import { useI18n } from "../../i18n/index.ts";
import { callSubject, useVisuallyHiddenStyles } from "../calls/index.ts";
import { InReviewLink } from "../review/InReviewLink.tsx";
import { isFlagged, reframeStateOf } from "./notes-selectors.ts";

const useStyles = makeStyles({
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
  },
  item: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  flagged: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  flagIcon: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  icon: { flexShrink: 0 },
  note: { overflowWrap: "anywhere", fontStyle: "italic", minWidth: 0 },
});

export interface FlagDetailsProps {
  readonly call: Call;
  readonly notes: CallNotes | undefined;
  /** The rep just unflagged this call: offer to undo it. */
  readonly recentlyUnflagged: boolean;
  readonly canEdit: boolean;
  readonly onReframe: (call: Call) => void;
  readonly onUndo: (call: Call) => void;
}

/** Whether there is anything to say about a call's flag. */
export function hasFlagDetails(notes: CallNotes | undefined, recentlyUnflagged: boolean): boolean {
  return isFlagged(notes) || recentlyUnflagged;
}

/**
 * Under a flagged call: flagged, how far its reframe got, its review session if it is in one, its note, and
 * Reframe; or Undo right after unflagging.
 */
export function FlagDetails({
  call,
  notes,
  recentlyUnflagged,
  canEdit,
  onReframe,
  onUndo,
}: FlagDetailsProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { t } = useI18n();
  const subject = callSubject(call, t);

  if (notes && isFlagged(notes)) {
    const reframe = reframeStateOf(notes);
    const note = notes.flagNote.value.trim();
    return (
      <Caption1 className={styles.line}>
        <span className={mergeClasses(styles.item, styles.flagged)}>
          <FlagFilled className={styles.flagIcon} aria-hidden="true" />
          {t("flag.flagged")}
        </span>
        <span className={styles.item}>
          {reframe === "reframed" ? (
            <CheckmarkCircleRegular className={styles.icon} aria-hidden="true" />
          ) : reframe === "skipped" ? (
            <SubtractCircleRegular className={styles.icon} aria-hidden="true" />
          ) : (
            <CircleRegular className={styles.icon} aria-hidden="true" />
          )}
          {reframe === "reframed"
            ? t("flag.reframed")
            : reframe === "skipped"
              ? t("flag.reframeSkipped")
              : t("reflect.notReframed")}
        </span>
        <InReviewLink callId={call.id} />
        {note ? (
          <span className={mergeClasses(styles.item, styles.note)}>
            <NoteRegular className={styles.icon} aria-hidden="true" />
            <span className={hidden.root}>{t("flag.noteLabel")} </span>
            {note}
          </span>
        ) : null}
        <Button
          size="small"
          appearance="transparent"
          icon={<ArrowRepeatAllRegular />}
          aria-label={t("flag.reframeCall", { subject })}
          disabledFocusable={!canEdit}
          onClick={() => onReframe(call)}
        >
          {t("flag.reframe")}
        </Button>
      </Caption1>
    );
  }

  if (!recentlyUnflagged) return null;
  return (
    <Caption1 className={styles.line}>
      <span>{t("flag.unflagged")}</span>
      <Button
        size="small"
        appearance="transparent"
        icon={<ArrowUndoRegular />}
        aria-label={t("flag.undoCall", { subject })}
        disabledFocusable={!canEdit}
        onClick={() => onUndo(call)}
      >
        {t("flag.undo")}
      </Button>
    </Caption1>
  );
}
