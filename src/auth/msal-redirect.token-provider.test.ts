// @vitest-environment jsdom
import { InteractionRequiredAuthError, loadExternalTokens } from "@azure/msal-browser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeMsalClient, msalAccount, msalResult } from "./msal-client.fake.ts";
import { msalConfiguration } from "./msal-config.ts";
import { createRedirectTokenProvider } from "./msal-redirect.token-provider.ts";
import { InteractionRequiredError } from "./token-provider.ts";

const msalBrowser = vi.hoisted(() => ({ createStandardPublicClientApplication: vi.fn() }));
vi.mock("@azure/msal-browser", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@azure/msal-browser")>();
  // Real MSAL unless a test hands in a fake client.
  msalBrowser.createStandardPublicClientApplication.mockImplementation(
    actual.createStandardPublicClientApplication,
  );
  return {
    ...actual,
    createStandardPublicClientApplication: msalBrowser.createStandardPublicClientApplication,
  };
});

const SETTINGS = {
  clientId: "00000000-0000-4000-8000-00000000c1d0",
  authority: "https://login.microsoftonline.com/organizations",
};
const ORIGIN = "http://localhost:3000";
const SCOPES = ["Calendars.Read"];
const ada = msalAccount("Ada Jansen", "ada@contoso.example");

function withFakeMsal(accounts: ReturnType<typeof msalAccount>[] = []) {
  const msal = fakeMsalClient(accounts);
  msalBrowser.createStandardPublicClientApplication.mockResolvedValueOnce(msal.asMsal);
  return msal.client;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the redirect (plain browser) token provider", () => {
  it("completes a sign-in that redirected back before anything asks for a token", async () => {
    const msal = withFakeMsal();
    msal.handleRedirectPromise.mockResolvedValue(msalResult("from-redirect", ada));
    msal.acquireTokenSilent.mockResolvedValue(msalResult("token-1", ada));

    const provider = await createRedirectTokenProvider(SETTINGS, ORIGIN);
    expect(msal.handleRedirectPromise).toHaveBeenCalledOnce();
    expect(provider.getAccount()).toEqual({ name: "Ada Jansen", username: "ada@contoso.example" });

    await expect(provider.getToken(SCOPES)).resolves.toBe("token-1");
    expect(msal.handleRedirectPromise.mock.invocationCallOrder[0]).toBeLessThan(
      msal.acquireTokenSilent.mock.invocationCallOrder[0] ?? 0,
    );
    expect(msal.acquireTokenSilent).toHaveBeenCalledWith(
      expect.objectContaining({ scopes: SCOPES, account: ada }),
    );
  });

  it("asks for a click when no one has signed in yet, without touching the network", async () => {
    const msal = withFakeMsal();
    const provider = await createRedirectTokenProvider(SETTINGS, ORIGIN);

    await expect(provider.getToken(SCOPES)).rejects.toBeInstanceOf(InteractionRequiredError);
    expect(msal.acquireTokenSilent).not.toHaveBeenCalled();
    expect(provider.getAccount()).toBeNull();
  });

  it("keeps the reason when the redirect came back with an error, and asks for a click again", async () => {
    const msal = withFakeMsal();
    const cancelled = new Error("access_denied");
    msal.handleRedirectPromise.mockRejectedValue(cancelled);
    const provider = await createRedirectTokenProvider(SETTINGS, ORIGIN);

    const error = await provider.getToken(SCOPES).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InteractionRequiredError);
    expect((error as Error).cause).toBe(cancelled);
  });

  it("asks for a click when the refresh token has expired", async () => {
    const msal = withFakeMsal([ada]);
    msal.acquireTokenSilent.mockRejectedValue(
      new InteractionRequiredAuthError("refresh_token_expired", "correlation"),
    );
    const provider = await createRedirectTokenProvider(SETTINGS, ORIGIN);

    await expect(provider.getToken(SCOPES)).rejects.toBeInstanceOf(InteractionRequiredError);
  });

  it("signs in with a redirect on the user's click, for the known account when there is one", async () => {
    const first = withFakeMsal();
    await (await createRedirectTokenProvider(SETTINGS, ORIGIN)).signInInteractively(SCOPES);
    expect(first.loginRedirect).toHaveBeenCalledWith({ scopes: SCOPES });

    const again = withFakeMsal([ada]);
    await (await createRedirectTokenProvider(SETTINGS, ORIGIN)).signInInteractively(SCOPES);
    expect(again.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: SCOPES, account: ada });
    expect(again.loginRedirect).not.toHaveBeenCalled();
  });
});

