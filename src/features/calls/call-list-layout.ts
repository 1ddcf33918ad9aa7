import type { Call } from "../../domain/calls/call.ts";
import type { CallsOnDay } from "../../domain/calls/group-calls-by-day.ts";

/** One line of the calls list laid out flat for a virtualizer: a day's heading, or one of the day's calls. */
export type CallListItem =
  | { readonly kind: "day"; readonly key: string; readonly dayIndex: number }
  | {
      readonly kind: "call";
      readonly key: string;
      readonly dayIndex: number;
      readonly call: Call;
      /** 1-based place among the day's calls. */
      readonly posInSet: number;
    };

export interface CallListLayout {
  readonly days: readonly CallsOnDay[];
  readonly items: readonly CallListItem[];
  /** The index of each day's heading, by day index. */
  readonly headingIndexes: readonly number[];
  /** The index of each call's row, by call ID. */
  readonly rowIndexes: ReadonlyMap<string, number>;
}

/** Days and their calls as one flat list: each day's heading, then its calls, newest day first. */
export function layOutCallList(days: readonly CallsOnDay[]): CallListLayout {
  const items: CallListItem[] = [];
  const headingIndexes: number[] = [];
  const rowIndexes = new Map<string, number>();
  days.forEach((day, dayIndex) => {
    headingIndexes.push(items.length);
    items.push({ kind: "day", key: `day:${day.dayKey}`, dayIndex });
    day.calls.forEach((call, position) => {
      rowIndexes.set(call.id, items.length);
      items.push({ kind: "call", key: `call:${call.id}`, dayIndex, call, posInSet: position + 1 });
    });
  });
  return { days, items, headingIndexes, rowIndexes };
}

/**
 * What a virtual list renders besides the lines in view: the heading of every day it shows a call of (the day's
 * section is named by it, and a screen reader reads it), and lines that must stay, such as the row holding focus
 * (a recycled row would drop the keyboard user's place). Ascending, so the DOM keeps the list's order.
 */
export function linesToRender(
  inView: readonly number[],
  layout: CallListLayout,
  keep: readonly number[],
): number[] {
  const lines = new Set<number>();
  for (const index of [...inView, ...keep]) {
    const item = layout.items[index];
    if (!item) continue;
    lines.add(index);
    const heading = layout.headingIndexes[item.dayIndex];
    if (heading !== undefined) lines.add(heading);
  }
  return [...lines].sort((a, b) => a - b);
}
