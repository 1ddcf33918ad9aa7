import type { Event } from "@microsoft/microsoft-graph-types";
import type { GraphClient } from "./graph-client.ts";
import { GraphScope } from "./graph-scopes.ts";
import { type CollectionRequest, listAllPages } from "./paging.graph.ts";

/**
 * The event fields that turning an event into a call reads (`eventToCall`), and no more: smaller pages, and no
 * bodies or locations (customer content the app does not need) on the wire.
 */
export const CALL_EVENT_FIELDS = [
  "id",
  "subject",
  "start",
  "end",
  "isAllDay",
  "isCancelled",
  "isOrganizer",
  "responseStatus",
  "organizer",
  "attendees",
  "isOnlineMeeting",
  "onlineMeeting",
] as const satisfies ReadonlyArray<keyof Event>;

export const DEFAULT_CALENDAR_PAGE_SIZE = 50;

export interface CalendarViewQuery {
  readonly start: Date;
  readonly end: Date;
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
}

/**
 * Every event (single instances, occurrences and exceptions of series) in the signed-in user's default calendar
 * that overlaps `start`–`end`, newest first, with every date-time in UTC (`Prefer: outlook.timezone="UTC"`).
 */
export function listCalendarView(client: GraphClient, query: CalendarViewQuery): Promise<Event[]> {
  return listAllPages<Event>(client, calendarViewRequest(query));
}

/** The calendar view's first page as a collection request, to be sent alone or as a step of a `$batch`. */
export function calendarViewRequest(query: CalendarViewQuery): CollectionRequest {
  return {
    path: "/me/calendarView",
    scopes: [GraphScope.CalendarsRead],
    query: {
      startDateTime: query.start.toISOString(),
      endDateTime: query.end.toISOString(),
      $select: CALL_EVENT_FIELDS.join(","),
      $orderby: "start/dateTime desc",
      $top: query.pageSize ?? DEFAULT_CALENDAR_PAGE_SIZE,
    },
    headers: { Prefer: 'outlook.timezone="UTC"' },
    ...(query.signal ? { signal: query.signal } : {}),
  };
}
