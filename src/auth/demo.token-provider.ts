import type { DemoAccount } from "./demo-accounts.ts";
import type { TokenProvider } from "./token-provider.ts";

/**
 * Sign-in for the demo tenant: no prompt, the user picks who they are. The emulator accepts
 * `demo:<userPrincipalName>` as the bearer token.
 */
export interface DemoTokenProvider extends TokenProvider {
  readonly accounts: readonly DemoAccount[];
  getAccount(): DemoAccount;
  /** Becomes another demo user; the choice survives a reload of this tab. */
  switchUser(username: string): void;
  onAccountChange(listener: (account: DemoAccount) => void): () => void;
}

/** Only the chosen user's name is kept, in this tab's sessionStorage; the token is derived, never stored. */
const CHOSEN_USER_KEY = "momentum.demo.user";

/** Starts as the user chosen earlier in this tab, or else the first account. */
export function createDemoTokenProvider(
  accounts: readonly [DemoAccount, ...DemoAccount[]],
): DemoTokenProvider {
  const find = (username: string | null) => accounts.find((account) => account.username === username);
  let current = find(sessionStorage.getItem(CHOSEN_USER_KEY)) ?? accounts[0];
  const listeners = new Set<(account: DemoAccount) => void>();
  return {
    accounts,
    getToken: async () => `demo:${current.username}`,
    signInInteractively: async () => {},
    getAccount: () => current,
    switchUser(username) {
      const next = find(username);
      if (next === undefined) throw new Error(`${username} is not a demo user`);
      sessionStorage.setItem(CHOSEN_USER_KEY, next.username);
      if (next === current) return;
      current = next;
      for (const listener of [...listeners]) listener(current);
    },
    onAccountChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
