import type { TokenProvider } from "../auth/token-provider.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { FEATURE_SCOPES } from "../graph/graph-scopes.ts";
import { type AppStores, createAppStores } from "./app-stores.ts";
import type { PaneSurface } from "./pane-surface.ts";

/** The rep's home: their calendar, and their flags and notes in the app folder. */
export const HOME_SCOPES: readonly string[] = [...FEATURE_SCOPES.recentCalls, ...FEATURE_SCOPES.appFolder];

/** One signed-in user's stores. The demo can switch who is signed in, and each user gets a session of their own. */
export interface UserSession {
  readonly username: string | null;
  readonly stores: AppStores;
}

export function createUserSession(graph: GraphClient, username: string | null): UserSession {
  return { username, stores: createAppStores(graph, username) };
}

/**
 * Starts loading what the rep's home shows (their calls, their notes), unless it is on its way already. The notes
 * start a task later, so that the task that sends the calendar's request, which the first screen waits for, ends
 * sooner: opening this browser's outbox and asking for the file made it ~100 ms longer on a phone (paired Lighthouse
 * runs, with the host started a task sooner too: the first row 75-180 ms sooner, 4 of 4).
 */
export function loadHome({ calls, notes }: AppStores): void {
  if (calls.getState().status === "idle") void calls.getState().load();
  setTimeout(() => {
    if (notes.getState().status === "idle") void notes.getState().load();
  }, 0);
}

/**
 * The session of whoever is signed in at startup, made before React renders. On the home its loads start as soon
 * as silent sign-in answers, while the shell renders, rather than from `SignInGate` once the shell has committed:
 * on a phone that brings the calendar a second sooner. When only the user can finish signing in, this starts
 * nothing and `SignInGate` asks them, then loads the home itself.
 */
export function startUserSession(
  graph: GraphClient,
  tokenProvider: TokenProvider,
  surface: Promise<PaneSurface>,
): UserSession {
  const session = createUserSession(graph, tokenProvider.getAccount()?.username ?? null);
  void surface
    .then(async (shown) => {
      if (shown.kind !== "home") return;
      await tokenProvider.getToken(HOME_SCOPES);
      loadHome(session.stores);
    })
    // Whatever failed here fails again where it is shown: the surface in `App`, sign-in in `SignInGate`.
    .catch(() => {});
  return session;
}
