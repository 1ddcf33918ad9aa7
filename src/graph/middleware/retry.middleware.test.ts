import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TokenProvider } from "../../auth/token-provider.ts";
import { createTestGraphClient } from "../graph-client.fake.ts";
import { createGraphClient } from "../graph-client.ts";
import { GraphRequestError } from "../graph-error.ts";
import { GraphScope } from "../graph-scopes.ts";
import { abortableSleep } from "../retry-policy.ts";

const BASE = "http://graph.test/graph";
const ME = `${BASE}/v1.0/me`;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

/** Answers each request with the next of `answers`, the last one for ever after; counts the requests. */
function sequence(answers: ReadonlyArray<() => Response>): {
  readonly resolver: () => Response;
  count: () => number;
} {
  let calls = 0;
  return {
    resolver: () => {
      const answer = answers[Math.min(calls, answers.length - 1)];
      calls += 1;
      if (!answer) throw new Error("no answers");
      return answer();
    },
    count: () => calls,
  };
}

const throttled = (retryAfter?: string) => () =>
  HttpResponse.json(
    {
      error: {
        code: "TooManyRequests",
        message: "Please retry again later.",
        innerError: { "request-id": "req-1" },
      },
    },
    { status: 429, headers: retryAfter === undefined ? {} : { "Retry-After": retryAfter } },
  );
const ok = () => HttpResponse.json({ id: "u1", displayName: "Daan Visser" });

async function expectRejection(promise: Promise<unknown>): Promise<GraphRequestError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GraphRequestError);
  return error as GraphRequestError;
}

