import * as z from "zod/mini";
import { type TimeWindow, workingDaySlots } from "../domain/calendar/working-days.ts";
import { parseGraphDateTime } from "../domain/calls/event-to-call.ts";
import type { GraphClient } from "./graph-client.ts";
import { GraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";

export const MEETING_DURATIONS_MINUTES = [15, 30, 45, 60] as const;
export type MeetingDurationMinutes = (typeof MEETING_DURATIONS_MINUTES)[number];

export interface MeetingTimesQuery {
  readonly attendeeEmail: string;
  readonly durationMinutes: MeetingDurationMinutes;
  readonly windowStart: Date;
  readonly windowEnd: Date;
  /** The rep's IANA time zone: where their working days begin and end. */
  readonly timeZone: string;
  /** At most this many suggestions. */
  readonly maxCandidates?: number;
  readonly signal?: AbortSignal;
}

export interface MeetingTimeSuggestion {
  readonly start: Date;
  readonly end: Date;
  /** 0 to 100: the chance that everyone attends, from their free/busy status. */
  readonly confidence: number;
}

/**
 * Graph's reason for suggesting nothing (`attendeesUnavailable`, `attendeesUnavailableOrUnknown`,
 * `locationsUnavailable`, `organizerUnavailable` or `unknown`); `null` when there are suggestions.
 */
export type EmptySuggestionsReason = string | null;

export interface MeetingTimes {
  readonly suggestions: MeetingTimeSuggestion[];
  readonly emptyReason: EmptySuggestionsReason;
}

export const DEFAULT_MAX_CANDIDATES = 20;

const dateTimeTimeZoneSchema = z.object({
  dateTime: z.string().check(z.minLength(1)),
  timeZone: z.nullish(z.string()),
});

const resultSchema = z.object({
  emptySuggestionsReason: z.nullish(z.string()),
  meetingTimeSuggestions: z.nullish(
    z.array(
      z.object({
        confidence: z.nullish(z.number()),
        meetingTimeSlot: z.object({ start: dateTimeTimeZoneSchema, end: dateTimeTimeZoneSchema }),
      }),
    ),
  ),
});

/**
 * Times when the signed-in user and `attendeeEmail` can meet (`POST /me/findMeetingTimes`, Calendars.Read, the
 * least privileged scope the docs list), within the attendee's and organizer's work hours on the working days of
 * the window (one time slot per working day in the rep's time zone), in Graph's order: most likely first, then
 * soonest. Times come back in UTC (`Prefer: outlook.timezone="UTC"`). When Graph suggests nothing it says why.
 */
export async function findMeetingTimes(client: GraphClient, query: MeetingTimesQuery): Promise<MeetingTimes> {
  const window: TimeWindow = { start: query.windowStart, end: query.windowEnd };
  const slots = workingDaySlots(window, query.timeZone);
  if (slots.length === 0) return { suggestions: [], emptyReason: "unknown" };
  const body: unknown = await client
    .api("/me/findMeetingTimes", [GraphScope.CalendarsRead])
    .header("Prefer", 'outlook.timezone="UTC"')
    .option("signal", query.signal)
    .post({
      attendees: [{ type: "required", emailAddress: { address: query.attendeeEmail } }],
      timeConstraint: {
        activityDomain: "work",
        timeSlots: slots.map((slot) => ({ start: utcDateTime(slot.start), end: utcDateTime(slot.end) })),
      },
      meetingDuration: `PT${query.durationMinutes}M`,
      maxCandidates: query.maxCandidates ?? DEFAULT_MAX_CANDIDATES,
      isOrganizerOptional: false,
      returnSuggestionReasons: false,
    });
  const parsed = resultSchema.safeParse(body);
  if (!parsed.success) throw unreadable();
  try {
    const suggestions = (parsed.data.meetingTimeSuggestions ?? []).map(
      (suggestion): MeetingTimeSuggestion => ({
        start: parseGraphDateTime(suggestion.meetingTimeSlot.start),
        end: parseGraphDateTime(suggestion.meetingTimeSlot.end),
        confidence: suggestion.confidence ?? 0,
      }),
    );
    // Graph sends "" as the reason when it does have suggestions.
    const emptyReason = suggestions.length > 0 ? null : parsed.data.emptySuggestionsReason || "unknown";
    return { suggestions, emptyReason };
  } catch (error) {
    throw unreadable(error);
  }
}

/** Graph's `dateTimeTimeZone` for an instant, in UTC. */
function utcDateTime(instant: Date): { dateTime: string; timeZone: "UTC" } {
  return { dateTime: instant.toISOString().slice(0, -1), timeZone: "UTC" };
}

function unreadable(cause?: unknown): GraphRequestError {
  return new GraphRequestError("Microsoft Graph sent meeting time suggestions Momentum cannot read", {
    kind: "other",
    status: null,
    cause,
  });
}
