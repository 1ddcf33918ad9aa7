/**
 * The one way the rest of the app obtains a Graph access token, whatever signs the user in
 * (MSAL nested app authentication, MSAL with a redirect, or the demo tenant).
 * Implementations never log or persist the token themselves.
 */
export interface TokenProvider {
  /**
   * A token for these Graph scopes, silently if possible.
   * Rejects with {@link InteractionRequiredError} when only a user's click can continue (consent, MFA, popup).
   */
  getToken(scopes: readonly string[]): Promise<string>;
  /** Runs the interactive sign-in; call it only from a user's click (popups are blocked otherwise). */
  signInInteractively(scopes: readonly string[]): Promise<void>;
  /** The signed-in user's display name and UPN, once known. */
  getAccount(): SignedInAccount | null;
}

export interface SignedInAccount {
  readonly name: string;
  readonly username: string;
}

/** The silent path failed in a way only the user can resolve (sign in, consent, MFA). */
export class InteractionRequiredError extends Error {
  override readonly name = "InteractionRequiredError";
}
