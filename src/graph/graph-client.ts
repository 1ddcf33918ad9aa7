import { Client, type GraphRequest } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../auth/token-provider.ts";
import { GraphRequestError } from "./graph-error.ts";
import type { GraphScope } from "./graph-scopes.ts";
import { ErrorMiddleware } from "./middleware/error.middleware.ts";
import { FetchMiddleware } from "./middleware/fetch.middleware.ts";
import { RetryMiddleware } from "./middleware/retry.middleware.ts";
import { RequestScopes, TokenMiddleware } from "./middleware/token.middleware.ts";
import {
  abortableSleep,
  DEFAULT_MAX_DELAY_MS,
  DEFAULT_MAX_RETRIES,
  type RetryPolicy,
  type Sleep,
} from "./retry-policy.ts";

export const GRAPH_VERSION = "v1.0";

export interface GraphClientOptions {
  /** Graph's root without the version, e.g. `https://graph.microsoft.com` or `http://127.0.0.1:5173/graph`. */
  readonly baseUrl: string;
  readonly tokenProvider: TokenProvider;
  readonly retry?: { readonly maxRetries?: number; readonly maxDelayMs?: number };
  /** Waits between retries; tests pass one that records the waits instead of sitting them out. */
  readonly sleep?: Sleep;
  readonly fetch?: typeof fetch;
}

/**
 * The Graph client every Graph module uses. A request built here runs through the middleware chain
 * errors → retry → token → fetch, so it gets a token for exactly the scopes it names, rides out throttling and
 * outages, and rejects with a `GraphRequestError` only. Pass an `AbortSignal` with `.option("signal", signal)`.
 */
export interface GraphClient {
  /**
   * A request for `path`, relative to the version root (`/me/calendarView`), or an absolute URL under it such as
   * an `@odata.nextLink`. Query values in `path` must already be URL-encoded (the SDK sends them as given).
   */
  api(path: string, scopes: readonly GraphScope[]): GraphRequest;
  /** The retry policy of this client, for the retries the middleware cannot see (inside a `$batch`). */
  readonly retryPolicy: RetryPolicy;
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const versionRoot = `${baseUrl}/${GRAPH_VERSION}`;
  const retryPolicy: RetryPolicy = {
    maxRetries: options.retry?.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxDelayMs: options.retry?.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    sleep: options.sleep ?? abortableSleep,
  };
  const sdk = Client.initWithMiddleware({
    baseUrl,
    defaultVersion: GRAPH_VERSION,
    middleware: [
      new ErrorMiddleware(),
      new RetryMiddleware(retryPolicy),
      new TokenMiddleware(options.tokenProvider, versionRoot),
      new FetchMiddleware(options.fetch),
    ],
  });
  return {
    retryPolicy,
    api: (path, scopes) =>
      sdk.api(pathUnderRoot(path, versionRoot)).middlewareOptions([new RequestScopes(scopes)]),
  };
}

/**
 * The SDK takes an absolute URL apart only when it is `https://` and assumes the version follows the host, so
 * a next link from the demo tenant (`http://127.0.0.1:port/graph/v1.0/…`) would be mangled. Reducing every
 * absolute URL under our root to a relative path makes both kinds work; one outside the root is refused, as it
 * would otherwise receive the user's token.
 */
function pathUnderRoot(path: string, versionRoot: string): string {
  if (!/^https?:\/\//i.test(path)) return path;
  if (path.startsWith(`${versionRoot}/`)) return path.slice(versionRoot.length);
  throw new GraphRequestError("A link outside the Graph root was not followed", {
    kind: "other",
    status: null,
  });
}
