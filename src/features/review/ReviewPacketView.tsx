import "../../i18n/features/insights.messages.ts";
import "../../i18n/features/review.messages.ts";
import { makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";
import { REFRAME_QUESTIONS } from "../../domain/notes/call-notes.ts";
import {
  PACKET_REFLECTION_QUESTIONS,
  type ReviewCall,
  type ReviewKeyMoment,
  type ReviewPacket,
  type ReviewTranscriptFigures,
} from "../../domain/review/index.ts";
import { formatClock } from "../../domain/transcript/index.ts";
import { useI18n } from "../../i18n/index.ts";
import { formatSpokenDuration } from "../transcript/spoken-duration.ts";

export interface ReviewPacketViewProps {
  /** A packet built here or received and validated: every string in it is shown as text, never as markup. */
  readonly packet: ReviewPacket;
  /** The level of the packet's heading; each call's is one below. Defaults to 3. */
  readonly headingLevel?: 2 | 3 | 4 | 5;
  /** What goes under each call, e.g. the manager's own notes on it. */
  readonly renderCallFooter?: (call: ReviewCall) => ReactNode;
}

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  calls: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  call: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  callHeading: { ...typographyStyles.subtitle2, margin: 0, overflowWrap: "anywhere" },
  sectionHeading: { ...typographyStyles.body1Strong, margin: 0 },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  moment: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  clock: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  excerpt: {
    listStyleType: "none",
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: "solid",
    borderInlineStartColor: tokens.colorNeutralStroke2,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  speaker: { fontWeight: tokens.fontWeightSemibold },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 12rem), 1fr))",
    gap: tokens.spacingVerticalS,
    margin: 0,
  },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  figureLabel: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  figureValue: { ...typographyStyles.body1Strong, margin: 0 },
});

/**
 * A review packet as a person reads it: who it is from, and for each call the rep's note, reframe, the
 * reflection answers they chose to share, what they want to discuss, the key moments with the transcript lines
 * around them, and the transcript's figures. The rep sees it before sending; the manager sees it in Outlook.
 */
export function ReviewPacketView({ packet, headingLevel = 3, renderCallFooter }: ReviewPacketViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.heading}>
        {t("review.packetFrom", { rep: packet.rep.name })}
      </Heading>
      <ol className={styles.calls}>
        {packet.calls.map((call) => (
          <PacketCall
            key={call.id}
            call={call}
            repName={packet.rep.name}
            headingLevel={(headingLevel + 1) as HeadingLevel}
            footer={renderCallFooter?.(call)}
          />
        ))}
      </ol>
    </section>
  );
}

interface PacketCallProps {
  readonly call: ReviewCall;
  readonly repName: string;
  readonly headingLevel: HeadingLevel;
  readonly footer?: ReactNode;
}

