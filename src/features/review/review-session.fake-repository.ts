import type {
  ManagerLookup,
  MeetingTimes,
  PersonSuggestion,
  ReviewSessionRepository,
  ScheduledReview,
  ScheduleReviewRequest,
} from "../../data/review-session.repository.ts";
import type { ReviewPerson } from "../../domain/review/index.ts";

type MeetingTimesQuery = Parameters<ReviewSessionRepository["findMeetingTimes"]>[0];

/**
 * A test double of the review repository with standing answers the test sets, and a record of what was asked.
 * Like the Graph one, it makes one event per `transactionId` however often it is asked; `failNextSchedule` and
 * `holdScheduling` let a test see a failure and a request under way.
 */
export class FakeReviewSessionRepository implements ReviewSessionRepository {
  rep: ReviewPerson = { name: "Daan Visser", email: "daan.visser@contoso.example" };
  manager: ManagerLookup | Error = { kind: "none" };
  /** Everyone the people search knows; a search finds those whose name or address contains the query. */
  people: PersonSuggestion[] = [];
  meetingTimes: MeetingTimes | Error = { suggestions: [], emptyReason: "unknown" };
  readonly searches: string[] = [];
  readonly meetingTimeQueries: MeetingTimesQuery[] = [];
  readonly scheduleRequests: ScheduleReviewRequest[] = [];
  /** The events made, by `transactionId`. */
  readonly events = new Map<string, ScheduledReview>();
  private failures: unknown[] = [];
  private hold: Promise<void> | null = null;

  async getRep(): Promise<ReviewPerson> {
    return this.rep;
  }

  async lookUpManager(): Promise<ManagerLookup> {
    if (this.manager instanceof Error) throw this.manager;
    return this.manager;
  }

  async searchPeople(query: string): Promise<PersonSuggestion[]> {
    this.searches.push(query);
    const needle = query.trim().toLowerCase();
    return this.people.filter(
      (person) =>
        person.displayName.toLowerCase().includes(needle) || person.email.toLowerCase().includes(needle),
    );
  }

  async findMeetingTimes(query: MeetingTimesQuery): Promise<MeetingTimes> {
    this.meetingTimeQueries.push(query);
    if (this.meetingTimes instanceof Error) throw this.meetingTimes;
    return this.meetingTimes;
  }

  /** The next schedule request fails with `error` (before any event is made). */
  failNextSchedule(error: unknown): this {
    this.failures.push(error);
    return this;
  }

  /** Schedule requests wait until the returned function is called. */
  holdScheduling(): () => void {
    let release = () => {};
    this.hold = new Promise((resolve) => {
      release = () => {
        this.hold = null;
        resolve();
      };
    });
    return release;
  }

  async scheduleReview(request: ScheduleReviewRequest): Promise<ScheduledReview> {
    this.scheduleRequests.push(request);
    await this.hold;
    if (this.failures.length > 0) throw this.failures.shift();
    const transactionId = request.invite.event.transactionId ?? "";
    const made = this.events.get(transactionId);
    if (made) return made;
    const event: ScheduledReview = {
      eventId: `event-${this.events.size + 1}`,
      webLink: `https://outlook.office.com/calendar/item/event-${this.events.size + 1}`,
      joinUrl: "https://teams.microsoft.com/l/meetup-join/review",
      start: new Date(`${request.invite.event.start?.dateTime}Z`),
      end: new Date(`${request.invite.event.end?.dateTime}Z`),
    };
    this.events.set(transactionId, event);
    return event;
  }
}
