import { describe, expect, it } from "vitest";
import { callDurationMinutes } from "./call-duration.ts";

const span = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });

describe("callDurationMinutes", () => {
  it("counts whole minutes", () => {
    expect(callDurationMinutes(span("2026-11-20T09:00:00Z", "2026-11-20T09:45:00Z"))).toBe(45);
    expect(callDurationMinutes(span("2026-11-20T09:00:00Z", "2026-11-20T09:29:40Z"))).toBe(30);
  });

  it("measures real time across the spring change: 01:30 CET to 03:30 CEST is one hour", () => {
    expect(callDurationMinutes(span("2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z"))).toBe(60);
  });

  it("measures real time across the autumn change: 02:30 CEST to 02:30 CET is one hour", () => {
    expect(callDurationMinutes(span("2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"))).toBe(60);
  });

  it("never goes negative when the end is before the start", () => {
    expect(callDurationMinutes(span("2026-11-20T10:00:00Z", "2026-11-20T09:00:00Z"))).toBe(0);
  });
});
