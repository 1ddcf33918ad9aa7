import type { Context } from "hono";
import { GRAPH_VERSION_PREFIX, type GraphEnv } from "./graph-env.ts";

/** The path after `/graph/v1.0`, as Graph's docs and batch steps write it: `/me/calendarView`. */
export function graphPath(c: Context<GraphEnv>): string {
  return c.req.path.slice(GRAPH_VERSION_PREFIX.length) || "/";
}
