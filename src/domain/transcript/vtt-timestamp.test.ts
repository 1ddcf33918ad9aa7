import { describe, expect, it } from "vitest";
import { parseVttTimestamp } from "./vtt-timestamp.ts";

describe("parseVttTimestamp", () => {
  it.each([
    ["00:00:05.320", 5_320],
    ["0:0:5.320", 5_320],
    ["0:0:0.0", 0],
    ["1:02:03.004", 3_723_004],
    ["01:02.500", 62_500],
    ["1:2.5", 62_500],
    ["00:00:05.3200000", 5_320],
    ["00:00:01.2345", 1_235],
    ["00:00:01.9996", 2_000],
    ["00:00:07", 7_000],
    ["00:00:07,250", 7_250],
    ["0:75:00.000", 4_500_000],
    ["12:00:00.000", 43_200_000],
  ])("reads %s as %i ms", (timestamp, ms) => {
    expect(parseVttTimestamp(timestamp)).toBe(ms);
  });

  it.each([
    "",
    "5.320",
    "00:00:xx.000",
    "00::05.000",
    "1:2:3:4.000",
    "00:00:05.",
    "00:00:05.3a",
    "-0:00:05.000",
    "00:00:05.000 ",
    "banana",
    `${"9".repeat(400)}:00:00.000`,
  ])("rejects %j", (timestamp) => {
    expect(parseVttTimestamp(timestamp)).toBeNull();
  });
});
