import { makeStyles } from "@fluentui/react-components";
import {
  createContext,
  type KeyboardEvent,
  memo,
  type ReactNode,
  Suspense,
  startTransition,
  use,
  useCallback,
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useState,
} from "react";
import { DelayedSpinner } from "../../app/DelayedSpinner.tsx";
import { retryableLazy } from "../../app/retryable-lazy.tsx";
import { useLongWait } from "../../app/use-long-wait.ts";
import type { Call, TranscriptAvailability } from "../../domain/calls/call.ts";
import { groupCallsByDay } from "../../domain/calls/group-calls-by-day.ts";
import { useI18n } from "../../i18n/index.ts";
import { CallRow, type TranscriptState, TranscriptStatus, type VirtualRowPlacement } from "./CallRow.tsx";
import { useCallListStyles, useVisuallyHiddenStyles } from "./calls.styles.ts";
import { DAY_GAP, DayHeading } from "./DayHeading.tsx";
import type { RenderCallRow } from "./VirtualCallsByDay.tsx";

// The virtualizer is for a list of hundreds; a usual two weeks does without it, so its code is fetched only then.
const VirtualCallsByDay = retryableLazy(() =>
  import("./VirtualCallsByDay.tsx").then((module) => module.VirtualCallsByDay),
);

export interface CallsByDayProps {
  readonly calls: readonly Call[];
  readonly transcripts: ReadonlyMap<string, TranscriptAvailability>;
  /** Whether transcript availability is still being asked, so `unknown` reads as "Checking…" (once the wait is long). */
  readonly transcriptsPending: boolean;
  readonly rowActions?: (call: Call) => ReactNode;
  readonly rowDetails?: (call: Call) => ReactNode;
  readonly rowShortcuts?: RowShortcuts;
  /**
   * Called once the list's first renders have drawn every row, and again whenever the calls change after that:
   * what the rows show next (transcript availability) is asked from then on, so that neither its requests nor
   * its answers hold up the rows a phone draws first.
   */
  readonly onAllRowsDrawn?: (calls: readonly Call[]) => void;
}

/** Keys every row answers to while it has focus (which makes rows focusable). */
export interface RowShortcuts {
  /** The `aria-keyshortcuts` value, e.g. `F`. */
  readonly keys: string;
  /** What the keys do; said once, and read to a screen reader when a row takes focus. */
  readonly hint: string;
  readonly onKeyDown: (call: Call, event: KeyboardEvent<HTMLLIElement>) => void;
}

/**
 * From this many calls on, only the rows in view (and a few around them) are in the DOM. A usual two weeks
 * (20 to 40 calls) is rendered whole: cheaper than measuring, and it needs no layout (jsdom has none).
 */
export const VIRTUAL_LIST_FROM = 60;

/**
 * How many more rows each of the list's first renders draws: a phone screen's worth first, then the same again until
 * all are drawn. Each step is a render of its own once the one before has painted, so that a phone shows the calls
 * in view without first building the ones below them, and no step holds the main thread long: four rows are about
 * ninety elements to create, where drawing all that were left in one step was one of a phone's longest tasks.
 */
const ROWS_PER_STEP = 4;

const useStyles = makeStyles({
  days: { display: "flex", flexDirection: "column", gap: DAY_GAP },
  // A day out of view is neither laid out nor painted until it scrolls near: the first screen lays out only what
  // it shows. `auto` keeps a day's last measured height once it has been drawn, so the scrollbar settles.
  day: { contentVisibility: "auto", containIntrinsicSize: "auto 400px" },
});

