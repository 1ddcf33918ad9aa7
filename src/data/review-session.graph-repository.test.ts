import type { Event } from "@microsoft/microsoft-graph-types";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ReviewInvite } from "../domain/review/index.ts";
import { createTestGraphClient } from "../graph/graph-client.fake.ts";
import { GraphReviewSessionRepository } from "./review-session.graph-repository.ts";

const BASE = "http://graph.test/graph";
const EVENTS = `${BASE}/v1.0/me/events`;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const invite: ReviewInvite = {
  event: {
    subject: "Call review: 2 calls",
    body: { contentType: "html", content: "<p>Two calls</p>" },
    start: { dateTime: "2026-11-30T09:00:00.000", timeZone: "UTC" },
    end: { dateTime: "2026-11-30T09:30:00.000", timeZone: "UTC" },
    attendees: [{ emailAddress: { address: "megan@contoso.test", name: "Megan Bowen" }, type: "required" }],
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    transactionId: "tx-review-1",
  },
  attachment: {
    "@odata.type": "#microsoft.graph.fileAttachment",
    name: "review-packet.json",
    contentType: "application/json",
    contentBytes: "e30=",
  },
  packetBytes: 2,
};

/** Graph's calendar as far as these tests need it: a repeated POST with a known transactionId makes nothing new. */
class FakeCalendar {
  readonly eventsByTransaction = new Map<string, string>();
  readonly attachments = new Map<string, string[]>();
  readonly eventPosts: Array<string | null> = [];
  attachmentPosts = 0;
  patches: unknown[] = [];
  /** Called before answering; return a response to answer with instead (after the work was done or not). */
  onEventPost: (attempt: number) => "drop-after" | null = () => null;
  onAttachmentPost: (attempt: number) => "drop-before" | "drop-after" | null = () => null;

  handlers() {
    return [
      http.post(EVENTS, async ({ request }) => {
        const event = (await request.json()) as Event;
        this.eventPosts.push(event.transactionId ?? null);
        const transactionId = event.transactionId ?? "";
        const id = this.eventsByTransaction.get(transactionId) ?? `AAMk${this.eventsByTransaction.size + 1}`;
        this.eventsByTransaction.set(transactionId, id);
        if (this.onEventPost(this.eventPosts.length) === "drop-after") return HttpResponse.error();
        return HttpResponse.json(this.graphEvent(id), { status: 201 });
      }),
      http.get(`${EVENTS}/:id/attachments`, ({ params }) =>
        HttpResponse.json({
          value: (this.attachments.get(String(params.id)) ?? []).map((name, index) => ({
            id: `att-${index}`,
            name,
            size: 2,
          })),
        }),
      ),
      http.post(`${EVENTS}/:id/attachments`, async ({ params, request }) => {
        this.attachmentPosts += 1;
        const fault = this.onAttachmentPost(this.attachmentPosts);
        if (fault === "drop-before") return HttpResponse.error();
        const { name } = (await request.json()) as { name: string };
        const id = String(params.id);
        this.attachments.set(id, [...(this.attachments.get(id) ?? []), name]);
        if (fault === "drop-after") return HttpResponse.error();
        return HttpResponse.json({ id: "att" }, { status: 201 });
      }),
      http.patch(`${EVENTS}/:id`, async ({ params, request }) => {
        this.patches.push(await request.json());
        return HttpResponse.json(this.graphEvent(String(params.id)));
      }),
    ];
  }

  get eventCount(): number {
    return this.eventsByTransaction.size;
  }

  private graphEvent(id: string) {
    return {
      id,
      webLink: `https://outlook.office365.test/owa/?itemid=${id}`,
      onlineMeeting: { joinUrl: `https://teams.microsoft.test/l/meetup-join/${id}` },
      start: { dateTime: "2026-11-30T09:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-11-30T09:30:00.0000000", timeZone: "UTC" },
      transactionId: invite.event.transactionId,
    };
  }
}

let calendar: FakeCalendar;
let repository: GraphReviewSessionRepository;

beforeEach(() => {
  calendar = new FakeCalendar();
  server.use(...calendar.handlers());
  repository = new GraphReviewSessionRepository(createTestGraphClient({ baseUrl: BASE }).client);
});

