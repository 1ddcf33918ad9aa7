import type { Event } from "@microsoft/microsoft-graph-types";
import * as z from "zod/mini";
import type { Call, TranscriptAvailability } from "../domain/calls/call.ts";
import { eventToCall, type RepIdentity } from "../domain/calls/event-to-call.ts";
import { type BatchResult, sendBatch } from "../graph/batch.graph.ts";
import { type CalendarViewQuery, calendarViewRequest, listCalendarView } from "../graph/calendar.graph.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { GraphRequestError } from "../graph/graph-error.ts";
import { GraphScope } from "../graph/graph-scopes.ts";
import { getMe, primaryEmailOf, SIGNED_IN_USER_PATH, signedInUserFrom } from "../graph/me.graph.ts";
import { getTranscriptAvailability } from "../graph/online-meetings.graph.ts";
import { collectionUrl, listAllPages } from "../graph/paging.graph.ts";
import { type CallsRepository, RECENT_DAYS } from "./calls.repository.ts";
import type { OnlineMeetingIdCache } from "./online-meeting-ids.cache.ts";

/**
 * Events per calendar page. Outlook serves up to 1000; 500 keeps a page well inside Graph's gateway time while
 * covering 35 events a day for all 14 days, which no rep reaches: the list is one round trip. A page carries only
 * the events there are, so a bigger page costs nothing for a quieter calendar.
 */
export const CALENDAR_PAGE_SIZE = 500;

/** The rep's address for classifying calls, and their UPN, which names their meeting-ID cache. */
type SignedInRep = RepIdentity & { readonly userPrincipalName: string };

const calendarPageSchema = z.object({
  value: z.array(z.unknown()),
  "@odata.nextLink": z.optional(z.string()),
});

export interface GraphCallsRepositoryOptions {
  /**
   * Opens this browser's cache of online meeting IDs for the signed-in user (their UPN, as Graph says it), so that
   * a new session looks up by join URL only the meetings it has never seen. Without it, IDs are kept for the
   * session only.
   */
  readonly openMeetingIdCache?: (userKey: string) => Promise<OnlineMeetingIdCache>;
}

/**
 * The rep's calls from Microsoft Graph: the meetings of the last {@link RECENT_DAYS} days in their calendar,
 * classified against their own email address, and whether each one's transcript can be read.
 */
export class GraphCallsRepository implements CallsRepository {
  /** A repository serves one signed-in user, so who the rep is is asked once. */
  private rep: SignedInRep | null = null;
  /** Online meeting IDs by join URL: they never change, so each is looked up once per session at most. */
  private readonly meetingIds = new Map<string, string>();
  private meetingIdCache: Promise<OnlineMeetingIdCache | null> | null = null;

  constructor(
    private readonly client: GraphClient,
    private readonly now: () => Date = () => new Date(),
    private readonly options: GraphCallsRepositoryOptions = {},
  ) {}

  async listRecentCalls(signal?: AbortSignal): Promise<Call[]> {
    const end = this.now();
    const query: CalendarViewQuery = {
      start: daysBefore(end, RECENT_DAYS),
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
        ? await this.availabilityByJoinUrl(organizedJoinUrls, signal)
        : new Map<string, TranscriptAvailability>();
    return new Map(calls.map((call) => [call.id, availabilityOf(call, byJoinUrl)]));
  }

  /** Meeting IDs this session does not know yet come from the browser's cache first, and new ones go back to it. */
  private async availabilityByJoinUrl(
    joinUrls: readonly string[],
    signal?: AbortSignal,
  ): Promise<Map<string, TranscriptAvailability>> {
    const cache = await this.openedMeetingIdCache();
    const unknown = [...new Set(joinUrls)].filter((joinUrl) => !this.meetingIds.has(joinUrl));
    if (cache && unknown.length > 0) {
      for (const [joinUrl, meetingId] of await cache.get(unknown)) this.meetingIds.set(joinUrl, meetingId);
    }
    const stillUnknown = unknown.filter((joinUrl) => !this.meetingIds.has(joinUrl));
    const availability = await getTranscriptAvailability(this.client, joinUrls, {
      signal,
      meetingIds: this.meetingIds,
    });
    const found = stillUnknown.flatMap((joinUrl) => {
      const meetingId = this.meetingIds.get(joinUrl);
      return meetingId ? [[joinUrl, meetingId] as const] : [];
    });
    if (cache && found.length > 0) await cache.put(new Map(found));
    return availability;
  }

  /**
   * Forgets the online meeting IDs kept for the rep, in this session and in this browser (the rep deleting their
   * data): from then on each meeting is looked up by its join URL again.
   */
  async forgetMeetingIds(signal?: AbortSignal): Promise<void> {
    this.meetingIds.clear();
    if (!this.options.openMeetingIdCache) return;
    // Before the calls are listed the rep is not known yet, while an earlier session's IDs may well be kept.
    const userPrincipalName =
      this.rep?.userPrincipalName ?? (await getMe(this.client, signal)).userPrincipalName;
    await (await this.openedMeetingIdCache(userPrincipalName))?.clear();
  }

  /** The cache of the user, by default the rep the calendar was loaded for; none before then, or when not configured. */
  private async openedMeetingIdCache(
    userPrincipalName = this.rep?.userPrincipalName,
  ): Promise<OnlineMeetingIdCache | null> {
    const { openMeetingIdCache } = this.options;
    if (!openMeetingIdCache || !userPrincipalName) return null;
    // The cache is an optimisation: one that cannot be opened leaves the session's memory alone to serve.
    this.meetingIdCache ??= openMeetingIdCache(userPrincipalName).catch(() => null);
    return this.meetingIdCache;
  }

  /**
   * Who the rep is and the calendar's first page in one `$batch`: the list needs both before it can show a row,
   * and one round trip costs less than two. Further pages, if any, follow the page's next link.
   */
  private async firstLoad(query: CalendarViewQuery): Promise<{ rep: SignedInRep; events: Event[] }> {
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
      rep: { email: primaryEmailOf(me) ?? me.userPrincipalName, userPrincipalName: me.userPrincipalName },
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

/** The same clock time `days` calendar days earlier, daylight saving included (as date-fns' `subDays`). */
function daysBefore(instant: Date, days: number): Date {
  const earlier = new Date(instant);
  earlier.setDate(earlier.getDate() - days);
  return earlier;
}
