import "../../i18n/features/insights.messages.ts";
import "../../i18n/features/transcript.messages.ts";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, InfoRegular, ShieldLockRegular } from "@fluentui/react-icons";
import { useEffect, useId, useRef } from "react";
import type { TranscriptUnavailableReason } from "../../data/transcripts.repository.ts";
import type { Call } from "../../domain/calls/call.ts";
import { errorMessageKey, type MessageKey, useI18n } from "../../i18n/index.ts";
import { KeyMomentList } from "./KeyMomentList.tsx";
import { TalkShareChart } from "./TalkShareChart.tsx";
import { TranscriptFigures } from "./TranscriptFigures.tsx";
import { useTranscriptStore } from "./TranscriptStoreProvider.tsx";
import { type CallTranscriptState, callTranscriptOf } from "./transcript.store.ts";

export interface CallInsightsViewProps {
  readonly call: Call;
  /** The rep's display name, as Teams writes it in the transcript (the signed-in account's name). */
  readonly repName: string;
  /** IDs of the key moments the rep chose to discuss (`${kind}@${atMs}`, see `keyMomentId`). */
  readonly chosenMomentIds?: ReadonlySet<string>;
  /** Called when the rep ticks or unticks "Discuss this"; without it, moments have no checkbox. */
  readonly onToggleMoment?: (momentId: string, chosen: boolean) => void;
  /** The level of this view's heading; its sections are one level below. Defaults to 4 (under a call's h3). */
  readonly headingLevel?: 2 | 3 | 4 | 5;
}

const NOTHING_CHOSEN: ReadonlySet<string> = new Set();

const REASON_MESSAGES = {
  loggedByHand: "transcript.loggedByHand",
  notTeamsMeeting: "transcript.notTeamsMeeting",
  notOrganizer: "transcript.notOrganizer",
  disabledByAdmin: "transcript.disabledByAdmin",
  forbidden: "transcript.forbidden",
  noTranscript: "transcript.noTranscript",
  notFound: "transcript.notFound",
} as const satisfies Record<TranscriptUnavailableReason, MessageKey>;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sectionHeading: { ...typographyStyles.subtitle2, margin: 0 },
  note: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  noteIcon: { flexShrink: 0, fontSize: "16px", marginBlockStart: "2px" },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  spinner: { justifyContent: "flex-start" },
});

/**
 * What the transcript of one call says: who talked how much, the conversation figures with published
 * research beside them as context, and the key moments with the lines around each, which the rep can tick to
 * discuss. When the transcript cannot be read, one plain sentence says why. Reads the transcript through the
 * `TranscriptStoreProvider`'s store, the first time the call is shown.
 */
export function CallInsightsView({
  call,
  repName,
  chosenMomentIds = NOTHING_CHOSEN,
  onToggleMoment,
  headingLevel = 4,
}: CallInsightsViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  const transcript = useTranscriptStore((state) => callTranscriptOf(state, call.id));
  const open = useTranscriptStore((state) => state.open);
  const retry = useTranscriptStore((state) => state.retry);
  const Heading = `h${headingLevel}` as const;
  const headingRef = useRef<HTMLHeadingElement>(null);

  const onRetry = () => {
    // The button goes away while reading again; the heading keeps the keyboard user's place.
    headingRef.current?.focus();
    void retry(call.id);
  };

  useEffect(() => {
    void open(call, repName);
  }, [open, call, repName]);

  return (
    <section className={styles.root} aria-labelledby={headingId} aria-busy={isBusy(transcript)}>
      <Heading id={headingId} className={styles.heading} ref={headingRef} tabIndex={-1}>
        {t("transcript.heading")}
      </Heading>
      {transcript.status === "error" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("transcript.loadFailed")}</MessageBarTitle>
            <div>
              {t(
                isGraphError(transcript.error)
                  ? errorMessageKey(transcript.error)
                  : "transcript.analysisFailed",
              )}
            </div>
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
              {t("common.tryAgain")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : transcript.status === "unavailable" && transcript.reason ? (
        <Body1 as="p" className={styles.note}>
          {t(REASON_MESSAGES[transcript.reason])}
        </Body1>
      ) : transcript.status === "ready" ? (
        <ReadyInsights
          transcript={transcript}
          repName={repName}
          chosenMomentIds={chosenMomentIds}
          onToggleMoment={onToggleMoment}
          sectionLevel={headingLevel + 1}
        />
      ) : (
        <Spinner
          className={styles.spinner}
          size="tiny"
          labelPosition="after"
          label={t("transcript.loading")}
        />
      )}
    </section>
  );
}

