import type { ReviewInvite, ReviewPerson } from "../domain/review/index.ts";
import {
  type AddFileAttachmentOptions,
  addFileAttachment,
  type CalendarEvent,
  createEvent,
  listAttachments,
  updateEvent,
} from "../graph/events.graph.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { GraphRequestError } from "../graph/graph-error.ts";
import { type DirectoryUser, getManager, getMe, primaryEmailOf } from "../graph/me.graph.ts";
import { findMeetingTimes, type MeetingTimes, type MeetingTimesQuery } from "../graph/meeting-times.graph.ts";
import { type PersonSuggestion, searchPeople } from "../graph/people.graph.ts";
import type {
  ManagerLookup,
  ReviewSessionRepository,
  ScheduledReview,
  ScheduleReviewRequest,
} from "./review-session.repository.ts";

export interface GraphReviewSessionRepositoryOptions {
  /** How often the event's POST is sent in all when its answer is lost. */
  readonly maxCreateAttempts?: number;
  /** Sends the ranges of a large attachment to its upload session; defaults to the global `fetch`. */
  readonly upload?: AddFileAttachmentOptions["upload"];
}

const DEFAULT_MAX_CREATE_ATTEMPTS = 3;

/**
 * Planning review sessions on Graph: who the rep and their manager are, people to pick a manager from, and free
 * times with the manager (each delegated to its `src/graph` module).
 *
 * Review sessions in the rep's calendar. One invite makes exactly one event:
 *
 * - A second call for the same `transactionId` while the first runs (a double click) gets the first's promise;
 *   one that already succeeded gets its result again, without asking Graph.
 * - The event is created with the invite's `transactionId`. When the POST's answer is lost (a dropped
 *   connection, a 502 or 504 from a gateway), it is sent again with the same `transactionId`, so Graph hands back
 *   the event it made rather than a second one.
 * - The packet is attached only if the event does not have it yet, so a run that stopped after creating the event
 *   (or after attaching) is resumed by calling again with the same invite: the POST finds the same event, the
 *   attachment is added once, and the event is updated so the manager receives it.
 */
export class GraphReviewSessionRepository implements ReviewSessionRepository {
  private readonly running = new Map<string, Promise<ScheduledReview>>();
  private readonly scheduled = new Map<string, ScheduledReview>();
  private readonly maxCreateAttempts: number;

  constructor(
    private readonly client: GraphClient,
    private readonly options: GraphReviewSessionRepositoryOptions = {},
  ) {
    this.maxCreateAttempts = options.maxCreateAttempts ?? DEFAULT_MAX_CREATE_ATTEMPTS;
  }

  async getRep(signal?: AbortSignal): Promise<ReviewPerson> {
    const me = await getMe(this.client, signal);
    // A signed-in user always has a UPN, so there is always an address.
    return { name: me.displayName, email: primaryEmailOf(me) ?? me.userPrincipalName };
  }

  async lookUpManager(signal?: AbortSignal): Promise<ManagerLookup> {
    let manager: DirectoryUser | null;
    try {
      manager = await getManager(this.client, signal);
    } catch (error) {
      if (error instanceof GraphRequestError && error.kind === "forbidden") return { kind: "notAllowed" };
      throw error;
    }
    if (manager === null) return { kind: "none" };
    const email = primaryEmailOf(manager);
    // An organizational contact (or a user without a mailbox or UPN) can be a manager in the directory, yet
    // there is no address to invite: for a review that is no manager, and the rep picks one as after a 404.
    if (!email) return { kind: "none" };
    return { kind: "found", manager: { id: manager.id, name: manager.displayName, email } };
  }

  searchPeople(query: string, signal?: AbortSignal): Promise<PersonSuggestion[]> {
    return searchPeople(this.client, query, { signal });
  }

  findMeetingTimes(query: MeetingTimesQuery): Promise<MeetingTimes> {
    return findMeetingTimes(this.client, query);
  }

  scheduleReview({ invite, signal }: ScheduleReviewRequest): Promise<ScheduledReview> {
    const transactionId = invite.event.transactionId;
    if (!transactionId) return Promise.reject(new RangeError("A review invite needs a transactionId"));
    const done = this.scheduled.get(transactionId);
    if (done) return Promise.resolve(done);
    const running = this.running.get(transactionId);
    if (running) return running;
    const run = this.schedule(invite, signal)
      .then((review) => {
        this.scheduled.set(transactionId, review);
        return review;
      })
      .finally(() => this.running.delete(transactionId));
    this.running.set(transactionId, run);
    return run;
  }

  private async schedule(invite: ReviewInvite, signal: AbortSignal | undefined): Promise<ScheduledReview> {
    const created = await this.create(invite, signal);
    const attachments = await listAttachments(this.client, created.id, { signal });
    if (!attachments.some((attachment) => attachment.name === invite.attachment.name)) {
      await addFileAttachment(this.client, created.id, invite.attachment, {
        signal,
        ...(this.options.upload && { upload: this.options.upload }),
      });
    }
    // Any change by the organizer sends the attendees an update, and with it the attachment.
    const updated = await updateEvent(this.client, created.id, { body: invite.event.body }, { signal });
    return {
      eventId: updated.id,
      webLink: updated.webLink ?? created.webLink,
      joinUrl: updated.joinUrl ?? created.joinUrl,
      start: updated.start,
      end: updated.end,
    };
  }

  /** POSTs the event, and again with the same `transactionId` while its answer is lost. */
  private async create(invite: ReviewInvite, signal: AbortSignal | undefined): Promise<CalendarEvent> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await createEvent(this.client, invite.event, { signal });
      } catch (error) {
        if (!answerLost(error) || attempt >= this.maxCreateAttempts || signal?.aborted) throw error;
      }
    }
  }
}

/** Whether the request may have been carried out although no answer said so. */
function answerLost(error: unknown): boolean {
  if (!(error instanceof GraphRequestError)) return false;
  return error.kind === "network" || error.status === 502 || error.status === 504;
}
