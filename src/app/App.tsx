import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, use, useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { isDemoTokenProvider } from "../auth/create-token-provider.ts";
import type { TokenProvider } from "../auth/token-provider.ts";
import { CallsStoreProvider } from "../features/calls/index.ts";
import { ConsentProvider } from "../features/consent/ConsentProvider.tsx";
import { DemoToolbar } from "../features/demo/DemoToolbar.tsx";
import { NotesStoreProvider } from "../features/flag/index.ts";
import { RepHome } from "../features/flag/RepHome.tsx";
import { ReviewPlannerStoreProvider } from "../features/review/index.ts";
import { ReviewFollowUpsStoreProvider } from "../features/review/ReviewFollowUpsStoreProvider.tsx";
import { TranscriptStoreProvider } from "../features/transcript/index.ts";
import { listEventsWithAttachments } from "../graph/calendar-attachments.graph.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { FEATURE_SCOPES } from "../graph/graph-scopes.ts";
import { demoReviewPaneUrl } from "../hosts/demo-mailbox-item.ts";
import type { Host } from "../hosts/host.ts";
import { isDemoHost } from "../hosts/load-host.ts";
import { useI18n } from "../i18n/index.ts";
import { AppShell } from "./AppShell.tsx";
import type { AppStores } from "./app-stores.ts";
import { DelayedSpinner } from "./DelayedSpinner.tsx";
import { FeatureBoundary } from "./FeatureBoundary.tsx";
import type { PaneSurface } from "./pane-surface.ts";
import { SignInGate } from "./SignInGate.tsx";
import { createUserSession, HOME_SCOPES, loadHome, type UserSession } from "./user-session.ts";

// Each Outlook pane is its own chunk: the rep's first screen does not carry their code.
const AttendeeSurface = lazy(() =>
  import("./AttendeeSurface.tsx").then((module) => ({ default: module.AttendeeSurface })),
);
const OrganizerSurface = lazy(() =>
  import("./OrganizerSurface.tsx").then((module) => ({ default: module.OrganizerSurface })),
);

export interface AppProps {
  readonly host: Host;
  readonly tokenProvider: TokenProvider;
  readonly graph: GraphClient;
  /** What this page shows (see `paneSurface`). */
  readonly surface: Promise<PaneSurface>;
  /** The session of whoever was signed in at startup, its loads already on their way (see `startUserSession`). */
  readonly firstSession: UserSession;
}

/** The manager's pane: the invite's packet (through Graph when Outlook cannot hand it over), notes, follow-up. */
const ATTENDEE_SCOPES = [...HOME_SCOPES, ...FEATURE_SCOPES.followUp];

/** How far ahead the demo looks for review invites in the manager's calendar. */
const DEMO_INVITE_DAYS = 30;

const useStyles = makeStyles({
  back: { display: "block", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
});

/**
 * The signed-in app: the shell, the demo toolbar in the demo, and the surface the host shows (the rep's home, the
 * manager's pane on an invite, or the organizer pane on a meeting being written), each behind its own boundary.
 */
export function App({ host, tokenProvider, graph, surface, firstSession }: AppProps) {
  const { t } = useI18n();
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
  const [session, setSession] = useState(firstSession);
  if (session.username !== username) setSession(createUserSession(graph, username));
  useEffect(() => () => session.stores.dispose(), [session]);

  const listInvites = useCallback(
    (signal: AbortSignal) => {
      const start = new Date();
      const end = new Date(start.getTime() + DEMO_INVITE_DAYS * 24 * 60 * 60 * 1000);
      return listEventsWithAttachments(graph, { start, end, signal });
    },
    [graph],
  );
  const toolbar =
    isDemoHost(host) && isDemoTokenProvider(tokenProvider) ? (
      <DemoToolbar
        host={host}
        tokenProvider={tokenProvider}
        reviewInvites={{
          listInvites,
          paneUrl: (eventId) => demoReviewPaneUrl(new URL(window.location.href), eventId).href,
        }}
      />
    ) : undefined;

  return (
    <AppShell toolbar={toolbar}>
      <ConsentProvider tokenProvider={tokenProvider}>
        <Suspense fallback={<DelayedSpinner label={t("common.loading")} />}>
          <Surface
            surface={surface}
            stores={session.stores}
            graph={graph}
            host={host}
            tokenProvider={tokenProvider}
            username={username}
            repName={repName}
          />
        </Suspense>
      </ConsentProvider>
    </AppShell>
  );
}

interface SurfaceProps {
  readonly surface: Promise<PaneSurface>;
  readonly stores: AppStores;
  readonly graph: GraphClient;
  readonly host: Host;
  readonly tokenProvider: TokenProvider;
  readonly username: string | null;
  readonly repName: string;
}

function Surface({ surface, stores, graph, host, tokenProvider, username, repName }: SurfaceProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const shown = use(surface);
  switch (shown.kind) {
    case "home":
      return (
        <SignInGate
          tokenProvider={tokenProvider}
          scopes={HOME_SCOPES}
          // The calls and the rep's notes are asked for while the home renders, not after it has.
          onSignedIn={() => loadHome(stores)}
        >
          <FeatureBoundary feature="feature.calls">
            <CallsStoreProvider store={stores.calls}>
              <NotesStoreProvider store={stores.notes}>
                <TranscriptStoreProvider store={stores.transcripts}>
                  <ReviewPlannerStoreProvider store={stores.reviewPlanner}>
                    <ReviewFollowUpsStoreProvider store={stores.reviewFollowUps}>
                      <RepHome repName={repName} />
                    </ReviewFollowUpsStoreProvider>
                  </ReviewPlannerStoreProvider>
                </TranscriptStoreProvider>
              </NotesStoreProvider>
            </CallsStoreProvider>
          </FeatureBoundary>
        </SignInGate>
      );
    case "attendee":
      return (
        <>
          {isDemoHost(host) ? (
            // The demo's stand-in pane is a page of its own: the way back to the app.
            <Link className={styles.back} href={homeUrl(new URL(window.location.href)).href}>
              {t("manager.demoBack")}
            </Link>
          ) : null}
          <SignInGate tokenProvider={tokenProvider} scopes={ATTENDEE_SCOPES}>
            <FeatureBoundary feature="feature.manager">
              <AttendeeSurface key={username} graph={graph} notes={stores.notes} openItem={shown.openItem} />
            </FeatureBoundary>
          </SignInGate>
        </>
      );
    case "organizer":
      return (
        <SignInGate tokenProvider={tokenProvider} scopes={HOME_SCOPES}>
          <FeatureBoundary feature="feature.compose">
            <OrganizerSurface graph={graph} stores={stores} item={shown.item} repName={repName} />
          </FeatureBoundary>
        </SignInGate>
      );
  }
}

/** This page without the demo's pane parameters. */
function homeUrl(url: URL): URL {
  const home = new URL(url);
  home.searchParams.delete("pane");
  home.searchParams.delete("eventId");
  return home;
}
