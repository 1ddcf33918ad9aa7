import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { createTokenProvider, preloadTokenProvider } from "../auth/create-token-provider.ts";
import { createGraphClient } from "../graph/graph-client.ts";
import { type Host, HostInitializationError } from "../hosts/host.ts";
import { hostKindFromUrl, loadHost } from "../hosts/load-host.ts";
import { systemTheme } from "../hosts/system-theme.ts";
import { App } from "./App.tsx";
import { AppRoot, prepareAppRoot } from "./AppRoot.tsx";
import { type AppConfig, readAppConfig } from "./app-config.ts";
import { FeatureBoundary } from "./FeatureBoundary.tsx";
import { fluentThemeNameFor, loadFluentTheme } from "./fluent-theme.ts";
import { paneSurface } from "./pane-surface.ts";
import { StartupErrorView } from "./StartupErrorView.tsx";
import { startUserSession } from "./user-session.ts";

/** What {@link beginStartup} set going, for {@link bootstrap} to finish. */
export interface Startup {
  readonly config: AppConfig;
  /** The chosen host, starting; rejects with a `HostInitializationError` when Teams or Outlook does not answer. */
  readonly host: Promise<Host>;
}

/**
 * Starts the host this page runs in, and fetches what comes after it: the sign-in for this configuration, and the
 * theme the system asks for (the host's own, most of the time). Neither then waits for the host's round trip; a
 * wrong guess costs a small fetch, and a failed one is asked again, and reported, where it is needed.
 */
export function beginStartup(): Startup {
  const config = readAppConfig(import.meta.env, window.location.origin);
  const hostKind = hostKindFromUrl(new URL(window.location.href), config.mode === "demo");
  preloadTokenProvider(config, hostKind);
  loadFluentTheme(fluentThemeNameFor(hostKind, systemTheme())).catch(() => {});
  const host = loadHost(hostKind);
  // Handled by bootstrap, a task later; until then a rejection is not an unhandled one.
  host.catch(() => {});
  return { config, host };
}

/**
 * The composition root: pick the host, sign in, make the Graph client, render.
 * Order matters in Teams and Outlook: the host SDK must be initialized before MSAL's nested app authentication.
 */
export async function bootstrap(
  container: HTMLElement,
  { config, host: hostStarting }: Startup,
): Promise<void> {
  const root = createRoot(container, {
    // React's own report of an error a boundary caught quotes its message, which may quote what the user wrote;
    // each FeatureBoundary reports the failure by feature and kind instead.
    onCaughtError: () => {},
  });

  let host: Host;
  try {
    host = await hostStarting;
  } catch (error) {
    if (!(error instanceof HostInitializationError)) throw error;
    // Teams or Outlook did not answer: say so in the browser's theme and language.
    const fallback = await loadHost("browser");
    await prepareAppRoot(fallback);
    root.render(
      <AppRoot host={fallback}>
        <StartupErrorView reason={error.reason} />
      </AppRoot>,
    );
    return;
  }

  // The theme and the language are fetched while MSAL starts, so that neither delays the first screen.
  const [tokenProvider] = await Promise.all([createTokenProvider(config, host), prepareAppRoot(host)]);
  const graph = createGraphClient({ baseUrl: config.graphBaseUrl, tokenProvider });
  const surface = paneSurface(host, graph, new URL(window.location.href));
  const firstSession = startUserSession(graph, tokenProvider, surface);
  // As a transition, React renders the first screen in slices and lets the browser breathe between them, rather
  // than holding the main thread for the whole tree (a phone would freeze for a second).
  startTransition(() =>
    root.render(
      <AppRoot host={host}>
        {/* The last resort around the shell, sign-in and the surfaces: never a blank page. */}
        <FeatureBoundary feature="feature.app">
          <App
            host={host}
            tokenProvider={tokenProvider}
            graph={graph}
            surface={surface}
            firstSession={firstSession}
          />
        </FeatureBoundary>
      </AppRoot>,
    ),
  );
}
