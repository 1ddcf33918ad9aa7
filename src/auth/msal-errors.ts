import { AuthError, ClientAuthErrorCodes, InteractionRequiredAuthError } from "@azure/msal-browser";
import { InteractionRequiredError } from "./token-provider.ts";

/**
 * MSAL's silent failures that only the user can resolve (sign in, consent, MFA, a host with no signed-in
 * account) become our {@link InteractionRequiredError}; anything else (offline, a server error) stays as it is,
 * for the caller to retry or report.
 */
export function fromSilentFailure(error: unknown): unknown {
  const needsUser =
    error instanceof InteractionRequiredAuthError ||
    (error instanceof AuthError && error.errorCode === ClientAuthErrorCodes.noAccountFound);
  return needsUser ? new InteractionRequiredError("Sign-in needs the user", { cause: error }) : error;
}
