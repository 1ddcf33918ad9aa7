import { createMiddleware } from "hono/factory";
import type { GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import { graphPath } from "../http/graph-path.ts";
import type { FaultInjector, InjectedFault } from "./fault-injector.ts";

/** Fails a request that runs into an injected fault, with the status, body and headers Graph would send. */
export function faultInjection(faults: FaultInjector) {
  return createMiddleware<GraphEnv>(async (c, next) => {
    const socket = c.env.batch ? undefined : c.env.incoming?.socket;
    const fault = faults.take({ method: c.req.method, path: graphPath(c), canDrop: socket !== undefined });
    if (!fault) {
      await next();
      return;
    }
    if (fault.kind === "drop") {
      // The caller sees the connection reset, as on a flaky network; nothing is written back.
      c.set("dropped", true);
      socket?.destroy();
      return c.body(null, 500);
    }
    if (fault.kind === "dropAfter") {
      // The request is carried out in full; only its answer is lost, so the caller cannot know it succeeded.
      await next();
      c.set("dropped", true);
      socket?.destroy();
      return;
    }
    throw faultError(fault);
  });
}

function faultError(fault: InjectedFault): GraphHttpError {
  const retryAfter: Record<string, string> =
    fault.retryAfterSeconds === null ? {} : { "Retry-After": String(fault.retryAfterSeconds) };
  switch (fault.kind) {
    case "throttle":
      return new GraphHttpError(429, "TooManyRequests", "Too many requests. Please try again later.", {
        headers: retryAfter,
      });
    case "unavailable":
      return new GraphHttpError(503, "ServiceUnavailable", "The service is temporarily unavailable.", {
        headers: retryAfter,
      });
    case "forbidden":
      // Microsoft Entra's code and words for a delegated call the user or app lacks the permission for.
      return new GraphHttpError(
        403,
        "Authorization_RequestDenied",
        "Insufficient privileges to complete the operation.",
      );
    default:
      return new GraphHttpError(504, "GatewayTimeout", "The gateway did not receive a timely response.");
  }
}
