import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { type GraphErrorBody, graphClient, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";

let server: DemoTenantServer;
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterAll(() => server.close());

describe("users", () => {
  it("returns the signed-in user with Graph's default properties", async () => {
    const me = await (await graphClient(server)("/me")).json();
    expect(me).toMatchObject({
      displayName: "Daan Visser",
      givenName: "Daan",
      surname: "Visser",
      jobTitle: "Account Executive",
      mail: DEMO_REP_UPN,
      userPrincipalName: DEMO_REP_UPN,
    });
    expect(me.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("honours $select, keeping the id", async () => {
    const me = await (await graphClient(server)("/me?$select=displayName,mail")).json();
    expect(Object.keys(me).sort()).toEqual(["@odata.context", "displayName", "id", "mail"]);
  });

  it("gives the rep Megan as manager", async () => {
    const response = await graphClient(server)("/me/manager");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      "@odata.type": "#microsoft.graph.user",
      userPrincipalName: DEMO_MANAGER_UPN,
      displayName: "Megan Bowen",
    });
  });

  it("answers 404 Request_ResourceNotFound for the manager of someone without one, like Graph", async () => {
    const response = await graphClient(server, DEMO_MANAGER_UPN)("/me/manager");
    expect(response.status).toBe(404);
    expect(((await response.json()) as GraphErrorBody).error.code).toBe("Request_ResourceNotFound");
  });

  it("finds a user by UPN and by ID", async () => {
    const byUpn = await (await graphClient(server)(`/users/${DEMO_MANAGER_UPN}`)).json();
    const byId = await (await graphClient(server)(`/users/${byUpn.id}`)).json();
    expect(byId).toEqual(byUpn);
  });

  it("answers 404 for an unknown user", async () => {
    const response = await graphClient(server)("/users/nobody@contoso.example");
    expect(response.status).toBe(404);
    expect(((await response.json()) as GraphErrorBody).error.code).toBe("Request_ResourceNotFound");
  });

  it("reports the rep's mailbox time zone", async () => {
    const settings = await (await graphClient(server)("/me/mailboxSettings")).json();
    expect(settings.timeZone).toBe("Europe/Amsterdam");
  });
});
