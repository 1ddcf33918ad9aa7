import "fake-indexeddb/auto";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { InteractionRequiredError, type TokenProvider } from "../auth/token-provider.ts";
import { createTestGraphClient } from "../graph/graph-client.fake.ts";
import type { PaneSurface } from "./pane-surface.ts";
import { loadHome, startUserSession, type UserSession } from "./user-session.ts";

const REP = { name: "Adele Vance", username: "adele@contoso.com" };

/** What the rep's browser asked Graph for, by path: this Graph is down for maintenance (no retries on a 400). */
const asked: string[] = [];
const server = setupServer(
  http.all("http://graph.test/graph/*", ({ request }) => {
    asked.push(new URL(request.url).pathname.replace("/graph/v1.0", ""));
    return HttpResponse.json({ error: { code: "BadRequest", message: "Not today" } }, { status: 400 });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  asked.length = 0;
});
afterAll(() => server.close());

function signedIn(silently: boolean): TokenProvider {
  return {
    getToken: () => (silently ? Promise.resolve("token") : Promise.reject(new InteractionRequiredError())),
    signInInteractively: () => Promise.resolve(),
    getAccount: () => REP,
  };
}

const HOME: PaneSurface = { kind: "home" };
const ATTENDEE: PaneSurface = { kind: "attendee", openItem: async () => null };

/** Until the loads startup began have settled (here: failed, Graph being down). */
async function settled({ stores }: UserSession): Promise<void> {
  await expect
    .poll(() => [stores.calls.getState().status, stores.notes.getState().status])
    .toEqual(["error", "error"]);
}

async function start(silently: boolean, surface: PaneSurface): Promise<UserSession> {
  const { client } = createTestGraphClient({ baseUrl: "http://graph.test/graph" });
  const session = startUserSession(client, signedIn(silently), Promise.resolve(surface));
  // Past the surface and the silent sign-in, each a promise.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return session;
}

describe("the session startup makes", () => {
  it("is the signed-in user's", async () => {
    const session = await start(true, HOME);
    expect(session.username).toBe(REP.username);
    await settled(session);
    session.stores.dispose();
  });

  it("asks for the home's calendar and notes before any screen has rendered", async () => {
    const session = await start(true, HOME);
    await settled(session);
    // The calendar comes in a `$batch` with the rep's profile.
    expect(asked).toContain("/$batch");
    expect(asked.some((path) => path.startsWith("/me/drive/special/approot"))).toBe(true);
    session.stores.dispose();
  });

  it("asks for nothing while only the user can finish signing in", async () => {
    const session = await start(false, HOME);
    expect(asked).toEqual([]);
    expect(session.stores.calls.getState().status).toBe("idle");
    session.stores.dispose();
  });

  it("asks for nothing of the rep's home on the manager's pane", async () => {
    const session = await start(true, ATTENDEE);
    expect(asked).toEqual([]);
    session.stores.dispose();
  });
});

describe("loading the home", () => {
  it("asks Graph once, when the home asks again while startup's loads are on their way", async () => {
    const session = await start(true, HOME);
    loadHome(session.stores);
    await settled(session);
    expect(asked.filter((path) => path === "/$batch")).toHaveLength(1);
    session.stores.dispose();
  });
});
