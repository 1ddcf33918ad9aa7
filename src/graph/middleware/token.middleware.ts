import type { Context, MiddlewareOptions } from "@microsoft/microsoft-graph-client";
import type { TokenProvider } from "../../auth/token-provider.ts";
import { ChainedMiddleware, requestUrlOf } from "./chained.middleware.ts";

/** The scopes one request needs. Every request names its own least scopes; there is no default to fall back on. */
export class RequestScopes implements MiddlewareOptions {
  constructor(readonly scopes: readonly string[]) {}
}

/**
 * Puts a bearer token for the request's {@link RequestScopes} on every request to our Graph root, and on nothing
 * else: a link that leads elsewhere (a pre-authenticated download URL) must never carry the user's token.
 * It sits inside the retry middleware, so a request that waited out a long `Retry-After` gets a fresh token.
 */
export class TokenMiddleware extends ChainedMiddleware {
  constructor(
    private readonly tokenProvider: TokenProvider,
    /** The version root, e.g. `https://graph.microsoft.com/v1.0`. */
    private readonly graphRoot: string,
  ) {
    super();
  }

  async execute(context: Context): Promise<void> {
    const url = requestUrlOf(context);
    if (url.startsWith(`${this.graphRoot}/`)) {
      const option = context.middlewareControl?.getMiddlewareOptions(RequestScopes);
      const scopes = option instanceof RequestScopes ? option.scopes : [];
      if (scopes.length === 0) throw new Error("A Graph request was sent without naming the scopes it needs");
      const token = await this.tokenProvider.getToken(scopes);
      const headers = new Headers(context.options?.headers);
      headers.set("Authorization", `Bearer ${token}`);
      context.options = { ...context.options, headers };
    }
    await this.passOn(context);
  }
}
