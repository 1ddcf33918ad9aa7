import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { type GraphErrorBody, graphClient, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";

let server: DemoTenantServer;
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterEach(() => {
  server.tenant.faults.clear();
  server.tenant.requests.clear();
});
afterAll(() => server.close());

const me = () => graphClient(server)("/me");

describe("fault injection", () => {
  it("throttles the next request with Graph's 429 and Retry-After, then recovers", async () => {
    server.tenant.faults.add({ kind: "throttle", retryAfterSeconds: 7 });

    const throttled = await me();
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("7");
    expect(((await throttled.json()) as GraphErrorBody).error.code).toBe("TooManyRequests");
    expect((await me()).status).toBe(200);
  });

  it("fails exactly `count` matching requests", async () => {
    server.tenant.faults.add({ kind: "throttle", count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await me()).status);
    expect(statuses).toEqual([429, 429, 200]);
  });

  it("answers 503 with Retry-After when the service is unavailable", async () => {
    server.tenant.faults.add({ kind: "unavailable" });
    const response = await me();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(((await response.json()) as GraphErrorBody).error.code).toBe("ServiceUnavailable");
  });

  it("answers 504 on a gateway timeout", async () => {
    server.tenant.faults.add({ kind: "gatewayTimeout" });
    expect((await me()).status).toBe(504);
  });

  it("refuses with Graph's 403 for a permission the user lacks, with the request's IDs", async () => {
    server.tenant.faults.add({ kind: "forbidden", path: "/me/manager" });

    const refused = await graphClient(server)("/me/manager");

    expect(refused.status).toBe(403);
    expect(refused.headers.get("retry-after")).toBeNull();
    const body = (await refused.json()) as GraphErrorBody;
    expect(body.error).toMatchObject({
      code: "Authorization_RequestDenied",
      message: "Insufficient privileges to complete the operation.",
      innerError: { "request-id": refused.headers.get("request-id") },
    });
    expect(server.tenant.faults.add({ kind: "forbidden" }).retryAfterSeconds).toBeNull();
    server.tenant.faults.clear();
    expect((await graphClient(server)("/me/manager")).status).toBe(200);
  });

  it("drops the connection without a response, and logs that nothing went out", async () => {
    server.tenant.faults.add({ kind: "drop" });
    await expect(me()).rejects.toThrow();
    expect((await me()).status).toBe(200);
    expect(server.tenant.requests.list().map((r) => r.status)).toEqual([null, 200]);
  });

  it("carries out the request and then drops the connection, so the change is made but its answer is lost", async () => {
    server.tenant.faults.add({ kind: "dropAfter", method: "PUT", path: "/approot" });
    const file = "/me/drive/special/approot:/drop-after.txt";

    await expect(
      graphClient(server)(`${file}:/content`, {
        method: "PUT",
        body: "kept",
        headers: { "content-type": "text/plain" },
      }),
    ).rejects.toThrow();

    expect((await graphClient(server)(file)).status).toBe(200);
    expect(server.tenant.requests.list().map((r) => r.status)).toEqual([null, 200]);
    await graphClient(server)(file, { method: "DELETE" });
  });

  it("only hits requests matching the path (substring or /regex/) and method", async () => {
    server.tenant.faults.add({ kind: "throttle", path: "/me/manager" });
    server.tenant.faults.add({ kind: "unavailable", path: "/^\\/users\\//", method: "post" });
    expect((await me()).status).toBe(200);
    expect((await graphClient(server)("/users/tom.bakker@contoso.example")).status).toBe(200);
    expect((await graphClient(server)("/me/manager")).status).toBe(429);
    expect(server.tenant.faults.list()).toHaveLength(1);
  });

  it("is driven over HTTP as well: add, list, clear, and reject nonsense", async () => {
    const added = await fetch(`${server.graphBaseUrl}/demo/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "throttle", count: 3, retryAfterSeconds: 2, path: "/me" }),
    });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({
      kind: "throttle",
      remaining: 3,
      retryAfterSeconds: 2,
      path: "/me",
    });

    const listed = await (await fetch(`${server.graphBaseUrl}/demo/faults`)).json();
    expect(listed.value).toHaveLength(1);
    expect((await me()).status).toBe(429);

    expect((await fetch(`${server.graphBaseUrl}/demo/faults`, { method: "DELETE" })).status).toBe(204);
    expect((await me()).status).toBe(200);

    for (const nonsense of [
      { kind: "explode" },
      { kind: "throttle", count: 0 },
      { kind: "drop", path: "/(/" },
    ]) {
      const rejected = await fetch(`${server.graphBaseUrl}/demo/faults`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(nonsense),
      });
      expect(rejected.status).toBe(400);
    }
  });
});

describe("request log", () => {
  it("lists the Graph requests with path, query and status, and can be cleared over HTTP", async () => {
    await me();
    await graphClient(server)("/me/manager?$select=displayName");
    const log = await (await fetch(`${server.graphBaseUrl}/demo/requests`)).json();
    expect(log.value).toEqual([
      expect.objectContaining({ method: "GET", path: "/me", query: "", status: 200 }),
      expect.objectContaining({
        method: "GET",
        path: "/me/manager",
        query: "$select=displayName",
        status: 200,
      }),
    ]);
    expect(log.value[0].at).toBe(WEDNESDAY.toISOString());

    expect((await fetch(`${server.graphBaseUrl}/demo/requests`, { method: "DELETE" })).status).toBe(204);
    expect((await (await fetch(`${server.graphBaseUrl}/demo/requests`)).json()).value).toEqual([]);
  });
});
