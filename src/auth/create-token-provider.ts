import type { AppConfig } from "../app/app-config.ts";
import type { Host, HostKind } from "../hosts/host.ts";
import type { DemoTokenProvider } from "./demo.token-provider.ts";
import type { TokenProvider } from "./token-provider.ts";

// Each sign-in is its own chunk, imported only when chosen, so the demo never downloads MSAL.
const loadDemoSignIn = () =>
  Promise.all([import("./demo.token-provider.ts"), import("./demo-accounts.ts")] as const);
const loadNestedSignIn = () => import("./msal-nested.token-provider.ts");
const loadRedirectSignIn = () => import("./msal-redirect.token-provider.ts");

/** The app registration MSAL signs in with; none for the demo tenant, whose user is signed in by the demo. */
const msalClientId = (config: AppConfig): string | null => (config.mode === "demo" ? null : config.clientId);

/**
 * The sign-in that fits this configuration and host: the demo user for the demo tenant; MSAL nested app
 * authentication where the host brokers tokens (Teams, Outlook); MSAL with redirects in a plain browser.
 * In Teams and Outlook, call it only after the host has started: NAA needs the host SDK initialized.
 */
export async function createTokenProvider(config: AppConfig, host: Host): Promise<TokenProvider> {
  const clientId = msalClientId(config);
  if (clientId === null) {
    const [{ createDemoTokenProvider }, { DEMO_ACCOUNTS }] = await loadDemoSignIn();
    return createDemoTokenProvider(DEMO_ACCOUNTS);
  }
  const settings = { clientId, authority: config.authority };
  if (host.supportsNestedAppAuth) {
    return (await loadNestedSignIn()).createNestedTokenProvider(settings);
  }
  return (await loadRedirectSignIn()).createRedirectTokenProvider(settings);
}

/**
 * Fetches the sign-in code this configuration and host kind will most likely need, while the host is still
 * starting, so that `createTokenProvider` does not wait a round trip for it. Nothing runs; a failed fetch is left
 * to `createTokenProvider`, which asks again and reports it.
 */
export function preloadTokenProvider(config: AppConfig, hostKind: HostKind): void {
  const load =
    msalClientId(config) === null
      ? loadDemoSignIn
      : hostKind === "teams" || hostKind === "outlook"
        ? loadNestedSignIn
        : loadRedirectSignIn;
  load().catch(() => {});
}

/** Whether the demo's user switcher can change who is signed in. */
export function isDemoTokenProvider(provider: TokenProvider): provider is DemoTokenProvider {
  return "switchUser" in provider;
}
