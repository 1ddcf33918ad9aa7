import { randomUUID } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { GraphEnv } from "./graph-env.ts";

/** The content type Graph labels its JSON with. */
const GRAPH_JSON_CONTENT_TYPE =
  "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

/**
 * Every Graph response names its request: `request-id` (ours) and `client-request-id` (the caller's, or ours
 * when the caller sent none), which is what a support ticket or a log line quotes.
 */
export const requestIdentity = createMiddleware<GraphEnv>(async (c, next) => {
  const requestId = randomUUID();
  c.set("requestId", requestId);
  c.set("clientRequestId", c.req.header("client-request-id") ?? requestId);
  await next();
  if (c.res.headers.get("content-type")?.startsWith("application/json")) {
    c.res.headers.set("content-type", GRAPH_JSON_CONTENT_TYPE);
  }
  c.res.headers.set("request-id", requestId);
  c.res.headers.set("client-request-id", c.get("clientRequestId"));
  c.res.headers.set(
    "x-ms-ags-diagnostic",
    JSON.stringify({ ServerInfo: { DataCenter: "Demo Tenant", Slice: "E", Ring: "0", ScaleUnit: "000" } }),
  );
});
