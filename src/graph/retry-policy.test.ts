import { describe, expect, it } from "vitest";
import { mayRetryStatus, parseRetryAfterMs, type RetryPolicy, retryDelayMs } from "./retry-policy.ts";

const policy: RetryPolicy = { maxRetries: 5, maxDelayMs: 30_000, sleep: async () => {} };
const NOW = Date.parse("2026-03-30T10:00:00Z");

describe("parseRetryAfterMs", () => {
  it("reads delta-seconds", () => {
    expect(parseRetryAfterMs("10", NOW)).toBe(10_000);
    expect(parseRetryAfterMs(" 0 ", NOW)).toBe(0);
  });

  it("reads an HTTP date as the time left until it", () => {
    expect(parseRetryAfterMs("Mon, 30 Mar 2026 10:00:07 GMT", NOW)).toBe(7_000);
  });

  it("treats a date already past as no wait", () => {
    expect(parseRetryAfterMs("Mon, 30 Mar 2026 09:59:00 GMT", NOW)).toBe(0);
  });

  it("ignores a missing or unreadable value", () => {
    expect(parseRetryAfterMs(null, NOW)).toBeNull();
    expect(parseRetryAfterMs("", NOW)).toBeNull();
    expect(parseRetryAfterMs("soon", NOW)).toBeNull();
    expect(parseRetryAfterMs("-5", NOW)).toBeNull();
  });
});

describe("retryDelayMs", () => {
  it("waits what Graph asked for", () => {
    expect(retryDelayMs(1, 12_000, policy)).toBe(12_000);
  });

  it("gives up rather than retrying before a Retry-After beyond the cap", () => {
    expect(retryDelayMs(1, 120_000, policy)).toBeNull();
  });

  it("backs off exponentially with jitter when Graph did not say", () => {
    for (const [retry, ceiling] of [
      [1, 1_000],
      [2, 2_000],
      [3, 4_000],
      [4, 8_000],
    ] as const) {
      const delay = retryDelayMs(retry, null, policy);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });

  it("never backs off longer than the cap", () => {
    expect(retryDelayMs(20, null, policy)).toBeLessThanOrEqual(30_000);
  });
});

describe("mayRetryStatus", () => {
  it("repeats any request Graph throttled or could not serve", () => {
    expect(mayRetryStatus(429, false)).toBe(true);
    expect(mayRetryStatus(503, false)).toBe(true);
  });

  it("repeats after a gateway timeout only what is safe to repeat", () => {
    expect(mayRetryStatus(504, true)).toBe(true);
    expect(mayRetryStatus(504, false)).toBe(false);
  });

  it("does not repeat other failures", () => {
    for (const status of [400, 401, 403, 404, 409, 412, 500, 502])
      expect(mayRetryStatus(status, true)).toBe(false);
  });
});
