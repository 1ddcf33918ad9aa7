import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestGraphClient } from "./graph-client.fake.ts";
import { searchPeople } from "./people.graph.ts";

const BASE = "http://graph.test/graph";
const PEOPLE = `${BASE}/v1.0/me/people`;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const person = (id: string, displayName: string, address: string | null, type = "Person") => ({
  id,
  displayName,
  jobTitle: "Sales Director",
  scoredEmailAddresses: address ? [{ address, relevanceScore: 8 }] : [],
  personType: { class: type, subclass: type === "Person" ? "OrganizationUser" : "UnifiedGroup" },
});

describe("searchPeople", () => {
  it("searches the rep's relevant people with the query as one quoted phrase, asking People.Read only", async () => {
    let query = new URLSearchParams();
    server.use(
      http.get(PEOPLE, ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json({ value: [person("p1", "Megan Bowen", "megan@contoso.test")] });
      }),
    );
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    const people = await searchPeople(client, '  megan "b@contoso ', { top: 5 });

    expect(people).toEqual([
      { id: "p1", displayName: "Megan Bowen", email: "megan@contoso.test", jobTitle: "Sales Director" },
    ]);
    expect(query.get("$search")).toBe('"megan b@contoso"');
    expect(query.get("$top")).toBe("5");
    expect(tokenRequests).toEqual([["People.Read"]]);
  });

  it("leaves out groups and people without an address", async () => {
    server.use(
      http.get(PEOPLE, () =>
        HttpResponse.json({
          value: [
            person("g1", "Sales team", "sales@contoso.test", "Group"),
            person("p2", "No Mail", null),
            person("p3", "Alex Wilber", "alex@contoso.test"),
          ],
        }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    const people = await searchPeople(client, "a");

    expect(people.map((found) => found.id)).toEqual(["p3"]);
  });

  it("asks nothing for an empty query", async () => {
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    await expect(searchPeople(client, ' " ')).resolves.toEqual([]);
    expect(tokenRequests).toEqual([]);
  });

  it("passes on a refusal as forbidden", async () => {
    server.use(
      http.get(PEOPLE, () => HttpResponse.json({ error: { code: "ErrorAccessDenied" } }, { status: 403 })),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(searchPeople(client, "megan")).rejects.toMatchObject({ kind: "forbidden" });
  });
});
