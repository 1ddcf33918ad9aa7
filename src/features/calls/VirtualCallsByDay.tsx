import { makeStyles } from "@fluentui/react-components";
import { defaultRangeExtractor, useWindowVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import {
  type CSSProperties,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Call } from "../../domain/calls/call.ts";
import type { CallsOnDay } from "../../domain/calls/group-calls-by-day.ts";
import type { VirtualRowPlacement } from "./CallRow.tsx";
import { type CallListItem, layOutCallList, linesToRender } from "./call-list-layout.ts";
import { useCallListStyles } from "./calls.styles.ts";
import { DayHeading } from "./DayHeading.tsx";

/** Renders one call's row (an `<li>`); a virtual list says where it goes. */
export type RenderCallRow = (call: Call, virtual?: VirtualRowPlacement) => ReactNode;

export interface VirtualCallsByDayProps {
  readonly days: readonly CallsOnDay[];
  /** Prefix of the day headings' IDs, which name the days' sections. */
  readonly idPrefix: string;
  readonly renderRow: RenderCallRow;
}

/** First guesses, until a line is measured: a row on one line of a wide pane, a heading with the gap above it. */
const ESTIMATED_ROW_PX = 64;
const ESTIMATED_HEADING_PX = 52;
/** Lines rendered beyond each edge of the view: the next row a Tab press lands on is already there. */
const OVERSCAN = 8;

const useStyles = makeStyles({
  lines: { position: "relative", width: "100%" },
});

/**
 * The calls by day with only the lines in view in the DOM (plus a few either side), for a list of hundreds. The
 * page scrolls as before (the window is the scroller); each line is placed absolutely and measured, so rows
 * keep their natural height. Structure and semantics are those of the full list: a section per day named by
 * its heading, a list of rows, each row saying its place in the day (`aria-posinset` of `aria-setsize`). The
 * row holding focus stays rendered while scrolled away, and Tab reaches the next row because it is rendered
 * before it comes into view.
 */
export function VirtualCallsByDay({ days, idPrefix, renderRow }: VirtualCallsByDayProps) {
  const styles = useStyles();
  const list = useCallListStyles();
  const layout = useMemo(() => layOutCallList(days), [days]);
  const linesRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [focusedCallId, setFocusedCallId] = useState<string | null>(null);

  // Where the list starts in the page: content above it (a message, the summary) may grow or shrink.
  useLayoutEffect(() => {
    const lines = linesRef.current;
    if (!lines) return;
    const measure = () => setScrollMargin(lines.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, []);

  // Which row holds focus, so that it is never recycled (a listener: the lines only observe focus, never take it).
  useEffect(() => {
    const lines = linesRef.current;
    if (!lines) return;
    const onFocusIn = (event: FocusEvent) => {
      const line = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-index]") : null;
      const item = line ? layout.items[Number(line.dataset.index)] : undefined;
      if (item?.kind === "call") setFocusedCallId(item.call.id);
    };
    lines.addEventListener("focusin", onFocusIn);
    return () => lines.removeEventListener("focusin", onFocusIn);
  }, [layout]);

  const focusedIndex = focusedCallId === null ? undefined : layout.rowIndexes.get(focusedCallId);
  const virtualizer = useWindowVirtualizer<HTMLElement>({
    count: layout.items.length,
    estimateSize: (index) => (layout.items[index]?.kind === "day" ? ESTIMATED_HEADING_PX : ESTIMATED_ROW_PX),
    getItemKey: (index) => layout.items[index]?.key ?? index,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor: (range) =>
      linesToRender(defaultRangeExtractor(range), layout, focusedIndex === undefined ? [] : [focusedIndex]),
  });

  // A row that stays rendered while the list scrolls is handed to React as the same element, so React skips it
  // instead of rendering its content again on every frame. A new `renderRow` (the calls, their statuses or the
  // rep's notes changed) starts afresh, and a row that moved is rendered again.
  const rows = useMemo(() => ({ render: renderRow, byKey: new Map<string, CachedRow>() }), [renderRow]);
  const rowElement = (line: VirtualItem, item: CallLine["item"], setSize: number): ReactNode => {
    const cached = rows.byKey.get(item.key);
    if (cached?.start === line.start) return cached.element;
    const element = rows.render(item.call, {
      ref: virtualizer.measureElement,
      index: line.index,
      style: place(line),
      setSize,
      posInSet: item.posInSet,
    });
    rows.byKey.set(item.key, { start: line.start, element });
    return element;
  };

  const place = (line: VirtualItem): CSSProperties => ({
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    transform: `translateY(${line.start - virtualizer.options.scrollMargin}px)`,
  });

  return (
    <div ref={linesRef} className={styles.lines} style={{ height: virtualizer.getTotalSize() }}>
      {groupByDay(virtualizer.getVirtualItems(), layout.items).map(({ dayIndex, heading, rows: dayRows }) => {
        const day = layout.days[dayIndex];
        if (!day) return null;
        const headingId = `${idPrefix}-${day.dayKey}`;
        return (
          <section key={day.dayKey} aria-labelledby={headingId}>
            {heading ? (
              <DayHeading
                day={day}
                id={headingId}
                virtual={{
                  ref: virtualizer.measureElement,
                  index: heading.index,
                  style: place(heading),
                  spaced: dayIndex > 0,
                }}
              />
            ) : null}
            {/* role="list": Safari drops list semantics from a list without bullets. */}
            {/* biome-ignore lint/a11y/noRedundantRoles: see above */}
            <ul role="list" className={list.root}>
              {dayRows.map(({ line, item }) => rowElement(line, item, day.calls.length))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

interface CachedRow {
  readonly start: number;
  readonly element: ReactNode;
}

type CallLine = { readonly line: VirtualItem; readonly item: Extract<CallListItem, { kind: "call" }> };

interface ShownDay {
  readonly dayIndex: number;
  heading: VirtualItem | null;
  readonly rows: CallLine[];
}

/** The rendered lines by day, in list order (they come sorted). */
function groupByDay(lines: readonly VirtualItem[], items: readonly CallListItem[]): ShownDay[] {
  const shown: ShownDay[] = [];
  for (const line of lines) {
    const item = items[line.index];
    if (!item) continue;
    let day = shown.at(-1);
    if (day?.dayIndex !== item.dayIndex) {
      day = { dayIndex: item.dayIndex, heading: null, rows: [] };
      shown.push(day);
    }
    if (item.kind === "day") day.heading = line;
    else day.rows.push({ line, item });
  }
  return shown;
}
