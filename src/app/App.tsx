import { useMemo, useSyncExternalStore } from "react";
import { isDemoTokenProvider } from "../auth/create-token-provider.ts";
import type { TokenProvider } from "../auth/token-provider.ts";
import { CallsStoreProvider, RecentCallsView } from "../features/calls/index.ts";
import { DemoToolbar } from "../features/demo/DemoToolbar.tsx";
import type { GraphClient } from "../graph/graph-client.ts";
import { FEATURE_SCOPES } from "../graph/graph-scopes.ts";
import type { Host } from "../hosts/host.ts";
import { isDemoHost } from "../hosts/load-host.ts";
import { AppShell } from "./AppShell.tsx";
import { createAppStores } from "./app-stores.ts";
import { FeatureBoundary } from "./FeatureBoundary.tsx";
import { SignInGate } from "./SignInGate.tsx";

export interface AppProps {
  readonly host: Host;
  readonly tokenProvider: TokenProvider;
  readonly graph: GraphClient;
}

const NO_ACCOUNT_CHANGES = () => () => {};

/** The signed-in app: the shell, the demo toolbar in the demo, and each feature behind its own error boundary. */
export function App({ host, tokenProvider, graph }: AppProps) {
  // The demo can switch who is signed in; each user gets fresh stores, so nothing of one shows as the other's.
  const username = useSyncExternalStore(
    isDemoTokenProvider(tokenProvider)
      ? (onChange) => tokenProvider.onAccountChange(onChange)
      : NO_ACCOUNT_CHANGES,
    () => tokenProvider.getAccount()?.username ?? null,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new session per signed-in user is the point.
  const stores = useMemo(() => createAppStores(graph), [graph, username]);

  const toolbar =
    isDemoHost(host) && isDemoTokenProvider(tokenProvider) ? (
      <DemoToolbar host={host} tokenProvider={tokenProvider} />
    ) : undefined;

  return (
    <AppShell toolbar={toolbar}>
      <SignInGate tokenProvider={tokenProvider} scopes={FEATURE_SCOPES.recentCalls}>
        <FeatureBoundary feature="feature.calls">
          <CallsStoreProvider store={stores.calls}>
            <RecentCallsView />
          </CallsStoreProvider>
        </FeatureBoundary>
      </SignInGate>
    </AppShell>
  );
}
