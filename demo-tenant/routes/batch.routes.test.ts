import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { type GraphErrorBody, graphClient, lastTwoWeeks, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";
import { MAX_BATCH_STEPS } from "./batch.routes.ts";

let server: DemoTenantServer;
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterEach(() => {
  server.tenant.faults.clear();
  server.tenant.requests.clear();
});
afterAll(() => server.close());

interface BatchResponse {
  responses: Array<{ id: string; status: number; headers: Record<string, string>; body?: unknown }>;
}

function batch(requests: unknown[]): Promise<Response> {
  return graphClient(server)("/$batch", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ requests }),
  });
}

const window = lastTwoWeeks(WEDNESDAY);

describe("JSON batching", () => {
  it("runs each step through the normal routes and answers per step", async () => {
    const response = await batch([
      { id: "1", method: "GET", url: "/me?$select=displayName" },
      { id: "2", method: "GET", url: "me/manager" },
      {
        id: "3",
        method: "GET",
        url: `/me/calendarView?startDateTime=${window.start}&endDateTime=${window.end}&$top=2`,
      },
      { id: "4", method: "GET", url: "/users/nobody@contoso.example" },
    ]);
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as BatchResponse;

    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ["1", 200],
      ["2", 200],
      ["3", 200],
      ["4", 404],
    ]);
    expect(responses[0]?.body).toMatchObject({ displayName: "Daan Visser" });
    expect(responses[0]?.headers["content-type"]).toMatch(/^application\/json/);
    expect(responses[1]?.body).toMatchObject({ displayName: "Megan Bowen" });
    const calendar = responses[2]?.body as { value: unknown[]; "@odata.nextLink": string };
    expect(calendar.value).toHaveLength(2);
    expect(calendar["@odata.nextLink"].startsWith(`${server.graphBaseUrl}/v1.0/me/calendarView?`)).toBe(true);
    expect(responses[3]?.body).toMatchObject({ error: { code: "Request_ResourceNotFound" } });
  });

  it("gzips the batch for a client that accepts it, as Graph does, and its steps inside are plain JSON", async () => {
    const steps = [
      {
        id: "1",
        method: "GET",
        url: `/me/calendarView?startDateTime=${window.start}&endDateTime=${window.end}`,
      },
    ];
    const response = await graphClient(server)("/$batch", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "gzip" },
      body: JSON.stringify({ requests: steps }),
    });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const { responses } = (await response.json()) as BatchResponse;
    expect(responses[0]?.status).toBe(200);
    expect(responses[0]?.headers["content-encoding"]).toBeUndefined();
    expect(responses[0]?.body).toMatchObject({ value: expect.arrayContaining([expect.anything()]) });

    const identity = await graphClient(server)("/$batch", {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "identity" },
      body: JSON.stringify({ requests: steps }),
    });
    expect(identity.headers.get("content-encoding")).toBeNull();
  });

  it("rejects more than twenty steps", async () => {
    const steps = Array.from({ length: MAX_BATCH_STEPS + 1 }, (_, i) => ({
      id: String(i + 1),
      method: "GET",
      url: "/me",
    }));
    const response = await batch(steps);
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphErrorBody).error.code).toBe("BadRequest");
    expect((await batch(steps.slice(0, MAX_BATCH_STEPS))).status).toBe(200);
  });

  it("rejects duplicate ids and malformed steps", async () => {
    expect(
      (
        await batch([
          { id: "1", method: "GET", url: "/me" },
          { id: "1", method: "GET", url: "/me" },
        ])
      ).status,
    ).toBe(400);
    expect((await batch([{ id: "1", url: "/me" }])).status).toBe(400);
    expect(
      (await batch([{ id: "1", method: "GET", url: "https://graph.microsoft.com/v1.0/me" }])).status,
    ).toBe(400);
  });

  it("lets a single step be throttled, with Retry-After in that step's headers", async () => {
    server.tenant.faults.add({ kind: "throttle", path: "/me/manager", retryAfterSeconds: 3 });
    const { responses } = (await (
      await batch([
        { id: "me", method: "GET", url: "/me" },
        { id: "manager", method: "GET", url: "/me/manager" },
      ])
    ).json()) as BatchResponse;

    expect(responses.find((r) => r.id === "me")?.status).toBe(200);
    const manager = responses.find((r) => r.id === "manager");
    expect(manager?.status).toBe(429);
    expect(manager?.headers["retry-after"]).toBe("3");
    expect(manager?.body).toMatchObject({ error: { code: "TooManyRequests" } });
  });

  it("drops only the outer request: a drop fault never hits a step", async () => {
    server.tenant.faults.add({ kind: "drop", path: "/me/manager" });
    const { responses } = (await (
      await batch([{ id: "1", method: "GET", url: "/me/manager" }])
    ).json()) as BatchResponse;
    expect(responses[0]?.status).toBe(200);
    await expect(graphClient(server)("/me/manager")).rejects.toThrow();
  });

  it("fails a step with 424 when a step it depends on failed", async () => {
    const { responses } = (await (
      await batch([
        { id: "a", method: "GET", url: "/users/nobody@contoso.example" },
        { id: "b", method: "GET", url: "/me", dependsOn: ["a"] },
      ])
    ).json()) as BatchResponse;
    expect(responses.map((r) => r.status)).toEqual([404, 424]);
  });

  it("logs the batch and each step, marked with the batch's request ID", async () => {
    const response = await batch([
      { id: "1", method: "GET", url: "/me" },
      { id: "2", method: "GET", url: "/me/manager" },
    ]);
    const batchId = response.headers.get("request-id");
    const log = server.tenant.requests.list();
    expect(log.filter((r) => r.batchId === batchId).map((r) => r.path)).toEqual(["/me", "/me/manager"]);
    expect(log.find((r) => r.path === "/$batch")).toMatchObject({ method: "POST", status: 200 });
  });

  it("requires sign-in for the batch itself", async () => {
    const response = await fetch(`${server.graphBaseUrl}/v1.0/$batch`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ requests: [{ id: "1", method: "GET", url: "/me" }] }),
    });
    expect(response.status).toBe(401);
  });
});
