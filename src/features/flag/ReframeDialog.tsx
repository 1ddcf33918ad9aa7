import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type FormEvent, useId } from "react";
import type { Call } from "../../domain/calls/call.ts";
import { REFRAME_QUESTIONS, type ReframeQuestion, TEXT_LIMITS } from "../../domain/notes/call-notes.ts";
import { REFRAME_SUGGESTIONS, withSuggestion } from "../../domain/notes/reframe-suggestions.ts";
import { useI18n } from "../../i18n/index.ts";
import { callSubject } from "../calls/index.ts";
import { LimitedTextField } from "./LimitedTextField.tsx";
import { useNotesStore } from "./NotesStoreProvider.tsx";
import { selectCanEdit } from "./notes-selectors.ts";
import { useDraftText } from "./use-draft-text.ts";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  call: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  callWhen: { color: tokens.colorNeutralForeground2 },
  intro: { margin: 0 },
  question: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  chip: { minWidth: "auto", fontWeight: tokens.fontWeightRegular },
  // Outlook's 320 px task pane: the actions stack rather than squeeze.
  actions: { "@media (max-width: 360px)": { flexDirection: "column-reverse", alignItems: "stretch" } },
});

export interface ReframeDialogProps {
  readonly call: Call;
  readonly open: boolean;
  /** The rep is done, skipped or dismissed the dialog; what they typed is kept in every case. */
  readonly onClose: () => void;
  /** The dialog has finished closing, so focus can go where the rep was working. */
  readonly onClosed: () => void;
}

/**
 * Action mode: the three questions that turn a bad call into a temporary, specific, outside event, each
 * answered with a short "no, because…" in the rep's words or with one tap on a suggestion. Enter is Done.
 */
export function ReframeDialog({ call, open, onClose, onClosed }: ReframeDialogProps) {
  const styles = useStyles();
  const { t, formatDayHeading, formatTime } = useI18n();
  const skipReframe = useNotesStore((state) => state.skipReframe);
  const introId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onClose();
  };
  const onSkip = () => {
    skipReframe(call.id);
    onClose();
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
      surfaceMotion={{
        onMotionFinish: (_, data) => {
          if (data.direction === "exit") onClosed();
        },
      }}
    >
      <DialogSurface aria-describedby={introId}>
        <form onSubmit={onSubmit}>
          <DialogBody>
            <DialogTitle>{t("reframe.title")}</DialogTitle>
            <DialogContent className={styles.content}>
              <div className={styles.call}>
                <Body1Strong>{callSubject(call, t)}</Body1Strong>
                <Caption1 className={styles.callWhen}>
                  {`${formatDayHeading(call.start)}, ${formatTime(call.start)}`}
                </Caption1>
              </div>
              <Body1 as="p" id={introId} className={styles.intro}>
                {t("reframe.intro")}
              </Body1>
              {REFRAME_QUESTIONS.map((question) => (
                <ReframeAnswer key={question} callId={call.id} question={question} />
              ))}
              <FlagNote callId={call.id} />
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button type="submit" appearance="primary">
                {t("reframe.done")}
              </Button>
              <Button onClick={onSkip}>{t("reframe.skip")}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

function ReframeAnswer({
  callId,
  question,
}: {
  readonly callId: string;
  readonly question: ReframeQuestion;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const stored = useNotesStore((state) => state.notes.get(callId)?.reframe[question]?.value ?? "");
  const answerReframe = useNotesStore((state) => state.answerReframe);
  const canEdit = useNotesStore(selectCanEdit);
  const draft = useDraftText(stored, (text) => answerReframe(callId, question, text));
  const questionText = t(`reframe.${question}`);
  const max = TEXT_LIMITS.reframeAnswer;

  return (
    <div className={styles.question}>
      <LimitedTextField
        label={questionText}
        contentBefore={t("reframe.noBecause")}
        value={draft.text}
        maxLength={max}
        disabled={!canEdit}
        onChange={draft.change}
        onBlur={draft.flush}
      />
      {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset. */}
      <div
        role="group"
        aria-label={t("reframe.suggestionsLabel", { question: questionText })}
        className={styles.chips}
      >
        {REFRAME_SUGGESTIONS[question].map((suggestion) => {
          const text = t(`reframeSuggestion.${suggestion}`);
          return (
            <Button
              key={suggestion}
              size="small"
              shape="circular"
              className={styles.chip}
              disabled={!canEdit}
              onClick={() => draft.change(withSuggestion(draft.text, text, max))}
            >
              {text}
            </Button>
          );
        })}
      </div>
    </div>
  );
}

function FlagNote({ callId }: { readonly callId: string }) {
  const { t } = useI18n();
  const stored = useNotesStore((state) => state.notes.get(callId)?.flagNote.value ?? "");
  const setFlagNote = useNotesStore((state) => state.setFlagNote);
  const canEdit = useNotesStore(selectCanEdit);
  const draft = useDraftText(stored, (text) => setFlagNote(callId, text));
  return (
    <LimitedTextField
      label={t("reframe.noteLabel")}
      value={draft.text}
      maxLength={TEXT_LIMITS.flagNote}
      disabled={!canEdit}
      onChange={draft.change}
      onBlur={draft.flush}
    />
  );
}
