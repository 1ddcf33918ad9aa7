import { Hono } from "hono";
import { compress } from "hono/compress";
import { faultInjection } from "./faults/fault.middleware.ts";
import { authentication } from "./http/authentication.ts";
import { GRAPH_PREFIX, type GraphEnv } from "./http/graph-env.ts";
import { GraphHttpError, graphErrorResponse } from "./http/graph-error.ts";
import { requestIdentity } from "./http/request-identity.ts";
import { requestLogging } from "./requests/request-log.middleware.ts";
import {
  APP_FOLDER_DOWNLOADS_PREFIX,
  appFolderDownloadRoutes,
  appFolderRoutes,
} from "./routes/app-folder.routes.ts";
import { batchRoutes } from "./routes/batch.routes.ts";
import { calendarRoutes } from "./routes/calendar.routes.ts";
import { demoRoutes } from "./routes/demo.routes.ts";
import { EVENT_UPLOADS_PREFIX, eventsRoutes, eventUploadRoutes } from "./routes/events.routes.ts";
import { mailRoutes } from "./routes/mail.routes.ts";
import { meetingTimesRoutes } from "./routes/meeting-times.routes.ts";
import { onlineMeetingsRoutes } from "./routes/online-meetings.routes.ts";
import { peopleRoutes } from "./routes/people.routes.ts";
import { usersRoutes } from "./routes/users.routes.ts";
import type { TenantServices } from "./tenant-services.ts";

/**
 * The emulator as one Web-standard app under `/graph`: `/graph/v1.0/…` speaks Graph (signed in, logged,
 * subject to injected faults), `/graph/demo/…` is the emulator's own control surface.
 * A new resource is a new `routes/<resource>.routes.ts` mounted here.
 */
export function createGraphApp(services: TenantServices, reset: () => Promise<void>): Hono<GraphEnv> {
  const now = () => services.store.now;
  const app = new Hono<GraphEnv>().basePath(GRAPH_PREFIX);
  // Graph gzips what it sends to a client that accepts it, and a calendar or a $batch of transcripts is tens of
  // kilobytes of JSON: on a phone's link that is most of the wait. The $batch route's own requests to this app
  // carry no Accept-Encoding, so only the outer response is compressed.
  app.use("*", compress());
  app.use("*", requestIdentity);

  const v1 = new Hono<GraphEnv>();
  v1.use("*", requestLogging(services.requests, now));
  v1.use("*", faultInjection(services.faults));
  v1.use("*", authentication(services.store));
  v1.route("/", usersRoutes(services));
  v1.route("/", calendarRoutes(services));
  v1.route("/", eventsRoutes(services));
  v1.route("/", meetingTimesRoutes(services));
  v1.route("/", peopleRoutes(services));
  v1.route("/", onlineMeetingsRoutes(services));
  v1.route("/", appFolderRoutes(services));
  v1.route("/", mailRoutes(services));
  v1.route(
    "/",
    batchRoutes((request, bindings) => Promise.resolve(app.fetch(request, bindings))),
  );

  app.route("/v1.0", v1);
  app.route("/demo", demoRoutes(services, reset));
  app.route(APP_FOLDER_DOWNLOADS_PREFIX, appFolderDownloadRoutes(services));
  app.route(EVENT_UPLOADS_PREFIX, eventUploadRoutes(services));

  app.notFound((c) => {
    const segment = c.req.path.split("/").filter(Boolean).at(-1) ?? "";
    return graphErrorResponse(
      c,
      new GraphHttpError(400, "BadRequest", `Resource not found for the segment '${segment}'.`),
      now(),
    );
  });
  app.onError((error, c) => {
    if (error instanceof GraphHttpError) return graphErrorResponse(c, error, now());
    console.error("Demo tenant: unexpected error", error);
    return graphErrorResponse(
      c,
      new GraphHttpError(500, "generalException", "An unexpected error occurred."),
      now(),
    );
  });
  return app;
}
