import "../../i18n/features/insights.messages.ts";
import { Checkbox, makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { useId } from "react";
import { formatClock, type KeyMoment, type TranscriptCue } from "../../domain/transcript/index.ts";
import { useI18n } from "../../i18n/index.ts";
import { useVisuallyHiddenStyles } from "../calls/index.ts";
import { cuesAround } from "./cues-around.ts";
import { describeKeyMoment, keyMomentId } from "./key-moment-text.ts";

export interface KeyMomentListProps {
  /** In time order. */
  readonly moments: readonly KeyMoment[];
  /** The whole transcript, in time order. */
  readonly cues: readonly TranscriptCue[];
  /** The rep's name as the transcript writes it; `null` when the rep did not speak. */
  readonly repSpeaker: string | null;
  readonly chosenMomentIds: ReadonlySet<string>;
  /** Without it the moments are listed without checkboxes. */
  readonly onToggleMoment?: (momentId: string, chosen: boolean) => void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  moment: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  time: { ...typographyStyles.body1Strong, fontVariantNumeric: "tabular-nums", flexShrink: 0 },
  description: { ...typographyStyles.body1, margin: 0, overflowWrap: "anywhere" },
  lines: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  line: {
    ...typographyStyles.caption1,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: "transparent",
    color: tokens.colorNeutralForeground2,
  },
  momentLine: {
    color: tokens.colorNeutralForeground1,
    borderInlineStartColor: tokens.colorBrandStroke1,
  },
  lineTime: { fontVariantNumeric: "tabular-nums" },
  lineText: { overflowWrap: "anywhere" },
  speaker: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The key moments of a call in time order, each with the transcript lines around it and, when the rep can
 * pick moments to discuss, a "Discuss this" checkbox. Transcript text is shown as text, never as markup.
 */
export function KeyMomentList({
  moments,
  cues,
  repSpeaker,
  chosenMomentIds,
  onToggleMoment,
}: KeyMomentListProps) {
  const styles = useStyles();
  return (
    <ol className={styles.list}>
      {moments.map((moment) => {
        const id = keyMomentId(moment);
        return (
          <KeyMomentItem
            key={id}
            moment={moment}
            cues={cues}
            repSpeaker={repSpeaker}
            chosen={chosenMomentIds.has(id)}
            onToggle={onToggleMoment ? (chosen) => onToggleMoment(id, chosen) : undefined}
          />
        );
      })}
    </ol>
  );
}

interface KeyMomentItemProps {
  readonly moment: KeyMoment;
  readonly cues: readonly TranscriptCue[];
  readonly repSpeaker: string | null;
  readonly chosen: boolean;
  readonly onToggle: ((chosen: boolean) => void) | undefined;
}

function KeyMomentItem({ moment, cues, repSpeaker, chosen, onToggle }: KeyMomentItemProps) {
  const styles = useStyles();
  const visuallyHidden = useVisuallyHiddenStyles().root;
  const i18n = useI18n();
  const { t } = i18n;
  const descriptionId = useId();
  const around = cuesAround(cues, moment.atMs);
  const time = formatClock(moment.atMs);

  return (
    <li className={styles.moment}>
      <div className={styles.summary}>
        <time className={styles.time} dateTime={isoDuration(moment.atMs)}>
          {time}
        </time>
        <p id={descriptionId} className={styles.description}>
          {describeKeyMoment(moment, repSpeaker, i18n)}
        </p>
      </div>
      {around.lines.length > 0 ? (
        <ol className={styles.lines} aria-label={t("insights.linesAround", { time })}>
          {around.lines.map(({ index, cue }) => {
            const isMoment = index === around.momentIndex;
            return (
              <li key={index} className={mergeClasses(styles.line, isMoment && styles.momentLine)}>
                <time className={styles.lineTime} dateTime={isoDuration(cue.startMs)}>
                  {formatClock(cue.startMs)}
                </time>
                <span className={styles.lineText}>
                  {isMoment ? <span className={visuallyHidden}>{t("insights.momentMarker")} </span> : null}
                  <span className={styles.speaker}>{cue.speaker ?? t("insights.unknownSpeaker")}</span>
                  {": "}
                  {cue.text}
                </span>
              </li>
            );
          })}
        </ol>
      ) : null}
      {onToggle ? (
        <Checkbox
          label={t("insights.discuss")}
          checked={chosen}
          onChange={(_, data) => onToggle(data.checked === true)}
          aria-describedby={descriptionId}
        />
      ) : null}
    </li>
  );
}

/** A transcript time as an HTML duration (`PT125S`), for the `<time>` element. */
function isoDuration(ms: number): string {
  return `PT${Math.max(0, Math.floor(ms / 1000))}S`;
}
