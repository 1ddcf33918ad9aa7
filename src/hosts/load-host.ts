import type { DemoHost } from "./demo.host.ts";
import type { Host, HostKind } from "./host.ts";

/**
 * Which host this page runs in: the manifest gives Teams and Outlook their own URL (`?host=teams`,
 * `?host=outlook`); anything else is a plain browser, or the demo when the app runs against the demo tenant.
 */
export function hostKindFromUrl(url: URL, isDemo: boolean): HostKind {
  const host = url.searchParams.get("host");
  if (host === "teams" || host === "outlook") return host;
  return isDemo ? "demo" : "browser";
}

/**
 * Starts the host of this kind. Each host module is imported only when chosen, so teams-js travels only with
 * the Teams host and Office.js is only ever requested in Outlook.
 * Rejects with a `HostInitializationError` when Teams or Outlook does not answer.
 */
export async function loadHost(kind: "demo"): Promise<DemoHost>;
export async function loadHost(kind: HostKind): Promise<Host>;
export async function loadHost(kind: HostKind): Promise<Host> {
  switch (kind) {
    case "teams":
      return (await import("./teams.host.ts")).createTeamsHost();
    case "outlook":
      return (await import("./outlook.host.ts")).createOutlookHost();
    case "browser":
      return (await import("./browser.host.ts")).createBrowserHost();
    case "demo":
      return (await import("./demo.host.ts")).createDemoHost();
  }
}

/** Whether the demo toolbar can switch this host's theme and language. */
export function isDemoHost(host: Host): host is DemoHost {
  return host.kind === "demo";
}
