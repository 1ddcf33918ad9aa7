import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { graphTimestamp } from "../calendar/graph-date-time.ts";
import type { GraphEnv } from "./graph-env.ts";

/** A failure a route reports the way Graph does; the app turns it into Graph's error body. */
export class GraphHttpError extends Error {
  override readonly name = "GraphHttpError";

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly options: {
      readonly innerCode?: string;
      readonly headers?: Readonly<Record<string, string>>;
    } = {},
  ) {
    super(message);
  }
}

/**
 * `{ "error": { "code", "message", "innerError": { "date", "request-id", "client-request-id" } } }`,
 * with the request IDs of this request, as Graph answers.
 */
export function graphErrorResponse(c: Context<GraphEnv>, error: GraphHttpError, now: Date): Response {
  const innerError = {
    ...(error.options.innerCode ? { code: error.options.innerCode } : {}),
    date: graphTimestamp(now).slice(0, 19),
    "request-id": c.get("requestId"),
    "client-request-id": c.get("clientRequestId"),
  };
  return c.json({ error: { code: error.code, message: error.message, innerError } }, error.status, {
    ...error.options.headers,
  });
}
