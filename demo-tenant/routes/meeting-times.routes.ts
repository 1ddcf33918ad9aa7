import { TZDate } from "@date-fns/tz";
import { Hono } from "hono";
import { z } from "zod";
import { dateTimeTimeZoneSchema, instantOf } from "../calendar/date-time-time-zone.ts";
import { meetingsInMailbox } from "../calendar/event.view.ts";
import { graphDateTime } from "../calendar/graph-date-time.ts";
import type { GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import { odataContext } from "../http/odata.ts";
import type { DirectoryUser } from "../seed/people.seed.ts";
import type { ShowAs } from "../seed/seed.model.ts";
import { EventsStore } from "../store/events.store.ts";
import type { TenantServices } from "../tenant-services.ts";
import { preferredTimeZone } from "./calendar.routes.ts";

/** The mailboxes' working hours, as `GET /me/mailboxSettings` reports them: Monday to Friday, 08:30–17:30. */
const WORKING_DAYS = new Set([1, 2, 3, 4, 5]);
const WORKING_HOURS = { startMinute: 8 * 60 + 30, endMinute: 17 * 60 + 30 } as const;
/** Suggestions start on the hour and the half hour, as Outlook's do. */
const SLOT_STEP_MINUTES = 30;
const DEFAULT_DURATION_MINUTES = 30;
const DEFAULT_MAX_CANDIDATES = 15;
/** Without a time constraint Graph looks ahead a couple of working days; a week covers that. */
const DEFAULT_WINDOW_MS = 7 * 24 * 3600_000;
const SUGGESTION_REASON =
  "Suggested because it is one of the nearest times when all attendees are available.";

const findMeetingTimesSchema = z.object({
  attendees: z
    .array(
      z.object({
        type: z.enum(["required", "optional", "resource"]).optional(),
        emailAddress: z.object({ address: z.string(), name: z.string().optional() }),
      }),
    )
    .optional(),
  timeConstraint: z
    .object({
      activityDomain: z.enum(["work", "personal", "unrestricted", "unknown"]).optional(),
      timeSlots: z.array(z.object({ start: dateTimeTimeZoneSchema, end: dateTimeTimeZoneSchema })).optional(),
    })
    .optional(),
  meetingDuration: z.string().optional(),
  maxCandidates: z.number().int().positive().optional(),
  isOrganizerOptional: z.boolean().optional(),
  returnSuggestionReasons: z.boolean().optional(),
  minimumAttendeePercentage: z.number().min(0).max(100).optional(),
});

type Availability = "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";

interface BusyBlock {
  readonly start: Date;
  readonly end: Date;
  readonly showAs: ShowAs;
}

/** How much an attendee's availability counts towards the chance that everyone can attend. */
const ATTENDANCE_LIKELIHOOD: Record<Availability, number> = {
  free: 1,
  workingElsewhere: 1,
  tentative: 0.5,
  unknown: 0.5,
  busy: 0,
  oof: 0,
};

/**
 * `POST /me/findMeetingTimes`: free times of the organizer and the attendees in the tenant, from their
 * seeded calendars and the events created through the API, within working hours (or the whole time slots
 * for `activityDomain: "unrestricted"`). People outside the tenant have `unknown` availability. Answers
 * `meetingTimeSuggestionsResult`, with `emptySuggestionsReason` when nothing fits.
 */
export function meetingTimesRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();
  const created = new EventsStore(store.documents);

  const busyBlocksOf = (user: DirectoryUser): BusyBlock[] => [
    ...meetingsInMailbox(store.seed.meetings, user)
      .filter(
        (m) =>
          !m.isCancelled &&
          m.showAs !== "free" &&
          m.attendees.find((a) => a.person.email === user.email)?.response !== "declined",
      )
      .map((m) => ({ start: m.timing.start, end: m.timing.end, showAs: m.showAs })),
    ...created
      .events(user.id)
      .filter((event) => !event.isCancelled && event.showAs !== "free")
      .map((event) => ({
        start: new Date(event.start),
        end: new Date(event.end),
        showAs: event.showAs as ShowAs,
      })),
  ];

  const availabilityOf = (email: string, start: Date, end: Date): Availability => {
    const user = store.seed.users.find((candidate) => candidate.email === email.toLowerCase());
    if (!user) return "unknown";
    const overlapping = busyBlocksOf(user).filter((block) => block.start < end && block.end > start);
    for (const status of ["oof", "busy", "workingElsewhere", "tentative"] as const) {
      if (overlapping.some((block) => block.showAs === status)) return status;
    }
    return "free";
  };

  routes.post("/me/findMeetingTimes", async (c) => {
    const organizer = c.get("user");
    const request = findMeetingTimesSchema.safeParse(await c.req.json().catch(() => null));
    if (!request.success) {
      throw new GraphHttpError(400, "ErrorInvalidRequest", "The findMeetingTimes request is not valid.");
    }
    const input = request.data;
    const durationMinutes = input.meetingDuration
      ? parseDurationMinutes(input.meetingDuration)
      : DEFAULT_DURATION_MINUTES;
    const now = store.now;
    const windows = (input.timeConstraint?.timeSlots ?? []).map((slot) => ({
      start: instantOf(slot.start),
      end: instantOf(slot.end),
    }));
    if (windows.length === 0) windows.push({ start: now, end: new Date(now.getTime() + DEFAULT_WINDOW_MS) });
    const workHoursOnly = (input.timeConstraint?.activityDomain ?? "work") !== "unrestricted";
    const attendees = (input.attendees ?? []).filter((a) => a.type !== "resource");
    const minimumPercentage = input.minimumAttendeePercentage ?? 50;

    const candidates = windows.flatMap((window) =>
      candidateSlots(window, durationMinutes, now, store.timeZone, workHoursOnly),
    );
    const assessed = candidates.map((slot) => {
      const organizerAvailability = availabilityOf(organizer.email, slot.start, slot.end);
      const attendeeAvailability = attendees.map((attendee) => ({
        attendee: {
          type: attendee.type ?? "required",
          emailAddress: { address: attendee.emailAddress.address },
        },
        availability: availabilityOf(attendee.emailAddress.address, slot.start, slot.end),
      }));
      const required = attendeeAvailability.filter((a) => a.attendee.type === "required");
      const confidence =
        required.length === 0
          ? 100
          : (100 * required.reduce((sum, a) => sum + ATTENDANCE_LIKELIHOOD[a.availability], 0)) /
            required.length;
      const organizerFree = input.isOrganizerOptional === true || organizerAvailability === "free";
      return { slot, organizerAvailability, attendeeAvailability, confidence, organizerFree };
    });
    const fitting = assessed
      .filter((s) => s.organizerFree && s.confidence >= minimumPercentage && s.confidence > 0)
      .sort((a, b) => b.confidence - a.confidence || a.slot.start.getTime() - b.slot.start.getTime())
      .slice(0, input.maxCandidates ?? DEFAULT_MAX_CANDIDATES);

    const timeZone = preferredTimeZone(c.req.header("prefer"));
    const returnReasons = input.returnSuggestionReasons !== false;
    return c.json(
      {
        "@odata.context": odataContext(c.req.url, "microsoft.graph.meetingTimeSuggestionsResult"),
        emptySuggestionsReason: fitting.length > 0 ? "" : emptyReason(assessed),
        meetingTimeSuggestions: fitting.map((s, index) => ({
          confidence: s.confidence,
          order: index + 1,
          organizerAvailability: s.organizerAvailability,
          suggestionReason: returnReasons ? SUGGESTION_REASON : "",
          meetingTimeSlot: {
            start: graphDateTime(s.slot.start, timeZone),
            end: graphDateTime(s.slot.end, timeZone),
          },
          attendeeAvailability: s.attendeeAvailability,
          locations: [],
        })),
      },
      200,
      { "Preference-Applied": `outlook.timezone="${timeZone}"` },
    );
  });

  return routes;
}