describe("the redirect token provider with the real MSAL", () => {
  const base64Url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const oid = "0b7c4c5e-5a0f-4f55-9d6b-1e1f4f6d2a01";
  const tid = "6c1f2f0e-8a5d-4b1a-9a61-3c2d1e0f9b02";

  /** What MSAL caches after a sign-in, loaded without a network round trip. */
  async function signedInEarlierInThisTab(accessToken: string) {
    const now = Math.floor(Date.now() / 1000);
    const idTokenClaims = {
      oid,
      tid,
      sub: "subject",
      name: "Ada Jansen",
      preferred_username: "ada@contoso.example",
      iss: `https://login.microsoftonline.com/${tid}/v2.0`,
      aud: SETTINGS.clientId,
      iat: now,
      nbf: now,
      exp: now + 3600,
    };
    await loadExternalTokens(
      msalConfiguration(SETTINGS, ORIGIN),
      { scopes: SCOPES, authority: `https://login.microsoftonline.com/${tid}`, account: undefined },
      {
        token_type: "Bearer",
        access_token: accessToken,
        expires_in: 3600,
        ext_expires_in: 3600,
        scope: SCOPES.join(" "),
        id_token: `${base64Url({ alg: "none", typ: "JWT" })}.${base64Url(idTokenClaims)}.signature`,
        client_info: base64Url({ uid: oid, utid: tid }),
      },
      {},
    );
  }

  it("finds the account and token of a sign-in earlier in this tab", async () => {
    await signedInEarlierInThisTab("cached-access-token");

    const provider = await createRedirectTokenProvider(SETTINGS, ORIGIN);

    expect(provider.getAccount()).toEqual({ name: "Ada Jansen", username: "ada@contoso.example" });
    await expect(provider.getToken(SCOPES)).resolves.toBe("cached-access-token");
  });

  it("keeps tokens in sessionStorage and never writes one to localStorage", async () => {
    const writes = vi.spyOn(Storage.prototype, "setItem");
    await signedInEarlierInThisTab("cached-access-token");
    const provider = await createRedirectTokenProvider(SETTINGS, ORIGIN);
    await provider.getToken(SCOPES);

    const localWrites = writes.mock.contexts.filter((storage) => storage === localStorage);
    expect(localWrites).toEqual([]);
    expect(Object.keys(localStorage)).toEqual([]);
    const sessionValues = Object.keys(sessionStorage).map((key) => sessionStorage.getItem(key) ?? "");
    expect(sessionValues.some((value) => value.includes("cached-access-token"))).toBe(true);
  });

  it("logs no token and nothing below a warning", async () => {
    const consoleMethods = ["log", "info", "debug", "warn", "error"] as const;
    const logged = consoleMethods.map((method) => vi.spyOn(console, method).mockImplementation(() => {}));
    await signedInEarlierInThisTab("cached-access-token");
    const provider = await createRedirectTokenProvider(SETTINGS, ORIGIN);
    await provider.getToken(SCOPES);
    await provider.getToken(["Mail.Send"]).catch(() => {});

    const lines = logged.flatMap((spy) => spy.mock.calls.flat().map(String));
    expect(
      lines.filter((line) => line.includes("cached-access-token") || line.includes("ada@contoso")),
    ).toEqual([]);
    for (const quiet of logged.slice(0, 3)) expect(quiet).not.toHaveBeenCalled();
  });
});