/** Calls under a heading per day in the user's time zone (Today, Yesterday, Monday 16 November…), newest first. */
export function CallsByDay({
  calls,
  transcripts,
  transcriptsPending,
  rowActions,
  rowDetails,
  rowShortcuts,
  onAllRowsDrawn,
}: CallsByDayProps) {
  const styles = useStyles();
  const list = useCallListStyles();
  const hidden = useVisuallyHiddenStyles();
  const { t, timeZone } = useI18n();
  const idPrefix = useId();
  const days = useMemo(() => groupCallsByDay(calls, timeZone), [calls, timeZone]);
  const hintId = `${idPrefix}-shortcuts`;
  const isVirtual = calls.length >= VIRTUAL_LIST_FROM;
  // A virtual list draws only the rows in view already: no steps for it.
  const rowLimit = useFirstRowLimit(isVirtual ? 0 : calls.length);
  const allRowsDrawn = rowLimit === Number.POSITIVE_INFINITY;
  const reportAllRowsDrawn = useEffectEvent((drawn: readonly Call[]) => onAllRowsDrawn?.(drawn));
  useEffect(() => {
    if (allRowsDrawn) reportAllRowsDrawn(calls);
  }, [allRowsDrawn, calls]);
  let rowsLeft = rowLimit;

  const checkingForLong = useLongWait(transcriptsPending);
  const transcriptOf = useCallback(
    (call: Call): TranscriptState => {
      const availability = transcripts.get(call.id) ?? "unknown";
      if (availability !== "unknown" || !transcriptsPending) return availability;
      return checkingForLong ? "checking" : "pending";
    },
    [transcripts, transcriptsPending, checkingForLong],
  );

  const renderRow: RenderCallRow = (call, virtual) => (
    <ListedCallRow
      key={call.id}
      call={call}
      rowActions={rowActions}
      rowDetails={rowDetails}
      rowShortcuts={rowShortcuts}
      hintId={hintId}
      virtual={virtual}
    />
  );

  return (
    <TranscriptStateOf value={transcriptOf}>
      {rowShortcuts ? (
        <span id={hintId} className={hidden.root}>
          {rowShortcuts.hint}
        </span>
      ) : null}
      {isVirtual ? (
        <Suspense fallback={<DelayedSpinner label={t("calls.loading")} />}>
          <VirtualCallsByDay days={days} idPrefix={idPrefix} renderRow={renderRow} />
        </Suspense>
      ) : (
        // Busy until every row is drawn: a screen reader waits for the whole list rather than read half of it.
        <div className={styles.days} aria-busy={rowLimit < calls.length || undefined}>
          {days.map((day) => {
            if (rowsLeft <= 0) return null;
            const rows = day.calls.slice(0, rowsLeft);
            rowsLeft -= rows.length;
            const headingId = `${idPrefix}-${day.dayKey}`;
            return (
              <section key={day.dayKey} aria-labelledby={headingId} className={styles.day}>
                <DayHeading day={day} id={headingId} />
                {/* role="list": Safari drops list semantics from a list without bullets. */}
                {/* biome-ignore lint/a11y/noRedundantRoles: see above */}
                <ul role="list" className={list.root}>
                  {rows.map((call) => renderRow(call))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </TranscriptStateOf>
  );
}

/**
 * Each listed call's transcript state, for its row's status alone: when the statuses come in (all at once, after
 * the list is drawn), only the statuses render again, not every row around them.
 */
const TranscriptStateOf = createContext<(call: Call) => TranscriptState>(() => "unknown");

function ListedTranscriptStatus({ call }: { readonly call: Call }) {
  const transcriptOf = use(TranscriptStateOf);
  return <TranscriptStatus state={transcriptOf(call)} />;
}

/** The rows to draw: {@link ROWS_PER_STEP} more each render until every row is drawn, and no limit from then on. */
function useFirstRowLimit(rows: number): number {
  const [limit, setLimit] = useState(ROWS_PER_STEP);
  useEffect(() => {
    // Once every row is drawn, later changes (a filter, a logged call) render the whole list at once.
    if (limit === Number.POSITIVE_INFINITY) return;
    const next = rows > limit ? limit + ROWS_PER_STEP : Number.POSITIVE_INFINITY;
    startTransition(() => setLimit(next));
  }, [rows, limit]);
  return limit;
}

interface ListedCallRowProps extends Pick<CallsByDayProps, "rowActions" | "rowDetails" | "rowShortcuts"> {
  readonly call: Call;
  readonly hintId: string;
  readonly virtual: VirtualRowPlacement | undefined;
}

/**
 * A call's row in the list. Memoized: when the list changes around it (the next rows of its first renders, the
 * transcript statuses), a row that did not change is not rendered again, which a phone would feel as a long frame.
 */
const ListedCallRow = memo(function ListedCallRow({
  call,
  rowActions,
  rowDetails,
  rowShortcuts,
  hintId,
  virtual,
}: ListedCallRowProps) {
  return (
    <CallRow
      call={call}
      transcriptStatus={<ListedTranscriptStatus call={call} />}
      actions={rowActions?.(call)}
      details={rowDetails?.(call)}
      shortcuts={
        rowShortcuts && {
          keys: rowShortcuts.keys,
          describedBy: hintId,
          onKeyDown: (event) => rowShortcuts.onKeyDown(call, event),
        }
      }
      {...(virtual ? { virtual } : {})}
    />
  );
});
