import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { InteractionRequiredError, type TokenProvider } from "../auth/token-provider.ts";
import { createTestGraphClient } from "./graph-client.fake.ts";
import { createGraphClient } from "./graph-client.ts";
import { GraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";

const BASE = "http://graph.test/graph";
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("the Graph client", () => {
  it("sends a bearer token for exactly the scopes the request names", async () => {
    let authorization: string | null = null;
    server.use(
      http.get(`${BASE}/v1.0/me`, ({ request }) => {
        authorization = request.headers.get("Authorization");
        return HttpResponse.json({ id: "u1" });
      }),
    );
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE, token: "demo:daan" });

    await client.api("/me", [GraphScope.UserRead]).get();

    expect(authorization).toBe("Bearer demo:daan");
    expect(tokenRequests).toEqual([["User.Read"]]);
  });

  it("refuses a request that names no scopes rather than asking for a broad token", async () => {
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    await expect(client.api("/me", []).get()).rejects.toMatchObject({ kind: "other" });
    expect(tokenRequests).toEqual([]);
  });

  it("follows an absolute link under its own root, also on a plain-http root with a path", async () => {
    server.use(http.get(`${BASE}/v1.0/me/events`, () => HttpResponse.json({ value: [] })));
    const { client } = createTestGraphClient({ baseUrl: `${BASE}/` });

    await expect(
      client.api(`${BASE}/v1.0/me/events?$skip=10`, [GraphScope.CalendarsRead]).get(),
    ).resolves.toEqual({ value: [] });
  });

  it("never sends the user's token to a link outside its root", () => {
    const { client } = createTestGraphClient({ baseUrl: BASE });

    expect(() => client.api("https://evil.example/v1.0/me", [GraphScope.UserRead])).toThrow(
      GraphRequestError,
    );
  });

  it("reports a token only the user can get as unauthorized, without sending the request", async () => {
    const needsSignIn = new InteractionRequiredError("consent_required");
    const tokenProvider: TokenProvider = {
      getToken: () => Promise.reject(needsSignIn),
      signInInteractively: async () => {},
      getAccount: () => null,
    };
    const client = createGraphClient({ baseUrl: BASE, tokenProvider });

    const error = await client
      .api("/me/manager", [GraphScope.UserReadAll])
      .get()
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({ kind: "unauthorized", status: null, cause: needsSignIn });
  });

  it("rejects a failed response with its kind, Graph's codes and request ID, but not Graph's message", async () => {
    server.use(
      http.get(`${BASE}/v1.0/me/manager`, () =>
        HttpResponse.json(
          {
            error: {
              code: "Request_ResourceNotFound",
              message: "Resource 'manager' does not exist for daan.visser@contoso.example",
              innerError: { date: "2026-03-30T10:00:00", "request-id": "9f1c" },
            },
          },
          { status: 404 },
        ),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    const error = await client
      .api("/me/manager", [GraphScope.UserReadAll])
      .get()
      .catch((reason: unknown) => reason);

    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({
      kind: "notFound",
      status: 404,
      code: "Request_ResourceNotFound",
      requestId: "9f1c",
    });
    expect((error as GraphRequestError).message).not.toContain("daan.visser");
  });
});
