/**
 * The app's configuration, read once from the build environment (Vite `VITE_*` variables, see `.env.example`).
 * With no client ID the app runs against the demo tenant: the Graph emulator served on the same origin.
 */
export interface AppConfig {
  /** Entra application (client) ID; `null` selects the demo tenant. */
  readonly clientId: string | null;
  /** Entra authority, e.g. `https://login.microsoftonline.com/organizations`. */
  readonly authority: string;
  /** Graph root without the version segment, e.g. `https://graph.microsoft.com` or `<origin>/graph`. */
  readonly graphBaseUrl: string;
  readonly mode: "demo" | "tenant";
}

export interface AppEnvironment {
  readonly VITE_CLIENT_ID?: string;
  readonly VITE_AUTHORITY?: string;
  readonly VITE_GRAPH_BASE_URL?: string;
}

const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/organizations";
const GRAPH_BASE_URL = "https://graph.microsoft.com";
/** Where the demo tenant's Graph emulator answers, relative to the app's origin. */
export const DEMO_GRAPH_PATH = "/graph";

export function readAppConfig(env: AppEnvironment, origin: string): AppConfig {
  const clientId = env.VITE_CLIENT_ID?.trim() || null;
  if (clientId === null) {
    return {
      clientId: null,
      authority: DEFAULT_AUTHORITY,
      graphBaseUrl: `${origin}${DEMO_GRAPH_PATH}`,
      mode: "demo",
    };
  }
  return {
    clientId,
    authority: env.VITE_AUTHORITY?.trim() || DEFAULT_AUTHORITY,
    graphBaseUrl: (env.VITE_GRAPH_BASE_URL?.trim() || GRAPH_BASE_URL).replace(/\/+$/, ""),
    mode: "tenant",
  };
}
