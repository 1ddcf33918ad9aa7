import { describe, expect, it } from "vitest";
import { fromLocalDateTime, toLocalDateTime } from "./local-date-time.ts";

describe("toLocalDateTime", () => {
  it("shows the wall clock of the user's time zone, not the machine's", () => {
    const instant = new Date("2026-11-20T15:05:00Z");
    expect(toLocalDateTime(instant, "Europe/Amsterdam")).toBe("2026-11-20T16:05");
    expect(toLocalDateTime(instant, "America/New_York")).toBe("2026-11-20T10:05");
  });
});

describe("fromLocalDateTime", () => {
  it("reads a wall-clock time in the user's time zone", () => {
    expect(fromLocalDateTime("2026-11-20T16:05", "Europe/Amsterdam")).toEqual(
      new Date("2026-11-20T15:05:00Z"),
    );
    expect(fromLocalDateTime("2026-07-01T09:00", "Europe/Amsterdam")).toEqual(
      new Date("2026-07-01T07:00:00Z"),
    );
  });

  it("round-trips with toLocalDateTime", () => {
    const instant = new Date("2026-03-29T01:30:00Z");
    expect(fromLocalDateTime(toLocalDateTime(instant, "Europe/Amsterdam"), "Europe/Amsterdam")).toEqual(
      instant,
    );
  });

  it("moves a time skipped by the daylight-saving change forward", () => {
    // 02:30 does not exist on 29 March 2026 in Amsterdam; the clock jumps from 02:00 to 03:00.
    expect(fromLocalDateTime("2026-03-29T02:30", "Europe/Amsterdam")).toEqual(
      new Date("2026-03-29T01:30:00Z"),
    );
  });

  it.each([
    "",
    "2026-11-20",
    "2026-11-20 16:05",
    "2026-13-01T10:00",
    "2026-02-31T10:00",
    "2026-11-20T24:00",
    "x",
  ])("refuses %j", (value) => {
    expect(fromLocalDateTime(value, "Europe/Amsterdam")).toBeNull();
  });
});
