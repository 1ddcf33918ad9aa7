import { afterEach, describe, expect, it } from "vitest";
import { DEMO_REP_UPN } from "../../demo-tenant/demo-users.ts";
import type { FaultSpec } from "../../demo-tenant/faults/fault.schema.ts";
import type { LoggedRequest } from "../../demo-tenant/requests/request-log.ts";
import { demoTenantPerFile } from "../../demo-tenant/testing/demo-tenant.fixture.ts";
import { listCalendarView } from "../../src/graph/calendar.graph.ts";
import { GraphRequestError } from "../../src/graph/graph-error.ts";
import { getMe } from "../../src/graph/me.graph.ts";
import { getTranscriptAvailability } from "../../src/graph/online-meetings.graph.ts";
import { DEFAULT_MAX_RETRIES } from "../../src/graph/retry-policy.ts";

// One tenant for the file; each test's faults are cleared after it, and it counts only the requests it watched.
const demo = demoTenantPerFile();
afterEach(async () => {
  await demoApi("DELETE", "/faults");
});

async function demoApi(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${demo.server.url}/graph/demo${path}`, {
    method,
    ...(body !== undefined && {
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
  });
  expect(response.ok, `${method} /graph/demo${path} answered ${response.status}`).toBe(true);
  return response;
}

/** Through the demo tenant's fault API (`POST /graph/demo/faults`). */
const injectFault = (fault: FaultSpec) => demoApi("POST", "/faults", fault);

async function requestLog(): Promise<LoggedRequest[]> {
  const { value } = (await (await demoApi("GET", "/requests")).json()) as { value: LoggedRequest[] };
  return value;
}

/** Runs `act` and returns what it does along with the requests the emulator saw meanwhile. */
async function watchRequests<T>(act: () => Promise<T>): Promise<{ result: T; requests: LoggedRequest[] }> {
  const before = (await requestLog()).length;
  const result = await act();
  return { result, requests: (await requestLog()).slice(before) };
}

const statusesOf = (requests: readonly LoggedRequest[], path: string) =>
  requests.filter((request) => request.path === path).map((request) => request.status);

/** The rep's client, retrying as the app's does unless `retry` says otherwise. */
const repClient = (retry: { maxRetries?: number } = { maxRetries: DEFAULT_MAX_RETRIES }) =>
  demo.clientAs(DEMO_REP_UPN, { retry });

const ONLY_ME = "/^\\/me$/";

describe("the Graph client against a Graph that struggles", () => {
  it("rides out a storm of 429s, waiting each time as long as Retry-After asks", async () => {
    await injectFault({ kind: "throttle", count: 3, retryAfterSeconds: 2, method: "GET", path: ONLY_ME });
    const { client, sleeps } = repClient();

    const { result: me, requests } = await watchRequests(() => getMe(client));

    expect(me.userPrincipalName).toBe(DEMO_REP_UPN);
    expect(sleeps).toEqual([2_000, 2_000, 2_000]);
    expect(statusesOf(requests, "/me")).toEqual([429, 429, 429, 200]);
  });

  it("gives up after the retry bound with a clear throttled error", async () => {
    await injectFault({ kind: "throttle", count: 50, retryAfterSeconds: 1, path: ONLY_ME });
    const { client, sleeps } = repClient({ maxRetries: 3 });

    const { result: error, requests } = await watchRequests(() =>
      getMe(client).catch((reason: unknown) => reason),
    );

    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({ kind: "throttled", status: 429, retryAfterMs: 1_000 });
    expect((error as GraphRequestError).requestId).toEqual(expect.any(String));
    expect(sleeps).toEqual([1_000, 1_000, 1_000]);
    expect(statusesOf(requests, "/me")).toEqual([429, 429, 429, 429]);
  });

  it("comes back after a 503", async () => {
    await injectFault({ kind: "unavailable", count: 1, retryAfterSeconds: 4, path: ONLY_ME });
    const { client, sleeps } = repClient();

    await expect(getMe(client)).resolves.toMatchObject({ userPrincipalName: DEMO_REP_UPN });
    expect(sleeps).toEqual([4_000]);
  });

  it("reads again after a gateway timeout", async () => {
    await injectFault({ kind: "gatewayTimeout", count: 1, path: ONLY_ME });
    const { client, sleeps } = repClient();

    const { result: me, requests } = await watchRequests(() => getMe(client));

    expect(me.userPrincipalName).toBe(DEMO_REP_UPN);
    expect(sleeps).toHaveLength(1);
    expect(statusesOf(requests, "/me")).toEqual([504, 200]);
  });

  it("survives a dropped connection and still reads every page of the calendar", async () => {
    const now = new Date();
    const window = { start: new Date(now.getTime() - 14 * 86_400_000), end: now, pageSize: 5 };
    const { client: calm } = repClient();
    const expected = await listCalendarView(calm, window);
    await injectFault({ kind: "drop", count: 1, path: "/me/calendarView" });
    const { client } = repClient();

    const { result: events, requests } = await watchRequests(() => listCalendarView(client, window));

    expect(expected.length).toBeGreaterThan(5);
    expect(events.map((event) => event.id)).toEqual(expected.map((event) => event.id));
    expect(statusesOf(requests, "/me/calendarView")[0]).toBeNull();
  });

  it("sends again only the batched requests Graph throttled", async () => {
    const { client: calm } = repClient();
    const joinUrls = await organizedJoinUrls(calm);
    const calmRun = await watchRequests(() => getTranscriptAvailability(calm, joinUrls));
    const transcriptListings = transcriptStepsOf(calmRun.requests).length;
    await injectFault({ kind: "throttle", count: 1, retryAfterSeconds: 3, path: "/transcripts" });
    const { client, sleeps } = repClient();

    const { result: availability, requests } = await watchRequests(() =>
      getTranscriptAvailability(client, joinUrls),
    );

    expect(availability).toEqual(calmRun.result);
    expect([...availability.values()]).toContain("available");
    expect(sleeps).toEqual([3_000]);
    expect(stepsPerBatch(transcriptStepsOf(requests))).toEqual([transcriptListings, 1]);
  });
});

const transcriptStepsOf = (requests: readonly LoggedRequest[]) =>
  requests.filter((request) => request.batchId !== undefined && request.path.endsWith("/transcripts"));

/** How many of `steps` each batch carried, in the order the batches came. */
function stepsPerBatch(steps: readonly LoggedRequest[]): number[] {
  const counts = new Map<string | undefined, number>();
  for (const step of steps) counts.set(step.batchId, (counts.get(step.batchId) ?? 0) + 1);
  return [...counts.values()];
}

/** The join URLs of the Teams meetings the rep organized in the last two weeks. */
async function organizedJoinUrls(client: ReturnType<typeof repClient>["client"]): Promise<string[]> {
  const now = new Date();
  const events = await listCalendarView(client, {
    start: new Date(now.getTime() - 14 * 86_400_000),
    end: now,
  });
  const joinUrls = events.flatMap((event) =>
    event.isOrganizer && event.isOnlineMeeting && event.onlineMeeting?.joinUrl
      ? [event.onlineMeeting.joinUrl]
      : [],
  );
  return [...new Set(joinUrls)];
}
