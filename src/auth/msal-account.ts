import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from "@azure/msal-browser";
import type { SignedInAccount } from "./token-provider.ts";

/** The account MSAL signs requests for: the active one, or else the first it knows (after a reload, say). */
export function currentAccount(msal: IPublicClientApplication): AccountInfo | null {
  return msal.getActiveAccount() ?? msal.getAllAccounts()[0] ?? null;
}

/** Makes the account that just signed in the active one, so later silent requests use it. */
export function rememberAccount(msal: IPublicClientApplication, result: AuthenticationResult | null): void {
  if (result?.account) msal.setActiveAccount(result.account);
}

export function signedInAccount(account: AccountInfo | null): SignedInAccount | null {
  return account && { name: account.name || account.username, username: account.username };
}
