/**
 * When a failed Graph request may be sent again, and how long to wait first. Shared by the retry middleware
 * (whole requests) and `$batch` (the inner requests Graph throttles one by one).
 * Graph's guidance: on 429 wait the `Retry-After` it sends, then retry; without one, back off exponentially.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryPolicy {
  /** Attempts after the first one. */
  readonly maxRetries: number;
  /**
   * The longest single wait. A `Retry-After` beyond it ends the retries at once: retrying sooner than Graph
   * asked only earns another 429, and the error carries the wait so the caller can say when to try again.
   */
  readonly maxDelayMs: number;
  readonly sleep: Sleep;
}

export const DEFAULT_MAX_RETRIES = 5;
export const DEFAULT_MAX_DELAY_MS = 30_000;
/** The first backoff when Graph sends no `Retry-After`; it doubles with each retry. */
const FIRST_BACKOFF_MS = 1_000;

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/**
 * Whether an attempt that got `status` may be sent again.
 * 429 and 503 mean Graph did not do the work, so any method may be repeated. A 504 means a gateway gave up
 * waiting while the work may well have happened, so only a request that is safe to repeat is.
 */
export function mayRetryStatus(status: number, idempotent: boolean): boolean {
  if (status === 429 || status === 503) return true;
  return status === 504 && idempotent;
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; `null` when absent or unreadable. */
export function parseRetryAfterMs(value: string | null | undefined, now: number = Date.now()): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day or month ("Mon, 30 Mar 2026 10:00:07 GMT"); `Date.parse` alone takes "-5" too.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * How long to wait before retry number `retry` (1 for the first): what Graph asked for, or exponential backoff
 * with jitter (so that many clients throttled at once do not all come back at the same moment).
 * `null` when Graph asked for a longer wait than the policy allows.
 */
export function retryDelayMs(retry: number, retryAfterMs: number | null, policy: RetryPolicy): number | null {
  if (retryAfterMs !== null) return retryAfterMs <= policy.maxDelayMs ? retryAfterMs : null;
  const ceiling = Math.min(policy.maxDelayMs, FIRST_BACKOFF_MS * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/** A timer that an abort cuts short, rejecting with the signal's reason. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
