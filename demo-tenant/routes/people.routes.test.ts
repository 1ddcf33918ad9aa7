import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { graphClient, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";

let server: DemoTenantServer;
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterAll(() => server.close());

interface PeoplePage {
  value: Array<{
    id: string;
    displayName: string;
    jobTitle: string;
    userPrincipalName: string;
    scoredEmailAddresses: Array<{ address: string; relevanceScore: number }>;
  }>;
  "@odata.nextLink"?: string;
}

async function people(query: string, as = DEMO_REP_UPN): Promise<PeoplePage> {
  const response = await graphClient(server, as)(`/me/people${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as PeoplePage;
}

describe("people", () => {
  it("finds the manager by a typed prefix, in Graph's person shape", async () => {
    const { value } = await people(`?$search=${encodeURIComponent('"meg"')}`);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({
      displayName: "Megan Bowen",
      jobTitle: "Sales Manager",
      userPrincipalName: DEMO_MANAGER_UPN,
      scoredEmailAddresses: [{ address: DEMO_MANAGER_UPN }],
    });
    expect(value[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("matches surnames and addresses, and finds nobody for a stranger", async () => {
    expect((await people('?$search="bakker"')).value.map((p) => p.displayName)).toEqual(["Tom Bakker"]);
    expect((await people('?$search="priya.nat"')).value.map((p) => p.displayName)).toEqual([
      "Priya Natarajan",
    ]);
    expect((await people('?$search="zorro"')).value).toEqual([]);
  });

  it("lists the caller's colleagues, manager first, never the caller, paged by $top", async () => {
    const all = await people("");
    expect(all.value.map((p) => p.userPrincipalName)).not.toContain(DEMO_REP_UPN);
    expect(all.value[0]?.userPrincipalName).toBe(DEMO_MANAGER_UPN);
    expect(all.value).toHaveLength(3);

    const first = await people("?$top=2");
    expect(first.value).toHaveLength(2);
    expect(first["@odata.nextLink"]).toContain("%24skip=2");
  });
});
