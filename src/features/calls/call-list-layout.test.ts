import { describe, expect, it } from "vitest";
import type { CalendarDay } from "../../domain/calls/calendar-day.ts";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import { layOutCallList, linesToRender } from "./call-list-layout.ts";

const day = (dayKey: string, ids: readonly string[]) => ({
  dayKey: dayKey as CalendarDay,
  calls: ids.map((id) =>
    makeCall({ id, start: new Date(`${dayKey}T09:00:00Z`), end: new Date(`${dayKey}T10:00:00Z`) }),
  ),
});
const DAYS = [day("2026-11-20", ["a", "b", "c"]), day("2026-11-19", ["d"]), day("2026-11-18", ["e", "f"])];

describe("layOutCallList", () => {
  it("puts each day's heading before its calls, and numbers the calls within their day", () => {
    const layout = layOutCallList(DAYS);

    expect(
      layout.items.map((item) => (item.kind === "day" ? item.key : `${item.call.id}${item.posInSet}`)),
    ).toEqual(["day:2026-11-20", "a1", "b2", "c3", "day:2026-11-19", "d1", "day:2026-11-18", "e1", "f2"]);
    expect(layout.headingIndexes).toEqual([0, 4, 6]);
    expect(layout.rowIndexes.get("f")).toBe(8);
  });
});

describe("linesToRender", () => {
  const layout = layOutCallList(DAYS);

  it("adds the heading of a day whose calls are in view though its heading scrolled away", () => {
    expect(linesToRender([2, 3, 4, 5], layout, [])).toEqual([0, 2, 3, 4, 5]);
  });

  it("keeps a row far from view, with its day's heading, in list order", () => {
    expect(linesToRender([7, 8], layout, [1])).toEqual([0, 1, 6, 7, 8]);
  });

  it("ignores a kept line the list no longer has", () => {
    expect(linesToRender([0, 1], layout, [42])).toEqual([0, 1]);
  });
});
