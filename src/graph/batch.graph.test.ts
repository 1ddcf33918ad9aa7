import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type BatchRequest, sendBatch } from "./batch.graph.ts";
import { createTestGraphClient } from "./graph-client.fake.ts";
import { GraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";

const BASE = "http://graph.test/graph";
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface WireRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
}

interface InnerAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** A `$batch` endpoint that answers each inner request with `answer`, recording the IDs of every batch sent. */
function batchEndpoint(answer: (request: WireRequest, attempt: number) => InnerAnswer) {
  const batches: string[][] = [];
  const attempts = new Map<string, number>();
  server.use(
    http.post(`${BASE}/v1.0/$batch`, async ({ request }) => {
      const { requests } = (await request.json()) as { requests: WireRequest[] };
      batches.push(requests.map((inner) => inner.id));
      const responses = requests.map((inner) => {
        const attempt = (attempts.get(inner.id) ?? 0) + 1;
        attempts.set(inner.id, attempt);
        return { id: inner.id, ...answer(inner, attempt) };
      });
      // Graph may answer in any order; the results must still line up by ID.
      return HttpResponse.json({ responses: responses.reverse() });
    }),
  );
  return batches;
}

const reads = (count: number): BatchRequest[] =>
  Array.from({ length: count }, (_, index) => ({ id: `r${index}`, method: "GET", url: `/users/u${index}` }));

const throttled = (retryAfter: string): InnerAnswer => ({
  status: 429,
  headers: { "Retry-After": retryAfter },
  body: { error: { code: "TooManyRequests", message: "Please retry again later." } },
});

describe("sendBatch", () => {
  it("sends at most 20 requests per batch and returns every result by ID", async () => {
    const batches = batchEndpoint((request) => ({ status: 200, body: { url: request.url } }));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    const results = await sendBatch(client, reads(45), { scopes: [GraphScope.UserReadAll] });

    expect(batches.map((ids) => ids.length)).toEqual([20, 20, 5]);
    expect(results.size).toBe(45);
    expect(results.get("r33")).toEqual({ ok: true, status: 200, body: { url: "/users/u33" } });
  });

  it("sends again only the requests Graph throttled, after the longest wait any of them asked for", async () => {
    const batches = batchEndpoint((request, attempt) => {
      if (request.id === "r1" && attempt === 1) return throttled("4");
      if (request.id === "r3" && attempt === 1) return throttled("9");
      return { status: 200, body: { id: request.id } };
    });
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE });

    const results = await sendBatch(client, reads(5), { scopes: [GraphScope.UserReadAll] });

    expect(batches).toEqual([
      ["r0", "r1", "r2", "r3", "r4"],
      ["r1", "r3"],
    ]);
    expect(sleeps).toEqual([9_000]);
    expect([...results.values()].every((result) => result.ok)).toBe(true);
  });

  it("turns a request Graph keeps throttling into a throttled error for that request alone", async () => {
    const batches = batchEndpoint((request) =>
      request.id === "r0" ? throttled("1") : { status: 200, body: { id: request.id } },
    );
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE, retry: { maxRetries: 2 } });

    const results = await sendBatch(client, reads(2), { scopes: [GraphScope.UserReadAll] });

    expect(batches).toEqual([["r0", "r1"], ["r0"], ["r0"]]);
    expect(sleeps).toEqual([1_000, 1_000]);
    expect(results.get("r1")).toMatchObject({ ok: true });
    const failed = results.get("r0");
    expect(failed?.ok).toBe(false);
    if (failed?.ok === false) {
      expect(failed.error).toBeInstanceOf(GraphRequestError);
      expect(failed.error).toMatchObject({ kind: "throttled", status: 429, code: "TooManyRequests" });
    }
  });

  it("does not send again a failure that will not pass, nor a write after a gateway timeout", async () => {
    const batches = batchEndpoint((request) =>
      request.method === "POST"
        ? { status: 504 }
        : {
            status: 403,
            body: { error: { code: "Forbidden", innerError: { code: "GraphAccessToTranscriptsDisabled" } } },
          },
    );
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE });

    const results = await sendBatch(
      client,
      [
        { id: "read", method: "GET", url: "/me/onlineMeetings/m1/transcripts" },
        { id: "write", method: "POST", url: "/me/sendMail", body: { message: {} } },
      ],
      { scopes: [GraphScope.OnlineMeetingTranscriptReadAll, GraphScope.MailSend] },
    );

    expect(batches).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(results.get("read")).toMatchObject({
      ok: false,
      error: { kind: "forbidden", innerCode: "GraphAccessToTranscriptsDisabled" },
    });
    expect(results.get("write")).toMatchObject({ ok: false, error: { kind: "unavailable", status: 504 } });
  });

  it("sends a JSON body with its content type, as Graph requires", async () => {
    let sent: unknown = null;
    server.use(
      http.post(`${BASE}/v1.0/$batch`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ responses: [{ id: "1", status: 202 }] });
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await sendBatch(client, [{ id: "1", method: "POST", url: "/me/sendMail", body: { message: {} } }], {
      scopes: [GraphScope.MailSend],
    });

    expect(sent).toEqual({
      requests: [
        {
          id: "1",
          method: "POST",
          url: "/me/sendMail",
          headers: { "Content-Type": "application/json" },
          body: { message: {} },
        },
      ],
    });
  });

  it("rejects when the batch itself fails", async () => {
    server.use(
      http.post(`${BASE}/v1.0/$batch`, () =>
        HttpResponse.json({ error: { code: "BadRequest" } }, { status: 400 }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(sendBatch(client, reads(1), { scopes: [GraphScope.UserReadAll] })).rejects.toMatchObject({
      kind: "badRequest",
    });
  });

  it("refuses two requests with one ID", async () => {
    const { client } = createTestGraphClient({ baseUrl: BASE });
    const twice = [...reads(1), ...reads(1)];

    await expect(sendBatch(client, twice, { scopes: [GraphScope.UserReadAll] })).rejects.toThrow(RangeError);
  });
});
