import { type Context, Hono } from "hono";
import { eventIdOf, meetingsInMailbox, toGraphEvent } from "../calendar/event.view.ts";
import { isKnownTimeZone } from "../calendar/graph-date-time.ts";
import type { GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import { applySelect, nextLinkFor, odataContext, parseCount, parseSelect } from "../http/odata.ts";
import type { SeedMeeting } from "../seed/seed.model.ts";
import type { TenantServices } from "../tenant-services.ts";

/** Graph's page size for calendarView when the caller sends no `$top`. */
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

type MeetingOrder = (a: SeedMeeting, b: SeedMeeting) => number;

const ORDERABLE: Record<string, (meeting: SeedMeeting) => number | string> = {
  "start/datetime": (m) => m.timing.start.getTime(),
  "end/datetime": (m) => m.timing.end.getTime(),
  subject: (m) => m.subject.toLowerCase(),
  createddatetime: (m) => m.createdDateTime.getTime(),
  lastmodifieddatetime: (m) => m.lastModifiedDateTime.getTime(),
};

/** The signed-in user's calendar: `calendarView` (occurrences expanded, paged) and single events. */
export function calendarRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();

  const calendarView = (c: Context<GraphEnv>) => {
    const query = lowerCaseKeys(c.req.queries());
    const window = requiredWindow(query.startdatetime, query.enddatetime);
    const top = Math.min(Math.max(parseCount("$top", query.$top, DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
    const skip = parseCount("$skip", query.$skip, 0);
    const order = parseOrderBy(query.$orderby);
    const select = parseSelect(query.$select);
    const timeZone = preferredTimeZone(c.req.header("prefer"));
    const user = c.get("user");

    const inWindow = meetingsInMailbox(store.seed.meetings, user)
      .filter((m) => m.timing.start < window.end && m.timing.end > window.start)
      .sort(order);
    const page = inWindow
      .slice(skip, skip + top)
      .map((meeting) => applySelect(toGraphEvent(meeting, user, timeZone), select, ["id", "@odata.etag"]));
    const hasMore = skip + top < inWindow.length;
    return c.json(
      {
        "@odata.context": odataContext(c.req.url, `users('${user.id}')/calendarView`),
        value: page,
        ...(hasMore ? { "@odata.nextLink": nextLinkFor(c.req.url, skip + top) } : {}),
      },
      200,
      { "Preference-Applied": `outlook.timezone="${timeZone}"` },
    );
  };

  routes.get("/me/calendarView", calendarView);
  routes.get("/me/calendar/calendarView", calendarView);

  routes.get("/me/events/:id", (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const meeting = meetingsInMailbox(store.seed.meetings, user).find((m) => eventIdOf(m.key, user) === id);
    if (!meeting) {
      throw new GraphHttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    }
    const timeZone = preferredTimeZone(c.req.header("prefer"));
    const event = applySelect(toGraphEvent(meeting, user, timeZone), parseSelect(c.req.query("$select")), [
      "id",
      "@odata.etag",
    ]);
    return c.json(
      { "@odata.context": odataContext(c.req.url, `users('${user.id}')/events/$entity`), ...event },
      200,
      {
        "Preference-Applied": `outlook.timezone="${timeZone}"`,
      },
    );
  });

  return routes;
}

/** Graph reads these two parameters case-insensitively; everything else we look up by its lower-case name. */
function lowerCaseKeys(queries: Record<string, string[]>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(queries).map(([key, values]) => [key.toLowerCase(), values[0]]));
}

function requiredWindow(start: string | undefined, end: string | undefined): { start: Date; end: Date } {
  if (start === undefined || end === undefined) {
    throw new GraphHttpError(
      400,
      "ErrorInvalidParameter",
      "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
    );
  }
  return { start: windowBound("StartDateTime", start), end: windowBound("EndDateTime", end) };
}

/** Graph reads a bound without an offset as UTC. */
function windowBound(name: string, value: string): Date {
  const hasOffset = /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(value);
  const parsed = new Date(hasOffset ? value : `${value}Z`);
  if (!/^\d{4}-\d\d-\d\d/.test(value) || Number.isNaN(parsed.getTime())) {
    throw new GraphHttpError(
      400,
      "ErrorInvalidParameter",
      `The value '${value}' of parameter '${name}' is invalid.`,
    );
  }
  return parsed;
}

/** `$orderby=start/dateTime desc,subject`; by default the view is in start order. */
function parseOrderBy(value: string | undefined): MeetingOrder {
  const clauses = (value ?? "start/dateTime")
    .split(",")
    .map((clause) => clause.trim())
    .filter(Boolean)
    .map((clause) => {
      const [property = "", direction = "asc"] = clause.split(/\s+/);
      const key = ORDERABLE[property.toLowerCase()];
      if (!key || !/^(asc|desc)$/i.test(direction)) {
        throw new GraphHttpError(
          400,
          "BadRequest",
          `Could not find a property named '${property}' on type 'microsoft.graph.event'.`,
        );
      }
      return { key, sign: direction.toLowerCase() === "desc" ? -1 : 1 };
    });
  return (a, b) => {
    for (const { key, sign } of clauses) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -sign : sign;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}

/** `Prefer: outlook.timezone="Europe/Amsterdam"`; Graph answers in UTC without it or for a zone it does not know. */
function preferredTimeZone(prefer: string | undefined): string {
  const requested = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer ?? "")?.[1];
  return requested && isKnownTimeZone(requested) ? requested : "UTC";
}
