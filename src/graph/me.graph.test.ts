import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestGraphClient } from "./graph-client.fake.ts";
import { getManager, getMe, primaryEmailOf } from "./me.graph.ts";

const BASE = "http://graph.test/graph";
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const daan = {
  id: "u-daan",
  displayName: "Daan Visser",
  mail: "daan.visser@contoso.example",
  userPrincipalName: "daan.visser@contoso.example",
};

describe("getMe", () => {
  it("reads the signed-in user's name and addresses with User.Read", async () => {
    let select: string | null = null;
    server.use(
      http.get(`${BASE}/v1.0/me`, ({ request }) => {
        select = new URL(request.url).searchParams.get("$select");
        return HttpResponse.json(daan);
      }),
    );
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    await expect(getMe(client)).resolves.toEqual(daan);
    expect(select).toBe("id,displayName,mail,userPrincipalName");
    expect(tokenRequests).toEqual([["User.Read"]]);
  });

  it("rejects a user without an ID", async () => {
    server.use(http.get(`${BASE}/v1.0/me`, () => HttpResponse.json({ displayName: "Nobody" })));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(getMe(client)).rejects.toMatchObject({ kind: "other" });
  });
});

describe("getManager", () => {
  it("reads the manager with User.Read.All", async () => {
    const megan = {
      id: "u-megan",
      displayName: "Megan Bowen",
      mail: null,
      userPrincipalName: "megan.bowen@contoso.example",
    };
    server.use(http.get(`${BASE}/v1.0/me/manager`, () => HttpResponse.json(megan)));
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    const manager = await getManager(client);

    expect(manager).toEqual(megan);
    expect(manager && primaryEmailOf(manager)).toBe("megan.bowen@contoso.example");
    expect(tokenRequests).toEqual([["User.Read.All"]]);
  });

  it("answers null when the directory names no manager", async () => {
    server.use(
      http.get(`${BASE}/v1.0/me/manager`, () =>
        HttpResponse.json({ error: { code: "Request_ResourceNotFound", message: "…" } }, { status: 404 }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(getManager(client)).resolves.toBeNull();
  });

  it("rejects when the manager may not be read, so the UI can offer to pick one", async () => {
    server.use(
      http.get(`${BASE}/v1.0/me/manager`, () =>
        HttpResponse.json({ error: { code: "Authorization_RequestDenied" } }, { status: 403 }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(getManager(client)).rejects.toMatchObject({
      kind: "forbidden",
      code: "Authorization_RequestDenied",
    });
  });
});
