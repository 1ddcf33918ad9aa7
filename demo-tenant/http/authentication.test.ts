import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { type GraphErrorBody, graphClient, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";

let server: DemoTenantServer;
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterAll(() => server.close());

describe("demo sign-in", () => {
  it("rejects a request without a token with Graph's 401 body and request IDs", async () => {
    const response = await fetch(`${server.graphBaseUrl}/v1.0/me`);
    const body = (await response.json()) as GraphErrorBody;

    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expect(body.error.code).toBe("InvalidAuthenticationToken");
    expect(body.error.innerError["request-id"]).toBe(response.headers.get("request-id"));
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it("rejects a token for someone who is not a demo user", async () => {
    const response = await graphClient(server, "mallory@contoso.example")("/me");
    expect(response.status).toBe(401);
    expect(((await response.json()) as GraphErrorBody).error.code).toBe("InvalidAuthenticationToken");
  });

  it("rejects a token that is not a demo token", async () => {
    const response = await fetch(`${server.graphBaseUrl}/v1.0/me`, {
      headers: { authorization: "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOi" },
    });
    expect(response.status).toBe(401);
  });

  it("signs in whoever the demo token names, whatever the case of the address", async () => {
    const rep = await (await graphClient(server, DEMO_REP_UPN.toUpperCase())("/me")).json();
    const manager = await (await graphClient(server, DEMO_MANAGER_UPN)("/me")).json();
    expect(rep).toMatchObject({ userPrincipalName: DEMO_REP_UPN, displayName: "Daan Visser" });
    expect(manager).toMatchObject({ userPrincipalName: DEMO_MANAGER_UPN, jobTitle: "Sales Manager" });
  });

  it("echoes the caller's client-request-id and adds its own request-id", async () => {
    const response = await graphClient(server)("/me", { headers: { "client-request-id": "abc-123" } });
    expect(response.headers.get("client-request-id")).toBe("abc-123");
    expect(response.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("lists the demo users without sign-in, with their roles", async () => {
    const response = await fetch(`${server.graphBaseUrl}/demo/users`);
    const { value } = (await response.json()) as {
      value: Array<{ userPrincipalName: string; role: string }>;
    };
    expect(response.status).toBe(200);
    expect(value.map((u) => [u.userPrincipalName, u.role])).toEqual([
      [DEMO_REP_UPN, "rep"],
      [DEMO_MANAGER_UPN, "manager"],
      ["priya.natarajan@contoso.example", "colleague"],
      ["tom.bakker@contoso.example", "colleague"],
    ]);
  });
});
