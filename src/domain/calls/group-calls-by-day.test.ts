import { describe, expect, it } from "vitest";
import { makeCall } from "./call.fixtures.ts";
import { groupCallsByDay } from "./group-calls-by-day.ts";

function callAt(id: string, start: string, minutes = 30) {
  const startDate = new Date(start);
  return makeCall({ id, start: startDate, end: new Date(startDate.getTime() + minutes * 60_000) });
}

function shape(groups: ReturnType<typeof groupCallsByDay>) {
  return groups.map((group) => [group.dayKey, group.calls.map((call) => call.id)]);
}

describe("groupCallsByDay", () => {
  it("groups newest day first and newest call first, whatever order the calls come in", () => {
    const calls = [
      callAt("mon-morning", "2026-11-16T08:00:00Z"),
      callAt("tue-afternoon", "2026-11-17T14:00:00Z"),
      callAt("mon-afternoon", "2026-11-16T15:00:00Z"),
      callAt("tue-morning", "2026-11-17T09:00:00Z"),
    ];
    expect(shape(groupCallsByDay(calls, "Europe/Amsterdam"))).toEqual([
      ["2026-11-17", ["tue-afternoon", "tue-morning"]],
      ["2026-11-16", ["mon-afternoon", "mon-morning"]],
    ]);
  });

  it("puts a call at 23:30 UTC on the next day in Amsterdam", () => {
    const calls = [callAt("late", "2026-11-20T23:30:00Z"), callAt("noon", "2026-11-20T12:00:00Z")];
    expect(shape(groupCallsByDay(calls, "Europe/Amsterdam"))).toEqual([
      ["2026-11-21", ["late"]],
      ["2026-11-20", ["noon"]],
    ]);
    expect(shape(groupCallsByDay(calls, "UTC"))).toEqual([["2026-11-20", ["late", "noon"]]]);
  });

  it("puts an early-morning UTC call on the previous day in New York", () => {
    const calls = [callAt("early", "2026-11-20T03:00:00Z"), callAt("morning", "2026-11-20T14:00:00Z")];
    expect(shape(groupCallsByDay(calls, "America/New_York"))).toEqual([
      ["2026-11-20", ["morning"]],
      ["2026-11-19", ["early"]],
    ]);
  });

  it("keeps days right on the spring daylight-saving change in Amsterdam (29 March 2026)", () => {
    const calls = [
      callAt("sat-late", "2026-03-28T22:45:00Z"), // 23:45 CET, Saturday
      callAt("sun-0030", "2026-03-28T23:30:00Z"), // 00:30 CET, Sunday, before the clocks go forward
      callAt("sun-0330", "2026-03-29T01:30:00Z"), // 03:30 CEST, Sunday, after
      callAt("sun-2330", "2026-03-29T21:30:00Z"), // 23:30 CEST, Sunday
      callAt("mon-0030", "2026-03-29T22:30:00Z"), // 00:30 CEST, Monday
    ];
    expect(shape(groupCallsByDay(calls, "Europe/Amsterdam"))).toEqual([
      ["2026-03-30", ["mon-0030"]],
      ["2026-03-29", ["sun-2330", "sun-0330", "sun-0030"]],
      ["2026-03-28", ["sat-late"]],
    ]);
  });

  it("keeps days right on the autumn daylight-saving change in Amsterdam (25 October 2026)", () => {
    const calls = [
      callAt("sun-0030", "2026-10-24T22:30:00Z"), // 00:30 CEST, Sunday
      callAt("sun-0230-first", "2026-10-25T00:30:00Z"), // 02:30 CEST, the first 02:30
      callAt("sun-0230-second", "2026-10-25T01:30:00Z"), // 02:30 CET, the repeated hour
      callAt("sun-2330", "2026-10-25T22:30:00Z"), // 23:30 CET, Sunday
      callAt("sat-2330", "2026-10-24T21:30:00Z"), // 23:30 CEST, Saturday
    ];
    expect(shape(groupCallsByDay(calls, "Europe/Amsterdam"))).toEqual([
      ["2026-10-25", ["sun-2330", "sun-0230-second", "sun-0230-first", "sun-0030"]],
      ["2026-10-24", ["sat-2330"]],
    ]);
  });

  it("keeps days right on New York's daylight-saving change (8 March 2026)", () => {
    const calls = [
      callAt("sat-2330", "2026-03-08T04:30:00Z"), // 23:30 EST, Saturday 7 March
      callAt("sun-0030", "2026-03-08T05:30:00Z"), // 00:30 EST, Sunday
      callAt("sun-2330", "2026-03-09T03:30:00Z"), // 23:30 EDT, Sunday
    ];
    expect(shape(groupCallsByDay(calls, "America/New_York"))).toEqual([
      ["2026-03-08", ["sun-2330", "sun-0030"]],
      ["2026-03-07", ["sat-2330"]],
    ]);
  });

  it("returns no days for no calls", () => {
    expect(groupCallsByDay([], "Europe/Amsterdam")).toEqual([]);
  });
});
