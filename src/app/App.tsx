import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { isDemoTokenProvider } from "../auth/create-token-provider.ts";
import type { TokenProvider } from "../auth/token-provider.ts";
import { CallsStoreProvider } from "../features/calls/index.ts";
import { ConsentProvider } from "../features/consent/ConsentProvider.tsx";
import { DemoToolbar } from "../features/demo/DemoToolbar.tsx";
import { NotesStoreProvider } from "../features/flag/index.ts";
import { RepHome } from "../features/flag/RepHome.tsx";
import { ReviewPlannerStoreProvider } from "../features/review/index.ts";
import { TranscriptStoreProvider } from "../features/transcript/index.ts";
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

/** The rep's first screen: their calendar, and their flags and notes in the app folder. */
const FIRST_SCREEN_SCOPES = [...FEATURE_SCOPES.recentCalls, ...FEATURE_SCOPES.appFolder];

/** The signed-in app: the shell, the demo toolbar in the demo, and each feature behind its own error boundary. */
export function App({ host, tokenProvider, graph }: AppProps) {
  // The demo can switch who is signed in; each user gets fresh stores, so nothing of one shows as the other's.
  const onAccountChange = useCallback(
    (onChange: () => void) =>
      isDemoTokenProvider(tokenProvider) ? tokenProvider.onAccountChange(onChange) : () => {},
    [tokenProvider],
  );
  const username = useSyncExternalStore(onAccountChange, () => tokenProvider.getAccount()?.username ?? null);
  // Teams writes the rep's display name in transcripts: that is how their own figures are found.
  const repName = useSyncExternalStore(onAccountChange, () => tokenProvider.getAccount()?.name ?? "");
  // A new session per signed-in user; the old one stops, so nothing of one user is saved as another's.
  const stores = useMemo(() => createAppStores(graph, username), [graph, username]);
  useEffect(() => () => stores.dispose(), [stores]);

  const toolbar =
    isDemoHost(host) && isDemoTokenProvider(tokenProvider) ? (
      <DemoToolbar host={host} tokenProvider={tokenProvider} />
    ) : undefined;

  return (
    <AppShell toolbar={toolbar}>
      <ConsentProvider tokenProvider={tokenProvider}>
        <SignInGate tokenProvider={tokenProvider} scopes={FIRST_SCREEN_SCOPES}>
          <FeatureBoundary feature="feature.calls">
            <CallsStoreProvider store={stores.calls}>
              <NotesStoreProvider store={stores.notes}>
                <TranscriptStoreProvider store={stores.transcripts}>
                  <ReviewPlannerStoreProvider store={stores.reviewPlanner}>
                    <RepHome repName={repName} />
                  </ReviewPlannerStoreProvider>
                </TranscriptStoreProvider>
              </NotesStoreProvider>
            </CallsStoreProvider>
          </FeatureBoundary>
        </SignInGate>
      </ConsentProvider>
    </AppShell>
  );
}
