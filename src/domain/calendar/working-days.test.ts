import { describe, expect, it } from "vitest";
import { nextWorkingDaysWindow, workingDaySlots } from "./working-days.ts";

const AMSTERDAM = "Europe/Amsterdam";

describe("nextWorkingDaysWindow", () => {
  it("runs from now to the end of the fifth working day, skipping the weekend", () => {
    // Wednesday 25 November 2026, 10:00 in Amsterdam (UTC+1).
    const now = new Date("2026-11-25T09:00:00Z");

    const window = nextWorkingDaysWindow(now, AMSTERDAM);

    expect(window.start).toEqual(now);
    // Wed, Thu, Fri, Mon, Tue: ends at midnight starting Wednesday 2 December, Amsterdam time.
    expect(window.end).toEqual(new Date("2026-12-01T23:00:00Z"));
  });

  it("opens at Monday's midnight when asked on a weekend", () => {
    const saturday = new Date("2026-11-28T15:00:00Z");

    const window = nextWorkingDaysWindow(saturday, AMSTERDAM, 1);

    expect(window).toEqual({
      start: new Date("2026-11-29T23:00:00Z"),
      end: new Date("2026-11-30T23:00:00Z"),
    });
  });

  it("keeps local midnight across a daylight saving change", () => {
    // Friday 23 October 2026; summer time ends on Sunday 25 October.
    const friday = new Date("2026-10-23T08:00:00Z");

    const window = nextWorkingDaysWindow(friday, AMSTERDAM, 2);

    // Friday and Monday: ends at midnight starting Tuesday 27 October, by then UTC+1.
    expect(window.end).toEqual(new Date("2026-10-26T23:00:00Z"));
  });

  it("counts days in the rep's time zone, not in UTC", () => {
    // Saturday 28 November 01:00 in Auckland is still Friday in UTC.
    const now = new Date("2026-11-27T12:00:00Z");

    expect(nextWorkingDaysWindow(now, "Pacific/Auckland", 1).start).toEqual(new Date("2026-11-29T11:00:00Z"));
  });

  it("refuses a number of days that is not a positive whole number", () => {
    expect(() => nextWorkingDaysWindow(new Date(), AMSTERDAM, 0)).toThrow(RangeError);
  });
});

describe("workingDaySlots", () => {
  it("splits a window into its working days, clipped to the window", () => {
    const window = { start: new Date("2026-11-27T14:30:00Z"), end: new Date("2026-12-01T23:00:00Z") };

    expect(workingDaySlots(window, AMSTERDAM)).toEqual([
      { start: new Date("2026-11-27T14:30:00Z"), end: new Date("2026-11-27T23:00:00Z") },
      { start: new Date("2026-11-29T23:00:00Z"), end: new Date("2026-11-30T23:00:00Z") },
      { start: new Date("2026-11-30T23:00:00Z"), end: new Date("2026-12-01T23:00:00Z") },
    ]);
  });
});
