/**
 * A call in Momentum's sense: a customer call or an internal meeting from the rep's calendar,
 * or a call the rep logged by hand (phone, dialer) because Graph cannot list those.
 */
export type CallKind = "customer" | "internal";
export type CallSource = "calendar" | "manual";

export interface CallParticipant {
  readonly name: string;
  readonly email: string | null;
}

export interface Call {
  /** Stable ID: the Graph event ID for calendar calls, a generated ID for logged calls. */
  readonly id: string;
  readonly source: CallSource;
  readonly kind: CallKind;
  readonly subject: string;
  /** Everyone on the call but the rep. */
  readonly participants: readonly CallParticipant[];
  /** Company domains of the people outside the rep's own domain, e.g. `fabrikam.example`. */
  readonly externalDomains: readonly string[];
  /** UTC instants. */
  readonly start: Date;
  readonly end: Date;
  /** The Teams join URL, present for online meetings; the key to find the transcript. */
  readonly joinUrl: string | null;
  /** Whether the rep organized it (only an organizer can read a meeting's transcripts). */
  readonly isOrganizer: boolean;
}

/** Whether a call's transcript can be read; `unknown` until asked, `unavailable` when Graph said no (403). */
export type TranscriptAvailability = "available" | "none" | "unavailable" | "unknown";
