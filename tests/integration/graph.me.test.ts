import { describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN } from "../../demo-tenant/demo-users.ts";
import { demoTenantPerFile } from "../../demo-tenant/testing/demo-tenant.fixture.ts";
import { getManager, getMe } from "../../src/graph/me.graph.ts";

// The tests only read the seeded directory: one tenant serves them all.
const demo = demoTenantPerFile();
const clientFor = (upn: string) => demo.clientAs(upn).client;

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