interface Slot {
  readonly start: Date;
  readonly end: Date;
}

/** Every slot of the meeting's length inside the window, from now on, starting on the hour or half hour. */
function candidateSlots(
  window: Slot,
  durationMinutes: number,
  now: Date,
  timeZone: string,
  workHoursOnly: boolean,
): Slot[] {
  const stepMs = SLOT_STEP_MINUTES * 60_000;
  const earliest = Math.max(window.start.getTime(), now.getTime());
  const slots: Slot[] = [];
  for (let start = Math.ceil(earliest / stepMs) * stepMs; ; start += stepMs) {
    const end = start + durationMinutes * 60_000;
    if (end > window.end.getTime()) break;
    if (!workHoursOnly || withinWorkingHours(new Date(start), new Date(end), timeZone)) {
      slots.push({ start: new Date(start), end: new Date(end) });
    }
  }
  return slots;
}

function withinWorkingHours(start: Date, end: Date, timeZone: string): boolean {
  const local = new TZDate(start.getTime(), timeZone);
  const localEnd = new TZDate(end.getTime(), timeZone);
  const startMinute = local.getHours() * 60 + local.getMinutes();
  const endMinute = startMinute + (end.getTime() - start.getTime()) / 60_000;
  return (
    WORKING_DAYS.has(local.getDay()) &&
    local.getDate() === localEnd.getDate() &&
    startMinute >= WORKING_HOURS.startMinute &&
    endMinute <= WORKING_HOURS.endMinute
  );
}

/** Why nothing fits, in Graph's words. */
function emptyReason(
  assessed: ReadonlyArray<{
    readonly organizerFree: boolean;
    readonly attendeeAvailability: ReadonlyArray<{ readonly availability: Availability }>;
  }>,
): string {
  if (assessed.length === 0) return "unknown";
  if (assessed.every((s) => !s.organizerFree)) return "organizerUnavailable";
  const unknown = assessed.some((s) => s.attendeeAvailability.some((a) => a.availability === "unknown"));
  return unknown ? "attendeesUnavailableOrUnknown" : "attendeesUnavailable";
}

/** `PT30M`, `PT1H`, `PT1H30M`: ISO 8601 durations as Graph takes them for `meetingDuration`. */
function parseDurationMinutes(value: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value.trim());
  const [days, hours, minutes, seconds] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0));
  const total = (days ?? 0) * 1440 + (hours ?? 0) * 60 + (minutes ?? 0) + Math.ceil((seconds ?? 0) / 60);
  if (!match || total <= 0) {
    throw new GraphHttpError(
      400,
      "ErrorInvalidRequest",
      `The value '${value}' of 'meetingDuration' is not a valid duration.`,
    );
  }
  return total;
}