describe("retrying throttled and failed Graph requests", () => {
  it("waits the seconds Retry-After asks for, then succeeds", async () => {
    const answers = sequence([throttled("3"), throttled("7"), ok]);
    server.use(http.get(ME, answers.resolver));
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE });

    const me = await client.api("/me", [GraphScope.UserRead]).get();

    expect(me).toEqual({ id: "u1", displayName: "Daan Visser" });
    expect(sleeps).toEqual([3_000, 7_000]);
    expect(answers.count()).toBe(3);
  });

  it("waits until the HTTP date Retry-After names", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-30T10:00:00Z"));
    server.use(http.get(ME, sequence([throttled("Mon, 30 Mar 2026 10:00:12 GMT"), ok]).resolver));
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE });

    await client.api("/me", [GraphScope.UserRead]).get();

    expect(sleeps).toEqual([12_000]);
  });

  it("gives up after the retry bound with a throttled error that says how long Graph asked to wait", async () => {
    const answers = sequence([throttled("2")]);
    server.use(http.get(ME, answers.resolver));
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE, retry: { maxRetries: 3 } });

    const error = await expectRejection(client.api("/me", [GraphScope.UserRead]).get());

    expect(error).toMatchObject({
      kind: "throttled",
      status: 429,
      code: "TooManyRequests",
      requestId: "req-1",
    });
    expect(error.retryAfterMs).toBe(2_000);
    expect(answers.count()).toBe(4);
    expect(sleeps).toEqual([2_000, 2_000, 2_000]);
  });

  it("gives up at once when Retry-After is longer than the longest wait allowed", async () => {
    const answers = sequence([throttled("300"), ok]);
    server.use(http.get(ME, answers.resolver));
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE, retry: { maxDelayMs: 60_000 } });

    const error = await expectRejection(client.api("/me", [GraphScope.UserRead]).get());

    expect(error).toMatchObject({ kind: "throttled", retryAfterMs: 300_000 });
    expect(answers.count()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it("backs off after a 503 without Retry-After, then succeeds", async () => {
    server.use(http.get(ME, sequence([() => new HttpResponse(null, { status: 503 }), ok]).resolver));
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE });

    await expect(client.api("/me", [GraphScope.UserRead]).get()).resolves.toMatchObject({ id: "u1" });

    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(500);
    expect(sleeps[0]).toBeLessThanOrEqual(1_000);
  });

  it("reports a service that stays down as unavailable", async () => {
    server.use(http.get(ME, () => new HttpResponse(null, { status: 503 })));
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE, retry: { maxRetries: 2 } });

    const error = await expectRejection(client.api("/me", [GraphScope.UserRead]).get());

    expect(error).toMatchObject({ kind: "unavailable", status: 503 });
    expect(sleeps).toHaveLength(2);
  });

  it("sends a read again after a dropped connection", async () => {
    const answers = sequence([() => HttpResponse.error(), ok]);
    server.use(http.get(ME, answers.resolver));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(client.api("/me", [GraphScope.UserRead]).get()).resolves.toMatchObject({ id: "u1" });
    expect(answers.count()).toBe(2);
  });

  it("does not send a mail again after a dropped connection: it may have gone out", async () => {
    const answers = sequence([() => HttpResponse.error(), () => new HttpResponse(null, { status: 202 })]);
    server.use(http.post(`${BASE}/v1.0/me/sendMail`, answers.resolver));
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE });

    const error = await expectRejection(
      client.api("/me/sendMail", [GraphScope.MailSend]).post({ message: {} }),
    );

    expect(error).toMatchObject({ kind: "network", status: null });
    expect(answers.count()).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it("does not repeat a POST after a gateway timeout, but does repeat a read", async () => {
    const gatewayTimeout = () => new HttpResponse(null, { status: 504 });
    const posts = sequence([gatewayTimeout, () => HttpResponse.json({ id: "e1" }, { status: 201 })]);
    const reads = sequence([gatewayTimeout, ok]);
    server.use(http.post(`${BASE}/v1.0/me/events`, posts.resolver), http.get(ME, reads.resolver));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    const error = await expectRejection(client.api("/me/events", [GraphScope.CalendarsReadWrite]).post({}));
    await client.api("/me", [GraphScope.UserRead]).get();

    expect(error).toMatchObject({ kind: "unavailable", status: 504 });
    expect(posts.count()).toBe(1);
    expect(reads.count()).toBe(2);
  });

  it("sends a POST again after a 429: Graph did not do the work", async () => {
    const posts = sequence([throttled("1"), () => HttpResponse.json({ id: "e1" }, { status: 201 })]);
    server.use(http.post(`${BASE}/v1.0/me/events`, posts.resolver));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(client.api("/me/events", [GraphScope.CalendarsReadWrite]).post({})).resolves.toEqual({
      id: "e1",
    });
    expect(posts.count()).toBe(2);
  });

  it("sends a batch of reads again after a dropped connection, but not a batch that writes", async () => {
    const batches = sequence([() => HttpResponse.error(), () => HttpResponse.json({ responses: [] })]);
    server.use(http.post(`${BASE}/v1.0/$batch`, batches.resolver));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await client
      .api("/$batch", [GraphScope.UserRead])
      .post({ requests: [{ id: "1", method: "GET", url: "/me" }] });
    expect(batches.count()).toBe(2);

    const writes = sequence([() => HttpResponse.error(), () => HttpResponse.json({ responses: [] })]);
    server.use(http.post(`${BASE}/v1.0/$batch`, writes.resolver));
    const error = await expectRejection(
      client
        .api("/$batch", [GraphScope.MailSend])
        .post({ requests: [{ id: "1", method: "POST", url: "/me/sendMail", body: {} }] }),
    );
    expect(error.kind).toBe("network");
    expect(writes.count()).toBe(1);
  });

  it("stops retrying when the caller aborts during a wait", async () => {
    const answers = sequence([throttled("5"), ok]);
    server.use(http.get(ME, answers.resolver));
    const controller = new AbortController();
    const tokenProvider: TokenProvider = {
      getToken: async () => "t",
      signInInteractively: async () => {},
      getAccount: () => null,
    };
    const client = createGraphClient({
      baseUrl: BASE,
      tokenProvider,
      // The user navigates away while the client sits out the 5 seconds.
      sleep: (ms, signal) => {
        controller.abort();
        return abortableSleep(ms, signal);
      },
    });

    await expect(
      client.api("/me", [GraphScope.UserRead]).option("signal", controller.signal).get(),
    ).rejects.toMatchObject({ code: "AbortError" });
    expect(answers.count()).toBe(1);
  });
});
