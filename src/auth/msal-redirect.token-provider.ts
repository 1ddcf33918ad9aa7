import { CacheLookupPolicy, createStandardPublicClientApplication } from "@azure/msal-browser";
import { currentAccount, rememberAccount, signedInAccount } from "./msal-account.ts";
import { type MsalSettings, msalConfiguration } from "./msal-config.ts";
import { fromSilentFailure } from "./msal-errors.ts";
import { InteractionRequiredError, type TokenProvider } from "./token-provider.ts";

/**
 * Sign-in in a plain browser: the standard MSAL client with full-page redirects, back to this page's origin.
 * Create it early on page load: it first completes a sign-in that redirected back here.
 *
 * Silent requests use cached tokens and the refresh token only. MSAL's other silent path, a hidden iframe,
 * needs an MSAL v5 redirect-bridge page and third-party cookies, which browsers increasingly block; when the
 * refresh token expires the user signs in again with one click.
 */
export async function createRedirectTokenProvider(
  settings: MsalSettings,
  origin: string = window.location.origin,
): Promise<TokenProvider> {
  const msal = await createStandardPublicClientApplication(msalConfiguration(settings, origin));
  // A redirect that came back with an error (the user cancelled, consent was refused) leaves no one signed in;
  // the sign-in prompt shows again and the error travels along as its cause.
  let redirectFailure: unknown = null;
  try {
    rememberAccount(msal, await msal.handleRedirectPromise());
  } catch (error) {
    redirectFailure = error;
  }
  return {
    async getToken(scopes) {
      const account = currentAccount(msal);
      if (account === null) {
        throw new InteractionRequiredError(
          "No one is signed in",
          redirectFailure ? { cause: redirectFailure } : {},
        );
      }
      try {
        const result = await msal.acquireTokenSilent({
          scopes: [...scopes],
          account,
          cacheLookupPolicy: CacheLookupPolicy.AccessTokenAndRefreshToken,
        });
        return result.accessToken;
      } catch (error) {
        throw fromSilentFailure(error);
      }
    },
    async signInInteractively(scopes) {
      const account = currentAccount(msal);
      if (account) await msal.acquireTokenRedirect({ scopes: [...scopes], account });
      else await msal.loginRedirect({ scopes: [...scopes] });
    },
    getAccount: () => signedInAccount(currentAccount(msal)),
  };
}
