import type { AppConfig } from "../app/app-config.ts";
import type { Host } from "../hosts/host.ts";
import type { DemoTokenProvider } from "./demo.token-provider.ts";
import type { TokenProvider } from "./token-provider.ts";

/**
 * The sign-in that fits this configuration and host: the demo user for the demo tenant; MSAL nested app
 * authentication where the host brokers tokens (Teams, Outlook); MSAL with redirects in a plain browser.
 * Each is imported only when chosen, so the demo never downloads MSAL.
 * In Teams and Outlook, call it only after the host has started: NAA needs the host SDK initialized.
 */
export async function createTokenProvider(config: AppConfig, host: Host): Promise<TokenProvider> {
  if (config.mode === "demo" || config.clientId === null) {
    const [{ createDemoTokenProvider }, { DEMO_ACCOUNTS }] = await Promise.all([
      import("./demo.token-provider.ts"),
      import("./demo-accounts.ts"),
    ]);
    return createDemoTokenProvider(DEMO_ACCOUNTS);
  }
  const settings = { clientId: config.clientId, authority: config.authority };
  if (host.supportsNestedAppAuth) {
    return (await import("./msal-nested.token-provider.ts")).createNestedTokenProvider(settings);
  }
  return (await import("./msal-redirect.token-provider.ts")).createRedirectTokenProvider(settings);
}

/** Whether the demo's user switcher can change who is signed in. */
export function isDemoTokenProvider(provider: TokenProvider): provider is DemoTokenProvider {
  return "switchUser" in provider;
}
