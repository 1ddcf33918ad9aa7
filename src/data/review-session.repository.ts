import type { ReviewInvite, ReviewPerson } from "../domain/review/index.ts";
import type { MeetingTimes, MeetingTimesQuery } from "../graph/meeting-times.graph.ts";
import type { PersonSuggestion } from "../graph/people.graph.ts";

export type {
  MeetingDurationMinutes,
  MeetingTimeSuggestion,
  MeetingTimes,
} from "../graph/meeting-times.graph.ts";
export { MEETING_DURATIONS_MINUTES } from "../graph/meeting-times.graph.ts";
export type { PersonSuggestion } from "../graph/people.graph.ts";

/** A review session in the rep's calendar, with the manager invited and the packet attached. */
export interface ScheduledReview {
  readonly eventId: string;
  /** Opens the session in Outlook on the web. */
  readonly webLink: string | null;
  /** The Teams meeting's join URL; `null` while Teams has not made it yet. */
  readonly joinUrl: string | null;
  readonly start: Date;
  readonly end: Date;
}

export interface ScheduleReviewRequest {
  /** From `buildReviewInvite`; its `transactionId` names this one click, retries and repeats included. */
  readonly invite: ReviewInvite;
  readonly signal?: AbortSignal;
}

/** A person with a directory ID when one is known. */
export interface ReviewManager extends ReviewPerson {
  readonly id: string | null;
}

/**
 * What the directory says about the rep's manager: `found`; `none` when it names no manager (404); `notAllowed`
 * when Momentum may not read it (403, e.g. no admin consent for User.Read.All). The last two are normal: the rep
 * then picks their manager from a people search.
 */
export type ManagerLookup =
  | { readonly kind: "found"; readonly manager: ReviewManager }
  | { readonly kind: "none" }
  | { readonly kind: "notAllowed" };

/**
 * Planning and scheduling review sessions. The UI (through its store) talks to this interface only; the Graph
 * implementation lives in `review-session.graph-repository.ts`.
 */
export interface ReviewSessionRepository {
  /** The signed-in rep as the packet names them (`GET /me`). */
  getRep(signal?: AbortSignal): Promise<ReviewPerson>;
  /** `GET /me/manager`; other failures (throttling, network) reject with a `GraphRequestError`. */
  lookUpManager(signal?: AbortSignal): Promise<ManagerLookup>;
  /** People matching `query`, best match first (`GET /me/people?$search`). */
  searchPeople(query: string, signal?: AbortSignal): Promise<PersonSuggestion[]>;
  /** Free times with the manager (`POST /me/findMeetingTimes`); Graph's reason when there are none. */
  findMeetingTimes(query: MeetingTimesQuery): Promise<MeetingTimes>;
  /**
   * Makes the review session: exactly one event for one invite (one `transactionId`), however often it is asked,
   * and resuming whatever an earlier attempt left undone (the attachment, the update that sends it).
   */
  scheduleReview(request: ScheduleReviewRequest): Promise<ScheduledReview>;
}
