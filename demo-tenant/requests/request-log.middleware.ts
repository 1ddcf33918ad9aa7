import { createMiddleware } from "hono/factory";
import type { GraphEnv } from "../http/graph-env.ts";
import { graphPath } from "../http/graph-path.ts";
import type { RequestLog } from "./request-log.ts";

/** Records every Graph request, batch steps included, after it has been answered (or dropped). */
export function requestLogging(log: RequestLog, now: () => Date) {
  return createMiddleware<GraphEnv>(async (c, next) => {
    const at = now().toISOString();
    await next();
    const query = new URL(c.req.url).search.replace(/^\?/, "");
    const batchId = c.env.batch?.id;
    log.record({
      requestId: c.get("requestId"),
      method: c.req.method,
      path: graphPath(c),
      query,
      status: c.get("dropped") ? null : c.res.status,
      at,
      ...(batchId ? { batchId } : {}),
    });
  });
}
