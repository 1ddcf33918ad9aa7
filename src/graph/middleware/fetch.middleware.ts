import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/**
 * The end of the chain: sends the request. The SDK's own `HTTPMessageHandler` does the same with the global
 * `fetch` only; this one takes an injected `fetch` (tests, a host with its own).
 */
export class FetchMiddleware implements Middleware {
  constructor(private readonly fetchImpl?: typeof fetch) {}

  async execute(context: Context): Promise<void> {
    // Resolved per request, not at construction: test servers (MSW) patch the global `fetch` after start-up.
    // Called as a plain function: a browser's `fetch` throws "Illegal invocation" when called on another object.
    const send = this.fetchImpl ?? globalThis.fetch;
    context.response = await send(context.request, context.options);
  }
}
