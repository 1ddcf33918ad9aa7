import { type Context, Hono } from "hono";
import { eventIdOf, type GraphEvent, meetingsInMailbox, toGraphEvent } from "../calendar/event.view.ts";
import { isKnownTimeZone } from "../calendar/graph-date-time.ts";
import { storedToGraphEvent } from "../calendar/stored-event.view.ts";
import type { GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import { applySelect, nextLinkFor, odataContext, parseCount, parseSelect } from "../http/odata.ts";
import type { DirectoryUser } from "../seed/people.seed.ts";
import { EventsStore } from "../store/events.store.ts";
import type { TenantServices } from "../tenant-services.ts";

/** Graph's page size for calendarView when the caller sends no `$top`. */
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

/** An event of a mailbox, seeded or created through the API, with what the view filters and sorts by. */
interface CalendarEntry {
  readonly id: string;
  /** Breaks ties in the order, so that paging is stable. */
  readonly key: string;
  readonly start: Date;
  readonly end: Date;
  readonly subject: string;
  readonly createdDateTime: Date;
  readonly lastModifiedDateTime: Date;
  readonly render: (timeZone: string) => GraphEvent;
}

type EntryOrder = (a: CalendarEntry, b: CalendarEntry) => number;

const ORDERABLE: Record<string, (entry: CalendarEntry) => number | string> = {
  "start/datetime": (e) => e.start.getTime(),
  "end/datetime": (e) => e.end.getTime(),
  subject: (e) => e.subject.toLowerCase(),
  createddatetime: (e) => e.createdDateTime.getTime(),
  lastmodifieddatetime: (e) => e.lastModifiedDateTime.getTime(),
};

/** The signed-in user's calendar: `calendarView` (occurrences expanded, paged) and single events. */
export function calendarRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();
  const created = new EventsStore(store.documents);

  /** The mailbox's seeded meetings and the events created in it (or delivered to it) through the API. */
  const entriesOf = (user: DirectoryUser): CalendarEntry[] => [
    ...meetingsInMailbox(store.seed.meetings, user).map(
      (meeting): CalendarEntry => ({
        id: eventIdOf(meeting.key, user),
        key: meeting.key,
        start: meeting.timing.start,
        end: meeting.timing.end,
        subject: meeting.subject,
        createdDateTime: meeting.createdDateTime,
        lastModifiedDateTime: meeting.lastModifiedDateTime,
        render: (timeZone) => toGraphEvent(meeting, user, timeZone),
      }),
    ),
    ...created.events(user.id).map(
      (event): CalendarEntry => ({
        id: event.id,
        key: event.id,
        start: new Date(event.start),
        end: new Date(event.end),
        subject: event.subject,
        createdDateTime: new Date(event.createdDateTime),
        lastModifiedDateTime: new Date(event.lastModifiedDateTime),
        render: (timeZone) => storedToGraphEvent(event, timeZone),
      }),
    ),
  ];

  const calendarView = (c: Context<GraphEnv>) => {
    const query = lowerCaseKeys(c.req.queries());
    const window = requiredWindow(query.startdatetime, query.enddatetime);
    const top = Math.min(Math.max(parseCount("$top", query.$top, DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
    const skip = parseCount("$skip", query.$skip, 0);
    const order = parseOrderBy(query.$orderby);
    const select = parseSelect(query.$select);
    const timeZone = preferredTimeZone(c.req.header("prefer"));
    const user = c.get("user");

    const inWindow = entriesOf(user)
      .filter((e) => e.start < window.end && e.end > window.start)
      .sort(order);
    const page = inWindow
      .slice(skip, skip + top)
      .map((entry) => applySelect(entry.render(timeZone), select, ["id", "@odata.etag"]));
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
    const entry = entriesOf(user).find((candidate) => candidate.id === id);
    if (!entry) {
      throw new GraphHttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    }
    const timeZone = preferredTimeZone(c.req.header("prefer"));
    const event = applySelect(entry.render(timeZone), parseSelect(c.req.query("$select")), [
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
function parseOrderBy(value: string | undefined): EntryOrder {
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
export function preferredTimeZone(prefer: string | undefined): string {
  const requested = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer ?? "")?.[1];
  return requested && isKnownTimeZone(requested) ? requested : "UTC";
}
