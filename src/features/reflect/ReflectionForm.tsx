import { Body1, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Call } from "../../domain/calls/call.ts";
import {
  type CallNotes,
  REFLECTION_QUESTIONS,
  REFRAME_QUESTIONS,
  type ReflectionQuestion,
  TEXT_LIMITS,
} from "../../domain/notes/call-notes.ts";
import { withMomentChosen } from "../../domain/notes/chosen-moments.ts";
import { useI18n } from "../../i18n/index.ts";
import { LimitedTextField } from "../flag/LimitedTextField.tsx";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { reframeStateOf, selectCanEdit } from "../flag/notes-selectors.ts";
import { useDraftText } from "../flag/use-draft-text.ts";
import { CallInsightsView } from "../transcript/index.ts";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalM,
  },
  recap: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderInlineStartWidth: tokens.strokeWidthThicker,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorBrandStroke2,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  recapList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  text: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ReflectionFormProps {
  readonly notes: CallNotes;
  /** Unknown once the call has left the recent calls: then there is no transcript to show. */
  readonly call: Call | undefined;
  /** The call's subject as shown above, to name the group of questions. */
  readonly subject: string;
  /** The signed-in rep's display name, as Teams writes it in transcripts. */
  readonly repName: string;
}

/**
 * What the rep wrote in action mode (note, reframe), what the call's transcript says (with the key moments the
 * rep ticks to discuss), then the ownership questions, saved as they type.
 */
export function ReflectionForm({ notes, call, subject, repName }: ReflectionFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const note = notes.flagNote.value.trim();
  const reframe = reframeStateOf(notes);
  const setChosenMoments = useNotesStore((state) => state.setChosenMoments);
  const canEdit = useNotesStore(selectCanEdit);
  const chosen = notes.chosenMoments.value;
  const chosenMomentIds = useMemo(() => new Set(chosen), [chosen]);

  return (
    <div className={styles.form}>
      <div className={styles.recap}>
        {note ? (
          <>
            <Caption1Strong>{t("reflect.yourNote")}</Caption1Strong>
            <Body1 as="p" className={styles.text}>
              {note}
            </Body1>
          </>
        ) : null}
        <Caption1Strong>{t("reflect.yourReframe")}</Caption1Strong>
        {reframe === "reframed" ? (
          <ul className={styles.recapList}>
            {REFRAME_QUESTIONS.map((question) => {
              const answer = notes.reframe[question]?.value.trim();
              return answer ? (
                <li key={question}>
                  <Body1 className={styles.text}>
                    {`${t(`reframe.${question}`)} ${t("reframe.noBecause")} ${answer}`}
                  </Body1>
                </li>
              ) : null;
            })}
          </ul>
        ) : (
          <Body1 as="p" className={styles.muted}>
            {reframe === "skipped" ? t("reflect.reframeSkipped") : t("reflect.notReframed")}
          </Body1>
        )}
      </div>
      {call ? (
        <CallInsightsView
          call={call}
          repName={repName}
          headingLevel={4}
          chosenMomentIds={chosenMomentIds}
          onToggleMoment={
            canEdit
              ? (momentId, isChosen) =>
                  setChosenMoments(notes.callId, withMomentChosen(chosen, momentId, isChosen))
              : undefined
          }
        />
      ) : null}
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset's legend would repeat the heading above. */}
      <div role="group" aria-label={t("reflect.questionsLabel", { subject })} className={styles.form}>
        {REFLECTION_QUESTIONS.map((question) => (
          <ReflectionAnswer key={question} callId={notes.callId} question={question} />
        ))}
      </div>
    </div>
  );
}

function ReflectionAnswer({
  callId,
  question,
}: {
  readonly callId: string;
  readonly question: ReflectionQuestion;
}) {
  const { t } = useI18n();
  const stored = useNotesStore((state) => state.notes.get(callId)?.reflection[question]?.value ?? "");
  const answerReflection = useNotesStore((state) => state.answerReflection);
  const canEdit = useNotesStore(selectCanEdit);
  const draft = useDraftText(stored, (text) => answerReflection(callId, question, text));
  return (
    <LimitedTextField
      multiline
      label={t(`reflect.${question}`)}
      value={draft.text}
      maxLength={TEXT_LIMITS.reflectionAnswer}
      disabled={!canEdit}
      onChange={draft.change}
      onBlur={draft.flush}
    />
  );
}
