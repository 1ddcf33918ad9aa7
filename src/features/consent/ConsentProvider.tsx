import { createContext, type ReactNode, useContext, useMemo } from "react";
import { InteractionRequiredError, type TokenProvider } from "../../auth/token-provider.ts";

/**
 * Asks for the Graph scopes a feature needs before the feature starts: silently when the user already
 * consented, else with the interactive sign-in (call it from the user's click, or the popup is blocked).
 * Resolves `false` when the user did not grant them.
 */
export type EnsureScopes = (scopes: readonly string[]) => Promise<boolean>;

/** Without a provider (unit tests of a feature), every scope counts as granted. */
const ConsentContext = createContext<EnsureScopes>(async () => true);

export interface ConsentProviderProps {
  readonly tokenProvider: TokenProvider;
  readonly children: ReactNode;
}

/**
 * Incremental consent: the first screen asks only for its own scopes, and a feature that needs more (the
 * review planner: the manager, the calendar) asks when the rep first uses it, so nobody is asked for what they
 * never use.
 */
export function ConsentProvider({ tokenProvider, children }: ConsentProviderProps) {
  const ensureScopes = useMemo<EnsureScopes>(
    () => async (scopes) => {
      try {
        await tokenProvider.getToken(scopes);
        return true;
      } catch (error) {
        if (!(error instanceof InteractionRequiredError)) return false;
      }
      try {
        await tokenProvider.signInInteractively(scopes);
        return true;
      } catch {
        return false;
      }
    },
    [tokenProvider],
  );
  return <ConsentContext value={ensureScopes}>{children}</ConsentContext>;
}

export function useEnsureScopes(): EnsureScopes {
  return useContext(ConsentContext);
}
