import type { Person } from "./people.seed.ts";
import type { RecordedTranscript } from "./transcripts/call-script.ts";

/** Graph's responseType. */
export type ResponseType =
  | "none"
  | "organizer"
  | "tentativelyAccepted"
  | "accepted"
  | "declined"
  | "notResponded";
/** Graph's freeBusyStatus. */
export type ShowAs = "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";

export interface SeedAttendee {
  readonly person: Person;
  readonly type: "required" | "optional";
  readonly response: ResponseType;
}

/** When a meeting happens. All-day events are dates, not instants: Graph shows them at midnight in any zone. */
export type SeedTiming =
  | { readonly kind: "timed"; readonly start: Date; readonly end: Date }
  | {
      readonly kind: "allDay";
      /** `yyyy-MM-dd`, the first day. */
      readonly startDate: string;
      /** `yyyy-MM-dd`, the day after the last day (exclusive), as Graph does. */
      readonly endDate: string;
      /** The span in the mailbox's time zone, for the calendar view's window. */
      readonly start: Date;
      readonly end: Date;
    };

export interface SeedTranscript {
  readonly id: string;
  readonly meetingId: string;
  readonly callId: string;
  readonly contentCorrelationId: string;
  readonly createdDateTime: Date;
  readonly endDateTime: Date;
  readonly recording: RecordedTranscript;
}

/** A Teams meeting. Organized inside Contoso or in a customer's own tenant (then only they can read it). */
export interface SeedOnlineMeeting {
  readonly id: string;
  readonly joinWebUrl: string;
  readonly subject: string;
  readonly creationDateTime: Date;
  readonly startDateTime: Date;
  readonly endDateTime: Date;
  readonly organizer: Person;
  readonly organizerId: string;
  readonly tenantId: string;
  readonly attendees: readonly Person[];
  /** `disabledByAdmin`: the tenant turned off Graph access to transcripts; every transcript call is a 403. */
  readonly transcriptAccess: "allowed" | "disabledByAdmin";
  readonly transcripts: readonly SeedTranscript[];
}

/** A meeting as it sits in everyone's calendar; each mailbox renders its own copy (own ID, own response). */
export interface SeedMeeting {
  /** Stable across days and restarts; every ID of the meeting is derived from it. */
  readonly key: string;
  readonly subject: string;
  /** Plain-text agenda: the start of the body. */
  readonly agenda: string;
  readonly timing: SeedTiming;
  readonly organizer: Person;
  readonly attendees: readonly SeedAttendee[];
  /** A room or address; Teams meetings without one show "Microsoft Teams Meeting". */
  readonly location: string | null;
  readonly isCancelled: boolean;
  readonly showAs: ShowAs;
  readonly importance: "low" | "normal" | "high";
  readonly onlineMeeting: SeedOnlineMeeting | null;
  /** Set on the occurrences of a recurring series; calendarView only ever returns occurrences. */
  readonly series: { readonly masterKey: string; readonly dayOfWeek: string } | null;
  readonly createdDateTime: Date;
  readonly lastModifiedDateTime: Date;
}
