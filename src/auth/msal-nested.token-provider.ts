import { createNestablePublicClientApplication } from "@azure/msal-browser";
import { currentAccount, rememberAccount, signedInAccount } from "./msal-account.ts";
import { type MsalSettings, msalConfiguration } from "./msal-config.ts";
import { fromSilentFailure } from "./msal-errors.ts";
import type { TokenProvider } from "./token-provider.ts";

/**
 * Sign-in inside Teams and Outlook with MSAL nested app authentication: the host brokers the tokens for the
 * account it is signed in with, so most users never see a prompt. Start it only after the host's SDK is ready.
 *
 * The host sends Entra the redirect URI `brk-multihub://<host>[:<port>]` of this page's origin, which the app
 * registration must list as a single-page-application redirect; MSAL's nested client never reads
 * `auth.redirectUri`. That is set to the page's origin for the standard client MSAL falls back to when a
 * host offers no nested app authentication.
 */
export async function createNestedTokenProvider(
  settings: MsalSettings,
  origin: string = window.location.origin,
): Promise<TokenProvider> {
  const msal = await createNestablePublicClientApplication(msalConfiguration(settings, origin));
  const acquireSilently = async (scopes: readonly string[]): Promise<string> => {
    const account = currentAccount(msal);
    try {
      // With no account yet, ssoSilent asks the host for the one it is signed in with.
      const result = account
        ? await msal.acquireTokenSilent({ scopes: [...scopes], account })
        : await msal.ssoSilent({ scopes: [...scopes] });
      rememberAccount(msal, result);
      return result.accessToken;
    } catch (error) {
      throw fromSilentFailure(error);
    }
  };
  // Start-up asks for the home's token twice at once (the session's first loads and the sign-in gate). MSAL's nested
  // client, unlike its standard one, does not share requests in flight: with no token cached, each would go to the
  // host. Asks made while the same one is on its way share its answer instead.
  const inFlight = new Map<string, Promise<string>>();
  return {
    getToken(scopes) {
      const key = [...scopes].sort().join(" ");
      let pending = inFlight.get(key);
      if (pending === undefined) {
        pending = acquireSilently(scopes).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
    async signInInteractively(scopes) {
      const account = currentAccount(msal);
      rememberAccount(
        msal,
        await msal.acquireTokenPopup({ scopes: [...scopes], ...(account && { account }) }),
      );
    },
    getAccount: () => signedInAccount(currentAccount(msal)),
  };
}