interface ReadyInsightsProps {
  readonly transcript: CallTranscriptState;
  readonly repName: string;
  readonly chosenMomentIds: ReadonlySet<string>;
  readonly onToggleMoment: CallInsightsViewProps["onToggleMoment"];
  readonly sectionLevel: number;
}

function ReadyInsights({
  transcript,
  repName,
  chosenMomentIds,
  onToggleMoment,
  sectionLevel,
}: ReadyInsightsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const ids = useId();
  const { insights, cues, warnings } = transcript;
  if (insights === null) return null;
  const SectionHeading = `h${Math.min(sectionLevel, 6) as 3 | 4 | 5 | 6}` as const;
  const named = insights.speakers.length > 0;

  const note = (text: string, icon = <InfoRegular className={styles.noteIcon} aria-hidden="true" />) => (
    <Body1 as="p" className={styles.note}>
      {icon}
      <span>{text}</span>
    </Body1>
  );

  if (cues.length === 0) {
    return (
      <>
        {note(t("transcript.empty"))}
        {warnings.length > 0 ? note(t("transcript.someLinesUnreadable")) : null}
      </>
    );
  }

  return (
    <>
      {note(t("transcript.privacy"), <ShieldLockRegular className={styles.noteIcon} aria-hidden="true" />)}
      {named ? null : note(t("transcript.noSpeakerNames"))}
      {named && insights.repSpeaker === null ? note(t("transcript.repNotFound", { name: repName })) : null}

      {named ? (
        <section className={styles.section} aria-labelledby={`${ids}-talk`}>
          <SectionHeading id={`${ids}-talk`} className={styles.sectionHeading}>
            {t("insights.talkTimeHeading")}
          </SectionHeading>
          <TalkShareChart speakers={insights.speakers} />
        </section>
      ) : null}

      <section className={styles.section} aria-labelledby={`${ids}-figures`}>
        <SectionHeading id={`${ids}-figures`} className={styles.sectionHeading}>
          {t("insights.figuresHeading")}
        </SectionHeading>
        <TranscriptFigures insights={insights} />
      </section>

      <section className={styles.section} aria-labelledby={`${ids}-moments`}>
        <SectionHeading id={`${ids}-moments`} className={styles.sectionHeading}>
          {t("insights.momentsHeading")}
        </SectionHeading>
        {insights.keyMoments.length > 0 ? (
          <>
            {onToggleMoment ? (
              <Body1 as="p" className={styles.intro}>
                {t("insights.momentsIntro")}
              </Body1>
            ) : null}
            <KeyMomentList
              moments={insights.keyMoments}
              cues={cues}
              repSpeaker={insights.repSpeaker}
              chosenMomentIds={chosenMomentIds}
              onToggleMoment={onToggleMoment}
            />
          </>
        ) : (
          <Body1 as="p" className={styles.intro}>
            {t("insights.noMoments")}
          </Body1>
        )}
      </section>

      {warnings.length > 0 ? note(t("transcript.someLinesUnreadable")) : null}
    </>
  );
}

function isBusy(transcript: CallTranscriptState): boolean {
  return transcript.status === "idle" || transcript.status === "loading";
}

/** A Graph failure carries a `kind` the shared error sentences explain; anything else failed in the analysis. */
function isGraphError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "kind" in error;
}
