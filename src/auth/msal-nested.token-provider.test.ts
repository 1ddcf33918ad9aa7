import { ClientAuthError, InteractionRequiredAuthError } from "@azure/msal-browser";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeMsalClient, msalAccount, msalResult } from "./msal-client.fake.ts";
import { createNestedTokenProvider } from "./msal-nested.token-provider.ts";
import { InteractionRequiredError } from "./token-provider.ts";

const createNestablePublicClientApplication = vi.hoisted(() => vi.fn());
vi.mock("@azure/msal-browser", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@azure/msal-browser")>()),
  createNestablePublicClientApplication,
}));

const SETTINGS = { clientId: "app-client-id", authority: "https://login.microsoftonline.com/organizations" };
const ORIGIN = "https://momentum.example";
const SCOPES = ["Calendars.Read", "User.Read"];
const ada = msalAccount("Ada Jansen", "ada@contoso.example");

let msal: ReturnType<typeof fakeMsalClient>;

beforeEach(() => {
  vi.clearAllMocks();
  msal = fakeMsalClient();
  createNestablePublicClientApplication.mockResolvedValue(msal.asMsal);
});

describe("the nested (Teams, Outlook) token provider", () => {
  it("configures MSAL for this app with its cache in sessionStorage", async () => {
    await createNestedTokenProvider(SETTINGS, ORIGIN);

    expect(createNestablePublicClientApplication).toHaveBeenCalledWith(
      expect.objectContaining({
        auth: expect.objectContaining({ clientId: "app-client-id", authority: SETTINGS.authority }),
        cache: { cacheLocation: "sessionStorage" },
      }),
    );
  });

  it("asks the host for a token silently when it knows no account yet, and remembers who signed in", async () => {
    msal.client.ssoSilent.mockResolvedValue(msalResult("token-1", ada));
    const provider = await createNestedTokenProvider(SETTINGS, ORIGIN);

    await expect(provider.getToken(SCOPES)).resolves.toBe("token-1");

    expect(msal.client.ssoSilent).toHaveBeenCalledWith({ scopes: SCOPES });
    expect(provider.getAccount()).toEqual({ name: "Ada Jansen", username: "ada@contoso.example" });
  });

  it("uses the known account for later tokens", async () => {
    msal.client.setActiveAccount(ada);
    msal.client.acquireTokenSilent.mockResolvedValue(msalResult("token-2", ada));
    const provider = await createNestedTokenProvider(SETTINGS, ORIGIN);

    await expect(provider.getToken(SCOPES)).resolves.toBe("token-2");

    expect(msal.client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: SCOPES, account: ada });
    expect(msal.client.ssoSilent).not.toHaveBeenCalled();
  });

  it("uses an account MSAL cached earlier in this tab even when none is active", async () => {
    msal = fakeMsalClient([ada]);
    createNestablePublicClientApplication.mockResolvedValue(msal.asMsal);
    msal.client.acquireTokenSilent.mockResolvedValue(msalResult("token-3", ada));
    const provider = await createNestedTokenProvider(SETTINGS, ORIGIN);

    await expect(provider.getToken(SCOPES)).resolves.toBe("token-3");
    expect(provider.getAccount()?.username).toBe("ada@contoso.example");
  });

  it("asks the host once when start-up asks for the same token twice at once, and again once that is answered", async () => {
    msal.client.ssoSilent.mockResolvedValue(msalResult("token-5", ada));
    msal.client.acquireTokenSilent.mockResolvedValue(msalResult("token-6", ada));
    const provider = await createNestedTokenProvider(SETTINGS, ORIGIN);

    const both = await Promise.all([provider.getToken(SCOPES), provider.getToken([...SCOPES].reverse())]);

    expect(both).toEqual(["token-5", "token-5"]);
    expect(msal.client.ssoSilent).toHaveBeenCalledTimes(1);
    await expect(provider.getToken(SCOPES)).resolves.toBe("token-6");
    expect(msal.client.acquireTokenSilent).toHaveBeenCalledTimes(1);
  });

  it("asks the host again after a failed silent request, rather than repeating its failure", async () => {
    const offline = new ClientAuthError("no_network_connectivity", "correlation");
    msal.client.ssoSilent.mockRejectedValueOnce(offline).mockResolvedValue(msalResult("token-7", ada));
    const provider = await createNestedTokenProvider(SETTINGS, ORIGIN);

    await expect(provider.getToken(SCOPES)).rejects.toBe(offline);
    await expect(provider.getToken(SCOPES)).resolves.toBe("token-7");
  });

  it.each([
    ["consent or MFA is needed", new InteractionRequiredAuthError("consent_required", "correlation")],
    ["the host has no signed-in account", new ClientAuthError("no_account_found", "correlation")],
  ])("asks for a click when %s", async (_, failure) => {
    msal.client.ssoSilent.mockRejectedValue(failure);
    const provider = await createNestedTokenProvider(SETTINGS, ORIGIN);

    const error = await provider.getToken(SCOPES).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(InteractionRequiredError);
    expect((error as Error).cause).toBe(failure);
    expect(msal.client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("passes on failures a click would not fix, such as being offline", async () => {
    const offline = new ClientAuthError("no_network_connectivity", "correlation");
    msal.client.ssoSilent.mockRejectedValue(offline);
    const provider = await createNestedTokenProvider(SETTINGS, ORIGIN);

    await expect(provider.getToken(SCOPES)).rejects.toBe(offline);
  });

  it("opens the host's sign-in popup on the user's click and then continues silently", async () => {
    msal.client.acquireTokenPopup.mockResolvedValue(msalResult("popup-token", ada));
    msal.client.acquireTokenSilent.mockResolvedValue(msalResult("token-4", ada));
    const provider = await createNestedTokenProvider(SETTINGS, ORIGIN);

    await provider.signInInteractively(SCOPES);

    expect(msal.client.acquireTokenPopup).toHaveBeenCalledWith({ scopes: SCOPES });
    expect(provider.getAccount()).toEqual({ name: "Ada Jansen", username: "ada@contoso.example" });
    await expect(provider.getToken(SCOPES)).resolves.toBe("token-4");
  });
});
