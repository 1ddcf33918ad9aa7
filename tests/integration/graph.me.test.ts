import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN } from "../../demo-tenant/demo-users.ts";
import { startDemoTenantServer } from "../../demo-tenant/test-server.ts";
import { createTestGraphClient } from "../../src/graph/graph-client.fake.ts";
import { getManager, getMe } from "../../src/graph/me.graph.ts";

let demo: Awaited<ReturnType<typeof startDemoTenantServer>>;

beforeAll(async () => {
  demo = await startDemoTenantServer();
});
afterAll(async () => {
  await demo?.close();
});

const clientFor = (upn: string) =>
  createTestGraphClient({ baseUrl: demo.graphBaseUrl, token: `demo:${upn}` }).client;

describe("who the user is and who manages them, from the demo tenant", () => {
  it("knows the signed-in rep", async () => {
    await expect(getMe(clientFor(DEMO_REP_UPN))).resolves.toMatchObject({
      displayName: "Daan Visser",
      userPrincipalName: DEMO_REP_UPN,
    });
  });

  it("finds the rep's manager", async () => {
    const manager = await getManager(clientFor(DEMO_REP_UPN));

    expect(manager).toMatchObject({ displayName: "Megan Bowen", userPrincipalName: DEMO_MANAGER_UPN });
  });

  it("answers null for a manager the directory does not name", async () => {
    await expect(getManager(clientFor(DEMO_MANAGER_UPN))).resolves.toBeNull();
  });
});
