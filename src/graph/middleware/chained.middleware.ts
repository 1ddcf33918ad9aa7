import type { Context, Middleware } from "@microsoft/microsoft-graph-client";

/** A middleware that hands the request on to the next one in the chain (every one but the last, which sends it). */
export abstract class ChainedMiddleware implements Middleware {
  private next: Middleware | null = null;

  setNext(next: Middleware): void {
    this.next = next;
  }

  abstract execute(context: Context): Promise<void>;

  protected passOn(context: Context): Promise<void> {
    if (!this.next) throw new Error(`${this.constructor.name} cannot be the last middleware in the chain`);
    return this.next.execute(context);
  }
}

/** The URL a middleware context is about to request. */
export function requestUrlOf(context: Context): string {
  return typeof context.request === "string" ? context.request : context.request.url;
}

/** The HTTP method of a middleware context, upper case. */
export function requestMethodOf(context: Context): string {
  const method = typeof context.request === "string" ? context.options?.method : context.request.method;
  return (method ?? "GET").toUpperCase();
}
