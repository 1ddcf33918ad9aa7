import "../../i18n/features/insights.messages.ts";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import {
  DISCOVERY_QUESTIONS_BENCHMARK,
  TALK_SHARE_BENCHMARK,
  type TranscriptInsights,
} from "../../domain/transcript/index.ts";
import { useI18n } from "../../i18n/index.ts";
import { formatSpokenDuration } from "./spoken-duration.ts";

export interface TranscriptFiguresProps {
  readonly insights: TranscriptInsights;
}

interface Figure {
  readonly label: string;
  readonly value: string;
  /** What published research found, shown beside the figure as context. */
  readonly context?: string;
}

const useStyles = makeStyles({
  // As many columns as fit, one in a narrow pane.
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 15rem), 1fr))",
    gap: tokens.spacingVerticalM,
    margin: 0,
  },
  figure: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  value: { ...typographyStyles.subtitle2, margin: 0 },
  context: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  source: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, margin: 0 },
});

/**
 * The call's conversation figures, each research finding next to the figure it is about. The findings are
 * context in neutral words and colors: a figure is never marked as good or bad.
 */
export function TranscriptFigures({ insights }: TranscriptFiguresProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const percent = (share: number) => formatNumber(share, { style: "percent", maximumFractionDigits: 0 });
  const perMinute = (rate: number) => formatNumber(rate, { maximumFractionDigits: 1 });
  const duration = (ms: number) => formatSpokenDuration(ms, i18n);
  const repSpoke = insights.repSpeaker !== null;
  const customerSpoke = insights.speakers.some((speaker) => !speaker.isRep);

  const figures: Figure[] = [
    ...(repSpoke
      ? [
          {
            label: t("insights.repTalkShare"),
            value: percent(insights.repTalkShare),
            context: t("insights.contextTalkShare", {
              winning: percent(TALK_SHARE_BENCHMARK.winningRepTalkShare),
              above: percent(TALK_SHARE_BENCHMARK.repTalkShareAboveWhichConversionDrops),
            }),
          },
          { label: t("insights.longestRepMonologue"), value: duration(insights.longestRepMonologueMs) },
        ]
      : []),
    ...(customerSpoke
      ? [
          {
            label: t("insights.longestCustomerMonologue"),
            value: duration(insights.longestCustomerMonologueMs),
            context: t("insights.contextMonologue"),
          },
        ]
      : []),
    ...(repSpoke
      ? [
          {
            label: t("insights.repQuestions"),
            value: formatNumber(insights.repQuestionCount),
            context: t("insights.contextQuestions", {
              min: DISCOVERY_QUESTIONS_BENCHMARK.successfulDiscoveryMin,
              max: DISCOVERY_QUESTIONS_BENCHMARK.successfulDiscoveryMax,
            }),
          },
        ]
      : []),
    {
      label: t("insights.firstPriceMention"),
      value:
        insights.firstPriceMentionMs === null
          ? t("insights.priceNotMentioned")
          : t("insights.firstPriceMentionAt", {
              time: duration(insights.firstPriceMentionMs - insights.startMs),
            }),
    },
    ...(repSpoke
      ? [{ label: t("insights.fillerWords"), value: perMinute(insights.fillerWordsPerMinute) }]
      : []),
    { label: t("insights.speakerSwitches"), value: perMinute(insights.speakerSwitchesPerMinute) },
  ];

  return (
    <>
      <dl className={styles.list}>
        {figures.map((figure) => (
          <div key={figure.label} className={styles.figure}>
            <dt className={styles.label}>{figure.label}</dt>
            <dd className={styles.value}>{figure.value}</dd>
            {figure.context ? <dd className={styles.context}>{figure.context}</dd> : null}
          </div>
        ))}
      </dl>
      <p className={styles.source}>{t("insights.contextSource")}</p>
    </>
  );
}
