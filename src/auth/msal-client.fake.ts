import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from "@azure/msal-browser";
import { vi } from "vitest";

/** An MSAL account as Entra returns it, for tests. */
export function msalAccount(name: string, username: string): AccountInfo {
  return {
    homeAccountId: `${username}.home`,
    environment: "login.windows.net",
    tenantId: "tenant",
    username,
    localAccountId: username,
    name,
  };
}

/** An MSAL result carrying this token, for tests. */
export function msalResult(accessToken: string, account: AccountInfo): AuthenticationResult {
  return {
    authority: "https://login.microsoftonline.com/organizations",
    uniqueId: account.localAccountId,
    tenantId: account.tenantId,
    scopes: ["User.Read"],
    account,
    idToken: "",
    idTokenClaims: {},
    accessToken,
    fromCache: false,
    expiresOn: null,
    tokenType: "Bearer",
    correlationId: "correlation",
  };
}

/**
 * The parts of MSAL's public client the token providers call, as mocks; the active account behaves like
 * MSAL's (set, then read back), the token calls answer as each test arranges.
 */
export function fakeMsalClient(accounts: AccountInfo[] = []) {
  let active: AccountInfo | null = null;
  const client = {
    getActiveAccount: vi.fn(() => active),
    setActiveAccount: vi.fn((account: AccountInfo | null) => {
      active = account;
    }),
    getAllAccounts: vi.fn(() => accounts),
    acquireTokenSilent: vi.fn<IPublicClientApplication["acquireTokenSilent"]>(),
    ssoSilent: vi.fn<IPublicClientApplication["ssoSilent"]>(),
    acquireTokenPopup: vi.fn<IPublicClientApplication["acquireTokenPopup"]>(),
    acquireTokenRedirect: vi.fn<IPublicClientApplication["acquireTokenRedirect"]>(async () => {}),
    loginRedirect: vi.fn<IPublicClientApplication["loginRedirect"]>(async () => {}),
    handleRedirectPromise: vi.fn<IPublicClientApplication["handleRedirectPromise"]>(async () => null),
  };
  return { client, asMsal: client as unknown as IPublicClientApplication };
}
