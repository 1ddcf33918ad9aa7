import type { Context } from "@microsoft/microsoft-graph-client";
import {
  isIdempotentMethod,
  mayRetryStatus,
  parseRetryAfterMs,
  type RetryPolicy,
  retryDelayMs,
} from "../retry-policy.ts";
import { ChainedMiddleware, requestMethodOf, requestUrlOf } from "./chained.middleware.ts";

/**
 * Sends a request again after 429, 503 and 504 (see {@link mayRetryStatus}), waiting what `Retry-After` asks
 * (seconds or an HTTP date) or backing off exponentially, and after a dropped connection when the request is safe
 * to repeat. When the retries run out it hands on the last response or error unchanged; the error middleware
 * outside it turns that into a `GraphRequestError` (a 429 becomes `throttled`, carrying Graph's `Retry-After`).
 *
 * Safe to repeat: GET, HEAD, OPTIONS, PUT and DELETE, and a `$batch` POST whose inner requests are all of those
 * (a batch of reads). Any other POST or PATCH after a dropped connection or a 504 may already have happened
 * (a mail sent, an event created), so it is not repeated.
 */
export class RetryMiddleware extends ChainedMiddleware {
  constructor(private readonly policy: RetryPolicy) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const idempotent = isSafeToRepeat(context);
    const signal = context.options?.signal ?? undefined;
    for (let retry = 1; ; retry++) {
      const mayRetry = retry <= this.policy.maxRetries;
      try {
        await this.passOn(context);
      } catch (error) {
        const dropped = error instanceof TypeError && !signal?.aborted;
        if (!(dropped && idempotent && mayRetry)) throw error;
        await this.policy.sleep(retryDelayMs(retry, null, this.policy) ?? 0, signal);
        continue;
      }
      const response = context.response;
      if (!response || !mayRetry || !mayRetryStatus(response.status, idempotent)) return;
      const delay = retryDelayMs(retry, parseRetryAfterMs(response.headers.get("Retry-After")), this.policy);
      if (delay === null) return;
      // The failed response is dropped unread; cancelling its body frees its connection. Not awaited: some
      // fetch implementations settle the cancel late, and the retry need not wait for it.
      response.body?.cancel().catch(() => undefined);
      await this.policy.sleep(delay, signal);
    }
  }
}

function isSafeToRepeat(context: Context): boolean {
  const method = requestMethodOf(context);
  if (isIdempotentMethod(method)) return true;
  return (
    method === "POST" &&
    new URL(requestUrlOf(context)).pathname.endsWith("/$batch") &&
    isBatchOfReads(context)
  );
}

function isBatchOfReads(context: Context): boolean {
  const body = context.options?.body;
  if (typeof body !== "string") return false;
  try {
    const { requests } = JSON.parse(body) as { requests?: ReadonlyArray<{ method?: unknown }> };
    return (
      Array.isArray(requests) &&
      requests.every((request) => typeof request.method === "string" && isIdempotentMethod(request.method))
    );
  } catch {
    return false;
  }
}
