import { describe, expect, it } from "vitest";
import { addCalendarDays, calendarDayOf, middayUtcOf } from "./calendar-day.ts";

describe("calendarDayOf", () => {
  it("reads the day in the given zone, not the machine's", () => {
    const instant = new Date("2026-11-20T23:30:00Z");
    expect(calendarDayOf(instant, "Europe/Amsterdam")).toBe("2026-11-21");
    expect(calendarDayOf(instant, "UTC")).toBe("2026-11-20");
    expect(calendarDayOf(instant, "Pacific/Kiritimati")).toBe("2026-11-21");
    expect(calendarDayOf(new Date("2026-11-20T03:00:00Z"), "America/New_York")).toBe("2026-11-19");
  });
});

describe("addCalendarDays", () => {
  it.each([
    ["2026-03-30", -1, "2026-03-29"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-11-20", -14, "2026-11-06"],
  ] as const)("%s %+d → %s", (day, days, expected) => {
    expect(addCalendarDays(day, days)).toBe(expected);
  });
});

describe("middayUtcOf", () => {
  it("is noon UTC on that day", () => {
    expect(middayUtcOf("2026-03-29").toISOString()).toBe("2026-03-29T12:00:00.000Z");
  });
});
