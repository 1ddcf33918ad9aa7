import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { type CSSProperties, memo, type Ref } from "react";
import type { CallsOnDay } from "../../domain/calls/group-calls-by-day.ts";
import { useI18n } from "../../i18n/index.ts";

export interface DayHeadingProps {
  readonly day: CallsOnDay;
  readonly id: string;
  /** Set when the heading is a line of a virtual list, which places it and measures it. */
  readonly virtual?: {
    readonly ref: Ref<HTMLDivElement>;
    readonly index: number;
    readonly style: CSSProperties;
    /** Space above it, as between the days of a list that is not virtual. */
    readonly spaced: boolean;
  };
}

/** The space between two days. */
export const DAY_GAP = tokens.spacingVerticalL;

const useStyles = makeStyles({
  dayHeader: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    boxSizing: "border-box",
  },
  // Padding, not margin: a virtual list measures a line by its border box.
  spaced: { paddingTop: DAY_GAP },
  heading: { margin: 0 },
  count: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
});

/**
 * A day's name (Today, Yesterday, Monday 16 November…) and how many calls it had. Memoized: the list renders again
 * for each step of its first rows and when the transcript statuses come in, and its days do not change with that.
 */
export const DayHeading = memo(function DayHeading({ day, id, virtual }: DayHeadingProps) {
  const styles = useStyles();
  const { t, formatDayHeading } = useI18n();
  return (
    <div
      className={mergeClasses(styles.dayHeader, virtual?.spaced ? styles.spaced : undefined)}
      ref={virtual?.ref}
      style={virtual?.style}
      data-index={virtual?.index}
    >
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {formatDayHeading(day.dayKey)}
      </Subtitle2>
      <Caption1 className={styles.count}>{t("calls.dayCount", { count: day.calls.length })}</Caption1>
    </div>
  );
});