describe("GraphReviewSessionRepository.scheduleReview", () => {
  it("creates the event, attaches the packet, and updates the event so the manager receives it", async () => {
    const review = await repository.scheduleReview({ invite });

    expect(review).toEqual({
      eventId: "AAMk1",
      webLink: "https://outlook.office365.test/owa/?itemid=AAMk1",
      joinUrl: "https://teams.microsoft.test/l/meetup-join/AAMk1",
      start: new Date("2026-11-30T09:00:00Z"),
      end: new Date("2026-11-30T09:30:00Z"),
    });
    expect(calendar.eventPosts).toEqual(["tx-review-1"]);
    expect(calendar.attachments.get("AAMk1")).toEqual(["review-packet.json"]);
    expect(calendar.patches).toEqual([{ body: invite.event.body }]);
  });

  it("makes one event for a double click", async () => {
    const [first, second] = await Promise.all([
      repository.scheduleReview({ invite }),
      repository.scheduleReview({ invite }),
    ]);

    expect(second).toBe(first);
    expect(calendar.eventPosts).toHaveLength(1);
    expect(calendar.attachmentPosts).toBe(1);
  });

  it("answers a click after success from what it made, without asking Graph again", async () => {
    const first = await repository.scheduleReview({ invite });
    const again = await repository.scheduleReview({ invite });

    expect(again).toEqual(first);
    expect(calendar.eventPosts).toHaveLength(1);
    expect(calendar.patches).toHaveLength(1);
  });

  it("POSTs again with the same transactionId when the first answer is lost, and attaches once", async () => {
    calendar.onEventPost = (attempt) => (attempt === 1 ? "drop-after" : null);

    const review = await repository.scheduleReview({ invite });

    expect(review.eventId).toBe("AAMk1");
    expect(calendar.eventPosts).toEqual(["tx-review-1", "tx-review-1"]);
    expect(calendar.eventCount).toBe(1);
    expect(calendar.attachments.get("AAMk1")).toEqual(["review-packet.json"]);
  });

  it("gives up when Graph cannot be reached at all", async () => {
    calendar.onEventPost = () => "drop-after";

    await expect(repository.scheduleReview({ invite })).rejects.toMatchObject({ kind: "network" });
    expect(calendar.eventPosts).toHaveLength(3);
    expect(calendar.eventCount).toBe(1);
  });

  it("resumes a run that dropped after creating the event: same event, packet attached once, then the update", async () => {
    calendar.onAttachmentPost = (attempt) => (attempt === 1 ? "drop-before" : null);

    await expect(repository.scheduleReview({ invite })).rejects.toMatchObject({ kind: "network" });
    expect(calendar.patches).toEqual([]);

    const review = await repository.scheduleReview({ invite });

    expect(review.eventId).toBe("AAMk1");
    expect(calendar.eventCount).toBe(1);
    expect(calendar.attachments.get("AAMk1")).toEqual(["review-packet.json"]);
    expect(calendar.patches).toHaveLength(1);
  });

  it("does not attach the packet twice when the attachment's answer was lost", async () => {
    calendar.onAttachmentPost = (attempt) => (attempt === 1 ? "drop-after" : null);

    await expect(repository.scheduleReview({ invite })).rejects.toMatchObject({ kind: "network" });
    await repository.scheduleReview({ invite });

    expect(calendar.attachmentPosts).toBe(1);
    expect(calendar.attachments.get("AAMk1")).toEqual(["review-packet.json"]);
    expect(calendar.patches).toHaveLength(1);
  });
});

