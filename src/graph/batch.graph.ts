import * as z from "zod/mini";
import type { GraphClient } from "./graph-client.ts";
import { GraphRequestError, graphRequestErrorFromResponse } from "./graph-error.ts";
import type { GraphScope } from "./graph-scopes.ts";
import { isIdempotentMethod, mayRetryStatus, parseRetryAfterMs, retryDelayMs } from "./retry-policy.ts";

/** Graph takes at most 20 requests in one `$batch`. */
export const MAX_BATCH_SIZE = 20;

export interface BatchRequest {
  /** Unique among the requests of one `sendBatch` call; the result is keyed by it. */
  readonly id: string;
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Relative to the version root, query values URL-encoded, e.g. `/me/onlineMeetings?$filter=…`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A JSON body; sent as `application/json` unless the headers say otherwise. */
  readonly body?: unknown;
}

export type BatchResult =
  | { readonly ok: true; readonly status: number; readonly body: unknown }
  | { readonly ok: false; readonly error: GraphRequestError };

export interface BatchOptions {
  /** A token for these scopes is sent with the batch; it must cover every request in it. */
  readonly scopes: readonly GraphScope[];
  readonly signal?: AbortSignal;
}

const batchResponseSchema = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number().check(z.int()),
      headers: z.nullish(z.record(z.string(), z.string())),
      body: z.optional(z.unknown()),
    }),
  ),
});

type InnerResponse = z.infer<typeof batchResponseSchema>["responses"][number];

/**
 * Sends `requests` as JSON batches of up to 20, one batch at a time (gentler on throttling limits than several
 * at once), and returns each request's result by ID. One failed request is a failed result, not a failed call;
 * the call rejects only when a whole batch fails.
 *
 * Graph throttles the requests inside a batch one by one: the batch answers 200 and the throttled ones 429 with
 * their own `Retry-After`. Those (and 503s, and 504s of reads) are sent again in a new batch, after the largest
 * wait any of them asked for, under the client's retry policy; the others are not repeated.
 */
export async function sendBatch(
  client: GraphClient,
  requests: readonly BatchRequest[],
  options: BatchOptions,
): Promise<Map<string, BatchResult>> {
  if (new Set(requests.map((request) => request.id)).size !== requests.length) {
    throw new RangeError("Batch request IDs must be unique");
  }
  const results = new Map<string, BatchResult>();
  for (let first = 0; first < requests.length; first += MAX_BATCH_SIZE) {
    await sendChunk(client, requests.slice(first, first + MAX_BATCH_SIZE), options, results);
  }
  return results;
}

async function sendChunk(
  client: GraphClient,
  chunk: readonly BatchRequest[],
  options: BatchOptions,
  results: Map<string, BatchResult>,
): Promise<void> {
  const policy = client.retryPolicy;
  let pending = chunk;
  for (let retry = 1; pending.length > 0; retry++) {
    const responses = await postBatch(client, pending, options);
    const failedForNow: Array<{ readonly request: BatchRequest; readonly response: InnerResponse }> = [];
    for (const request of pending) {
      const response = responses.get(request.id);
      if (!response) {
        results.set(request.id, { ok: false, error: missingResponse() });
      } else if (response.status < 400) {
        results.set(request.id, { ok: true, status: response.status, body: response.body ?? null });
      } else if (
        retry <= policy.maxRetries &&
        mayRetryStatus(response.status, isIdempotentMethod(request.method))
      ) {
        failedForNow.push({ request, response });
      } else {
        results.set(request.id, { ok: false, error: innerError(response) });
      }
    }
    const waits = failedForNow.map(({ response }) =>
      retryDelayMs(retry, parseRetryAfterMs(headersOf(response).get("Retry-After")), policy),
    );
    const acceptableWaits = waits.filter((wait): wait is number => wait !== null);
    if (acceptableWaits.length < waits.length) {
      // One of them asked for a wait beyond the policy's cap: give them up now, each error carrying its wait.
      for (const { request, response } of failedForNow) {
        results.set(request.id, { ok: false, error: innerError(response) });
      }
      return;
    }
    if (failedForNow.length > 0) await policy.sleep(Math.max(...acceptableWaits), options.signal);
    pending = failedForNow.map(({ request }) => request);
  }
}

async function postBatch(
  client: GraphClient,
  requests: readonly BatchRequest[],
  options: BatchOptions,
): Promise<Map<string, InnerResponse>> {
  const body: unknown = await client
    .api("/$batch", options.scopes)
    .option("signal", options.signal)
    .post({ requests: requests.map(toWire) });
  const parsed = batchResponseSchema.safeParse(body);
  if (!parsed.success) {
    throw new GraphRequestError("Microsoft Graph sent an unreadable batch response", {
      kind: "other",
      status: 200,
    });
  }
  return new Map(parsed.data.responses.map((response) => [response.id, response]));
}

function toWire(request: BatchRequest): Record<string, unknown> {
  if (request.body === undefined) {
    return {
      id: request.id,
      method: request.method,
      url: request.url,
      ...(request.headers && { headers: request.headers }),
    };
  }
  return {
    id: request.id,
    method: request.method,
    url: request.url,
    headers: { "Content-Type": "application/json", ...request.headers },
    body: request.body,
  };
}

function headersOf(response: InnerResponse): Headers {
  return new Headers(response.headers ?? {});
}

function innerError(response: InnerResponse): GraphRequestError {
  return graphRequestErrorFromResponse(response.status, headersOf(response), response.body);
}

function missingResponse(): GraphRequestError {
  return new GraphRequestError("A Graph batch answered without a response for a request", {
    kind: "other",
    status: null,
  });
}
