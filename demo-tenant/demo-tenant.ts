import type { IncomingMessage, ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { DEMO_TIME_ZONE } from "./demo-users.ts";
import { FaultInjector } from "./faults/fault-injector.ts";
import { createGraphApp } from "./graph-app.ts";
import { GRAPH_PREFIX } from "./http/graph-env.ts";
import { RequestLog } from "./requests/request-log.ts";
import type { SeedVariant } from "./seed/tenant.seed.ts";
import { TenantStore } from "./store/tenant.store.ts";

export interface DemoTenantOptions {
  /** Where what users do is kept across restarts; `null` keeps it in memory (tests). */
  readonly stateFile: string | null;
  /** The tenant's clock: the seeded calendar is placed around `now()`. */
  readonly now?: () => Date;
  /** The mailboxes' time zone (IANA); working hours of the seed are in it. */
  readonly timeZone?: string;
  /** `{ customerMeetings: N }`: a calendar of exactly N customer meetings, for scale tests. */
  readonly seed?: SeedVariant;
}

/** A Microsoft Graph emulator for the demo, the integration tests and the browser tests. */
export interface DemoTenant {
  /** Node middleware (Connect style): serves paths under `/graph`, hands anything else to `next`. */
  readonly listener: (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
  /** The same emulator as a Web-standard handler, for in-process use. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Make the next matching requests fail (429, 503, 504, dropped connection). */
  readonly faults: FaultInjector;
  /** Every Graph request answered, batch steps included. */
  readonly requests: RequestLog;
  /** The seed and the persisted documents, for resource modules and tests. */
  readonly store: TenantStore;
  /** Back to the seed: forgets what users did (deletes the state file), clears faults and the request log. */
  reset(): Promise<void>;
}

export function createDemoTenant(options: DemoTenantOptions): DemoTenant {
  const store = new TenantStore({
    stateFile: options.stateFile,
    now: options.now ?? (() => new Date()),
    timeZone: options.timeZone ?? DEMO_TIME_ZONE,
    ...(options.seed ? { seed: options.seed } : {}),
  });
  const faults = new FaultInjector();
  const requests = new RequestLog();
  const reset = async () => {
    faults.clear();
    requests.clear();
    await store.reset();
  };
  const app = createGraphApp({ store, faults, requests }, reset);
  // Keep Node's own Request/Response: the listener runs inside Vite's process, which others share.
  const handle = getRequestListener((request, env) => app.fetch(request, env), {
    overrideGlobalObjects: false,
  });

  return {
    listener(req, res, next) {
      const path = (req.url ?? "/").split("?", 1)[0] ?? "/";
      if (path !== GRAPH_PREFIX && !path.startsWith(`${GRAPH_PREFIX}/`)) {
        if (next) next();
        else res.writeHead(404).end();
        return;
      }
      handle(req, res).catch((error: unknown) => {
        console.error("Demo tenant: failed to answer", error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    },
    fetch: async (request) => app.fetch(request, {}),
    faults,
    requests,
    store,
    reset,
  };
}
