import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { type KeyboardEvent, type ReactNode, useId, useMemo } from "react";
import type { Call, TranscriptAvailability } from "../../domain/calls/call.ts";
import { groupCallsByDay } from "../../domain/calls/group-calls-by-day.ts";
import { useI18n } from "../../i18n/index.ts";
import { CallRow, type TranscriptState } from "./CallRow.tsx";
import { useVisuallyHiddenStyles } from "./calls.styles.ts";

export interface CallsByDayProps {
  readonly calls: readonly Call[];
  readonly transcripts: ReadonlyMap<string, TranscriptAvailability>;
  /** Whether transcript availability is still being asked, so `unknown` reads as "Checking…". */
  readonly transcriptsPending: boolean;
  readonly rowActions?: (call: Call) => ReactNode;
  readonly rowDetails?: (call: Call) => ReactNode;
  readonly rowShortcuts?: RowShortcuts;
}

/** Keys every row answers to while it has focus (which makes rows focusable). */
export interface RowShortcuts {
  /** The `aria-keyshortcuts` value, e.g. `F`. */
  readonly keys: string;
  /** What the keys do; said once, and read to a screen reader when a row takes focus. */
  readonly hint: string;
  readonly onKeyDown: (call: Call, event: KeyboardEvent<HTMLLIElement>) => void;
}

const useStyles = makeStyles({
  days: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  dayHeader: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  heading: { margin: 0 },
  count: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

/** Calls under a heading per day in the user's time zone (Today, Yesterday, Monday 16 November…), newest first. */
export function CallsByDay({
  calls,
  transcripts,
  transcriptsPending,
  rowActions,
  rowDetails,
  rowShortcuts,
}: CallsByDayProps) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { t, timeZone, formatDayHeading } = useI18n();
  const idPrefix = useId();
  const days = useMemo(() => groupCallsByDay(calls, timeZone), [calls, timeZone]);

  const transcriptOf = (call: Call): TranscriptState => {
    const availability = transcripts.get(call.id) ?? "unknown";
    return availability === "unknown" && transcriptsPending ? "checking" : availability;
  };

  const hintId = `${idPrefix}-shortcuts`;

  return (
    <div className={styles.days}>
      {rowShortcuts ? (
        <span id={hintId} className={hidden.root}>
          {rowShortcuts.hint}
        </span>
      ) : null}
      {days.map((day) => {
        const headingId = `${idPrefix}-${day.dayKey}`;
        return (
          <section key={day.dayKey} aria-labelledby={headingId}>
            <div className={styles.dayHeader}>
              <Subtitle2 as="h3" id={headingId} className={styles.heading}>
                {formatDayHeading(day.dayKey)}
              </Subtitle2>
              <Caption1 className={styles.count}>{t("calls.dayCount", { count: day.calls.length })}</Caption1>
            </div>
            {/* role="list": Safari drops list semantics from a list without bullets. */}
            {/* biome-ignore lint/a11y/noRedundantRoles: see above */}
            <ul role="list" className={styles.list}>
              {day.calls.map((call) => (
                <CallRow
                  key={call.id}
                  call={call}
                  transcript={transcriptOf(call)}
                  actions={rowActions?.(call)}
                  details={rowDetails?.(call)}
                  shortcuts={
                    rowShortcuts && {
                      keys: rowShortcuts.keys,
                      describedBy: hintId,
                      onKeyDown: (event) => rowShortcuts.onKeyDown(call, event),
                    }
                  }
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
