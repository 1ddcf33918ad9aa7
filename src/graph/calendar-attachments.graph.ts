import type { Event } from "@microsoft/microsoft-graph-types";
import type { GraphClient } from "./graph-client.ts";
import { GraphScope } from "./graph-scopes.ts";
import { listAllPages } from "./paging.graph.ts";

/** An event of the signed-in user's calendar that carries files. */
export interface EventWithAttachments {
  readonly id: string;
  readonly subject: string;
  readonly start: Date;
}

export interface EventsWithAttachmentsQuery {
  readonly start: Date;
  readonly end: Date;
  readonly signal?: AbortSignal;
}

/**
 * The events between `start` and `end` that have attachments (`hasAttachments`), soonest first: where a review
 * invite with its packet can be. `calendarView` cannot filter on `hasAttachments`, so the page is filtered here.
 */
export async function listEventsWithAttachments(
  client: GraphClient,
  query: EventsWithAttachmentsQuery,
): Promise<EventWithAttachments[]> {
  const events = await listAllPages<Event>(client, {
    path: "/me/calendarView",
    scopes: [GraphScope.CalendarsRead],
    query: {
      startDateTime: query.start.toISOString(),
      endDateTime: query.end.toISOString(),
      $select: "id,subject,start,hasAttachments",
      $orderby: "start/dateTime",
      $top: 50,
    },
    headers: { Prefer: 'outlook.timezone="UTC"' },
    signal: query.signal,
  });
  return events.flatMap((event) =>
    event.hasAttachments && event.id && event.start?.dateTime
      ? [
          {
            id: event.id,
            subject: event.subject ?? "",
            start: new Date(`${event.start.dateTime.replace(/Z$/, "")}Z`),
          },
        ]
      : [],
  );
}
