import type { Event } from "@microsoft/microsoft-graph-types";
import { subDays } from "date-fns";
import { z } from "zod";
import type { Call, TranscriptAvailability } from "../domain/calls/call.ts";
import { eventToCall, type RepIdentity } from "../domain/calls/event-to-call.ts";
import { type BatchResult, sendBatch } from "../graph/batch.graph.ts";
import { type CalendarViewQuery, calendarViewRequest, listCalendarView } from "../graph/calendar.graph.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { GraphRequestError } from "../graph/graph-error.ts";
import { GraphScope } from "../graph/graph-scopes.ts";
import { primaryEmailOf, SIGNED_IN_USER_PATH, signedInUserFrom } from "../graph/me.graph.ts";
import { getTranscriptAvailability } from "../graph/online-meetings.graph.ts";
import { collectionUrl, listAllPages } from "../graph/paging.graph.ts";
import { type CallsRepository, RECENT_DAYS } from "./calls.repository.ts";

/**
 * Events per calendar page. Outlook serves up to 1000; 500 keeps a page well inside Graph's gateway time while
 * covering 35 events a day for all 14 days, which no rep reaches: the list is one round trip. A page carries only
 * the events there are, so a bigger page costs nothing for a quieter calendar.
 */
export const CALENDAR_PAGE_SIZE = 500;

const calendarPageSchema = z.object({
  value: z.array(z.unknown()),
  "@odata.nextLink": z.string().optional(),
});

/**
 * The rep's calls from Microsoft Graph: the meetings of the last {@link RECENT_DAYS} days in their calendar,
 * classified against their own email address, and whether each one's transcript can be read.
 */
export class GraphCallsRepository implements CallsRepository {
  /** A repository serves one signed-in user, so who the rep is is asked once. */
  private rep: RepIdentity | null = null;
  /** Online meeting IDs by join URL: they never change, so each is looked up once per session. */
  private readonly meetingIds = new Map<string, string>();

  constructor(
    private readonly client: GraphClient,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async listRecentCalls(signal?: AbortSignal): Promise<Call[]> {
    const end = this.now();
    const query: CalendarViewQuery = {
      start: subDays(end, RECENT_DAYS),
      end,
      pageSize: CALENDAR_PAGE_SIZE,
      ...(signal ? { signal } : {}),
    };
    const { rep, events } = this.rep
      ? { rep: this.rep, events: await listCalendarView(this.client, query) }
      : await this.firstLoad(query);
    this.rep = rep;
    return events
      .map((event) => eventToCall(event, rep))
      .filter((call): call is Call => call !== null)
      .sort((a, b) => b.start.getTime() - a.start.getTime());
  }

  /**
   * Graph is asked only about Teams meetings the rep organized, since only an organizer may read a meeting's
   * transcripts. A Teams meeting someone else organized is `unavailable` without asking (Graph would answer 403);
   * a call that was not a Teams meeting has no transcript at all: `none`.
   */
  async getTranscriptAvailability(
    calls: readonly Call[],
    signal?: AbortSignal,
  ): Promise<ReadonlyMap<string, TranscriptAvailability>> {
    const organizedJoinUrls = calls.flatMap((call) =>
      call.joinUrl && call.isOrganizer ? [call.joinUrl] : [],
    );
    const byJoinUrl =
      organizedJoinUrls.length > 0
        ? await getTranscriptAvailability(this.client, organizedJoinUrls, {
            signal,
            meetingIds: this.meetingIds,
          })
        : new Map<string, TranscriptAvailability>();
    return new Map(calls.map((call) => [call.id, availabilityOf(call, byJoinUrl)]));
  }

  /**
   * Who the rep is and the calendar's first page in one `$batch`: the list needs both before it can show a row,
   * and one round trip costs less than two. Further pages, if any, follow the page's next link.
   */
  private async firstLoad(query: CalendarViewQuery): Promise<{ rep: RepIdentity; events: Event[] }> {
    const calendar = calendarViewRequest(query);
    const results = await sendBatch(
      this.client,
      [
        { id: "me", method: "GET", url: SIGNED_IN_USER_PATH },
        { id: "calendar", method: "GET", url: collectionUrl(calendar), headers: calendar.headers ?? {} },
      ],
      {
        scopes: [GraphScope.UserRead, ...calendar.scopes],
        ...(query.signal ? { signal: query.signal } : {}),
      },
    );
    const me = signedInUserFrom(bodyOf(results.get("me")));
    const page = calendarPageSchema.safeParse(bodyOf(results.get("calendar")));
    if (!page.success) throw unreadableCalendar();
    const nextLink = page.data["@odata.nextLink"];
    const rest = nextLink
      ? await listAllPages<Event>(this.client, { ...calendar, path: nextLink, query: {} })
      : [];
    return {
      rep: { email: primaryEmailOf(me) ?? me.userPrincipalName },
      events: [...(page.data.value as Event[]), ...rest],
    };
  }
}

/** A step's body; a failed step fails the load with Graph's own error, as the request alone would have. */
function bodyOf(result: BatchResult | undefined): unknown {
  if (!result) throw unreadableCalendar();
  if (!result.ok) throw result.error;
  return result.body;
}

function unreadableCalendar(): GraphRequestError {
  return new GraphRequestError("Microsoft Graph sent an unreadable calendar", { kind: "other", status: 200 });
}

function availabilityOf(
  call: Call,
  byJoinUrl: ReadonlyMap<string, TranscriptAvailability>,
): TranscriptAvailability {
  if (!call.joinUrl) return "none";
  if (!call.isOrganizer) return "unavailable";
  return byJoinUrl.get(call.joinUrl) ?? "unknown";
}