describe("GraphReviewSessionRepository: planning", () => {
  const ME = `${BASE}/v1.0/me`;
  const graphError = (status: number, code: string) =>
    HttpResponse.json({ error: { code, message: "…", innerError: { "request-id": "r" } } }, { status });
  const megan = {
    id: "u-megan",
    displayName: "Megan Bowen",
    mail: "megan.bowen@contoso.test",
    userPrincipalName: "megan.bowen@contoso.test",
  };
  const answerManager = (answer: () => Response) => server.use(http.get(`${ME}/manager`, answer));

  it("names the rep as the packet does, by their mail or else their sign-in name", async () => {
    const daan = { id: "u-daan", displayName: "Daan Visser", userPrincipalName: "daan@contoso.test" };
    server.use(http.get(ME, () => HttpResponse.json({ ...daan, mail: "daan.visser@contoso.test" })));
    expect(await repository.getRep()).toEqual({ name: "Daan Visser", email: "daan.visser@contoso.test" });

    server.use(http.get(ME, () => HttpResponse.json({ ...daan, mail: null })));
    expect(await repository.getRep()).toEqual({ name: "Daan Visser", email: "daan@contoso.test" });
  });

  it("finds the manager the directory names, with their ID and address", async () => {
    answerManager(() => HttpResponse.json({ ...megan, mail: null }));

    expect(await repository.lookUpManager()).toEqual({
      kind: "found",
      manager: { id: "u-megan", name: "Megan Bowen", email: "megan.bowen@contoso.test" },
    });
  });

  it("says none when the directory names no manager (404)", async () => {
    answerManager(() => graphError(404, "Request_ResourceNotFound"));

    expect(await repository.lookUpManager()).toEqual({ kind: "none" });
  });

  it("says none for a manager with no address to invite (an organizational contact)", async () => {
    answerManager(() =>
      HttpResponse.json({ id: "c-1", displayName: "Board", mail: null, userPrincipalName: null }),
    );

    expect(await repository.lookUpManager()).toEqual({ kind: "none" });
  });

  it("says not allowed when Momentum may not read the manager (403, no admin consent)", async () => {
    answerManager(() => graphError(403, "Authorization_RequestDenied"));

    expect(await repository.lookUpManager()).toEqual({ kind: "notAllowed" });
  });

  it("rejects other failures, for the UI to offer a retry", async () => {
    answerManager(() => HttpResponse.error());
    const offline = new GraphReviewSessionRepository(
      createTestGraphClient({ baseUrl: BASE, retry: { maxRetries: 0 } }).client,
    );

    await expect(offline.lookUpManager()).rejects.toMatchObject({ kind: "network" });
  });

  it("searches people and finds meeting times with the manager through Graph", async () => {
    let search: string | null = null;
    let attendees: unknown = null;
    server.use(
      http.get(`${ME}/people`, ({ request }) => {
        search = new URL(request.url).searchParams.get("$search");
        return HttpResponse.json({
          value: [
            {
              id: "p-megan",
              displayName: "Megan Bowen",
              jobTitle: "Sales Director",
              scoredEmailAddresses: [{ address: "megan.bowen@contoso.test" }],
              personType: { class: "Person" },
            },
          ],
        });
      }),
      http.post(`${ME}/findMeetingTimes`, async ({ request }) => {
        attendees = ((await request.json()) as { attendees: unknown }).attendees;
        return HttpResponse.json({
          emptySuggestionsReason: "",
          meetingTimeSuggestions: [
            {
              confidence: 100,
              meetingTimeSlot: {
                start: { dateTime: "2026-11-30T09:00:00.0000000", timeZone: "UTC" },
                end: { dateTime: "2026-11-30T09:30:00.0000000", timeZone: "UTC" },
              },
            },
          ],
        });
      }),
    );

    const people = await repository.searchPeople("megan");
    const times = await repository.findMeetingTimes({
      attendeeEmail: "megan.bowen@contoso.test",
      durationMinutes: 30,
      windowStart: new Date("2026-11-30T07:00:00.000Z"),
      windowEnd: new Date("2026-11-30T17:00:00.000Z"),
      timeZone: "Europe/Amsterdam",
    });

    expect(search).toBe('"megan"');
    expect(people).toEqual([
      {
        id: "p-megan",
        displayName: "Megan Bowen",
        email: "megan.bowen@contoso.test",
        jobTitle: "Sales Director",
      },
    ]);
    expect(attendees).toEqual([
      expect.objectContaining({
        emailAddress: expect.objectContaining({ address: "megan.bowen@contoso.test" }),
      }),
    ]);
    expect(times).toEqual({
      suggestions: [
        { start: new Date("2026-11-30T09:00:00Z"), end: new Date("2026-11-30T09:30:00Z"), confidence: 100 },
      ],
      emptyReason: null,
    });
  });
});