function PacketCall({ call, repName, headingLevel, footer }: PacketCallProps) {
  const styles = useStyles();
  const { t, formatDate } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const Section = `h${Math.min(headingLevel + 1, 6) as HeadingLevel}` as const;
  const customer = [call.customer.company, call.customer.participants.join(", ")].filter(Boolean).join(" – ");
  const date = formatDate(new Date(call.start), { dateStyle: "medium", timeStyle: "short" });
  const reframes = REFRAME_QUESTIONS.flatMap((question) => {
    const answer = call.reframe[question];
    return answer ? [{ question, answer }] : [];
  });
  const reflection = PACKET_REFLECTION_QUESTIONS.flatMap((question) => {
    const answer = call.reflection[question];
    return answer ? [{ question, answer }] : [];
  });

  return (
    <li className={styles.call}>
      <Heading className={styles.callHeading}>{call.subject}</Heading>
      <p className={styles.meta}>{customer ? t("review.packetCallMeta", { date, customer }) : date}</p>

      {call.flagNote.trim() ? (
        <>
          <Section className={styles.sectionHeading}>{t("review.packetNote")}</Section>
          <p className={styles.text}>{call.flagNote}</p>
        </>
      ) : null}

      {reframes.length > 0 ? (
        <>
          <Section className={styles.sectionHeading}>{t("review.packetReframe")}</Section>
          <ul className={styles.list}>
            {reframes.map(({ question, answer }) => (
              <li key={question} className={styles.text}>
                {`${t(`reframe.${question}`)} ${t("reframe.noBecause")} ${answer}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {reflection.length > 0 ? (
        <>
          <Section className={styles.sectionHeading}>{t("review.packetReflection")}</Section>
          <dl className={styles.plainList}>
            {reflection.map(({ question, answer }) => (
              <div key={question}>
                <dt className={styles.speaker}>{t(`reflect.${question}`)}</dt>
                <dd className={mergeClasses(styles.text, styles.figure)}>{answer}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      <Section className={styles.sectionHeading}>{t("review.packetDiscuss", { rep: repName })}</Section>
      {call.discussWithManager.trim() ? (
        <p className={styles.text}>{call.discussWithManager}</p>
      ) : (
        <p className={mergeClasses(styles.text, styles.muted)}>{t("review.packetNothingWritten")}</p>
      )}

      <Section className={styles.sectionHeading}>{t("review.packetMoments")}</Section>
      {call.keyMoments.length > 0 ? (
        <ol className={styles.plainList}>
          {call.keyMoments.map((moment) => (
            <PacketMoment key={moment.id} moment={moment} />
          ))}
        </ol>
      ) : (
        <p className={mergeClasses(styles.text, styles.muted)}>{t("review.packetNoMoments")}</p>
      )}

      <Section className={styles.sectionHeading}>{t("review.packetFigures")}</Section>
      {call.transcript ? (
        <PacketFigures figures={call.transcript} repName={repName} />
      ) : (
        <p className={mergeClasses(styles.text, styles.muted)}>{t("review.packetNoTranscript")}</p>
      )}
      {footer}
    </li>
  );
}

function PacketMoment({ moment }: { readonly moment: ReviewKeyMoment }) {
  const styles = useStyles();
  const { t } = useI18n();
  const time = formatClock(moment.atMs);
  return (
    <li className={styles.moment}>
      <p className={styles.text}>
        <span className={styles.clock}>{time}</span> {moment.description}
      </p>
      {moment.excerpt.length > 0 ? (
        <ol className={styles.excerpt} aria-label={t("review.packetExcerpt", { time })}>
          {moment.excerpt.map((line) => (
            <li key={`${line.atMs}-${line.text}`}>
              <span className={styles.clock}>{formatClock(line.atMs)}</span>{" "}
              <span className={styles.speaker}>{line.speaker ?? t("insights.unknownSpeaker")}</span>
              {": "}
              {line.text}
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function PacketFigures({
  figures,
  repName,
}: {
  readonly figures: ReviewTranscriptFigures;
  readonly repName: string;
}) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const duration = (ms: number) => formatSpokenDuration(ms, i18n);
  const rows = [
    { label: t("review.packetLength"), value: duration(figures.durationMs) },
    {
      label: t("review.packetTalkShare", { rep: repName }),
      value: formatNumber(figures.repTalkShare, { style: "percent", maximumFractionDigits: 0 }),
    },
    {
      label: t("review.packetRepMonologue", { rep: repName }),
      value: duration(figures.longestRepMonologueMs),
    },
    { label: t("review.packetCustomerMonologue"), value: duration(figures.longestCustomerMonologueMs) },
    { label: t("review.packetQuestions", { rep: repName }), value: formatNumber(figures.repQuestionCount) },
    {
      label: t("review.packetFirstPrice"),
      value:
        figures.firstPriceMentionMs === null
          ? t("review.packetPriceNever")
          : duration(figures.firstPriceMentionMs),
    },
  ];
  return (
    <dl className={styles.figures}>
      {rows.map((row) => (
        <div key={row.label} className={styles.figure}>
          <dt className={styles.figureLabel}>{row.label}</dt>
          <dd className={styles.figureValue}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
