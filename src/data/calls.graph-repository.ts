import { subDays } from "date-fns";
import type { Call, TranscriptAvailability } from "../domain/calls/call.ts";
import { eventToCall, type RepIdentity } from "../domain/calls/event-to-call.ts";
import { listCalendarView } from "../graph/calendar.graph.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { getMe, primaryEmailOf } from "../graph/me.graph.ts";
import { getTranscriptAvailability } from "../graph/online-meetings.graph.ts";
import { type CallsRepository, RECENT_DAYS } from "./calls.repository.ts";

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
    const [rep, events] = await Promise.all([
      this.repIdentity(signal),
      listCalendarView(this.client, { start: subDays(end, RECENT_DAYS), end, signal }),
    ]);
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

  private async repIdentity(signal?: AbortSignal): Promise<RepIdentity> {
    if (!this.rep) {
      const me = await getMe(this.client, signal);
      this.rep = { email: primaryEmailOf(me) ?? me.userPrincipalName };
    }
    return this.rep;
  }
}

function availabilityOf(
  call: Call,
  byJoinUrl: ReadonlyMap<string, TranscriptAvailability>,
): TranscriptAvailability {
  if (!call.joinUrl) return "none";
  if (!call.isOrganizer) return "unavailable";
  return byJoinUrl.get(call.joinUrl) ?? "unknown";
}
