import type { Event } from "@microsoft/microsoft-graph-types";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Call } from "../domain/calls/call.ts";
import { createTestGraphClient } from "../graph/graph-client.fake.ts";
import { GraphCallsRepository } from "./calls.graph-repository.ts";
import type { OnlineMeetingIdCache } from "./online-meeting-ids.cache.ts";

const ROOT = "http://graph.test/graph/v1.0";
const NOW = new Date("2026-03-30T15:00:00Z");
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const rep = { address: "daan.visser@contoso.example", name: "Daan Visser" };
const customer = { address: "lena@fabrikam.example", name: "Lena Fischer" };
const colleague = { address: "priya.natarajan@contoso.example", name: "Priya Natarajan" };

function meeting(id: string, start: string, overrides: Partial<Event> = {}): Event {
  return {
    id,
    subject: id,
    start: { dateTime: `${start}.0000000`, timeZone: "UTC" },
    end: { dateTime: `${start.slice(0, 11)}23:00:00.0000000`, timeZone: "UTC" },
    isAllDay: false,
    isCancelled: false,
    isOrganizer: true,
    responseStatus: { response: "organizer" },
    organizer: { emailAddress: rep },
    attendees: [{ type: "required", emailAddress: customer }],
    isOnlineMeeting: true,
    onlineMeeting: { joinUrl: `https://teams.example/join/${id}` },
    ...overrides,
  };
}

const EVENTS: Event[] = [
  meeting("discovery", "2026-03-27T09:00:00"),
  meeting("standup", "2026-03-30T08:00:00", { attendees: [{ type: "required", emailAddress: colleague }] }),
  meeting("cancelled", "2026-03-25T09:00:00", { isCancelled: true }),
  meeting("declined", "2026-03-24T09:00:00", {
    isOrganizer: false,
    organizer: { emailAddress: customer },
    responseStatus: { response: "declined" },
  }),
  meeting("offsite", "2026-03-23T00:00:00", { isAllDay: true }),
  meeting("their-demo", "2026-03-20T13:00:00", {
    isOrganizer: false,
    organizer: { emailAddress: customer },
    attendees: [{ type: "required", emailAddress: rep }],
    responseStatus: { response: "accepted" },
  }),
  meeting("phone", "2026-03-18T10:00:00", { isOnlineMeeting: false, onlineMeeting: null }),
];

const ME = { id: "u1", displayName: rep.name, mail: rep.address, userPrincipalName: rep.address };

interface BatchStep {
  readonly id: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
}

/**
 * Graph for these tests: `/me`, the calendar view and the transcript lookups, alone or as steps of a `$batch`.
 * Every Teams meeting is found by its join URL, except those whose URL ends in one of `withoutOnlineMeeting`.
 */
function tenant(events: readonly Event[] = EVENTS, { withoutOnlineMeeting = [] as readonly string[] } = {}) {
  const calendarQueries: URLSearchParams[] = [];
  const calendarPreferences: Array<string | null> = [];
  const batchUrls: string[] = [];
  /** Every HTTP request, a batch counted once. */
  const roundTrips: string[] = [];
  const calendarPage = (url: URL) => {
    calendarQueries.push(url.searchParams);
    return { value: events };
  };
  server.use(
    http.get(`${ROOT}/me`, ({ request }) => {
      roundTrips.push(`GET ${new URL(request.url).pathname}`);
      return HttpResponse.json(ME);
    }),
    http.get(`${ROOT}/me/calendarView`, ({ request }) => {
      roundTrips.push(`GET ${new URL(request.url).pathname}`);
      calendarPreferences.push(request.headers.get("Prefer"));
      return HttpResponse.json(calendarPage(new URL(request.url)));
    }),
    http.post(`${ROOT}/$batch`, async ({ request }) => {
      roundTrips.push("POST /$batch");
      const { requests } = (await request.json()) as { requests: BatchStep[] };
      batchUrls.push(...requests.map((inner) => inner.url));
      return HttpResponse.json({
        responses: requests.map((inner) => {
          const url = new URL(inner.url, ROOT);
          if (url.pathname.endsWith("/me")) return { id: inner.id, status: 200, body: ME };
          if (url.pathname.endsWith("/me/calendarView")) {
            calendarPreferences.push(inner.headers?.Prefer ?? null);
            return { id: inner.id, status: 200, body: calendarPage(url) };
          }
          const joinUrlFilter = url.searchParams.get("$filter");
          if (withoutOnlineMeeting.some((meetingId) => joinUrlFilter?.endsWith(`/${meetingId}'`))) {
            return { id: inner.id, status: 200, body: { value: [] } };
          }
          return {
            id: inner.id,
            status: 200,
            body: {
              value: joinUrlFilter ? [{ id: `m-${joinUrlFilter.slice(-12, -1)}` }] : [{ id: "transcript-1" }],
            },
          };
        }),
      });
    }),
  );
  return { calendarQueries, calendarPreferences, batchUrls, roundTrips };
}

/** This browser's meeting-ID cache as a map, and whose caches were opened. */
function browserMeetingIdCache() {
  const kept = new Map<string, string>();
  const openedFor: string[] = [];
  const cache: OnlineMeetingIdCache = {
    get: async (joinUrls) =>
      new Map(joinUrls.flatMap((joinUrl) => (kept.has(joinUrl) ? [[joinUrl, kept.get(joinUrl) ?? ""]] : []))),
    put: async (meetingIds) => {
      for (const [joinUrl, meetingId] of meetingIds) kept.set(joinUrl, meetingId);
    },
    clear: async () => kept.clear(),
    close: () => {},
  };
  return {
    kept,
    openedFor,
    openMeetingIdCache: async (userKey: string) => {
      openedFor.push(userKey);
      return cache;
    },
  };
}

/** `count` Teams meetings with customers that the rep organized in the last two weeks. */
function organizedMeetings(count: number, prefix = "call"): Event[] {
  return Array.from({ length: count }, (_, index) =>
    meeting(
      `${prefix}-${String(index).padStart(2, "0")}`,
      `2026-03-2${index % 8}T09:${String(index).padStart(2, "0")}:00`,
    ),
  );
}

describe("GraphCallsRepository", () => {
  it("lists the calls of the last 14 days up to now, newest first, without cancelled, all-day or declined", async () => {
    const { calendarQueries } = tenant();
    const { client } = createTestGraphClient({ baseUrl: "http://graph.test/graph" });
    const repository = new GraphCallsRepository(client, () => NOW);

    const calls = await repository.listRecentCalls();

    expect(calls.map((call) => [call.id, call.kind])).toEqual([
      ["standup", "internal"],
      ["discovery", "customer"],
      ["their-demo", "customer"],
      ["phone", "customer"],
    ]);
    expect(calendarQueries[0]?.get("startDateTime")).toBe("2026-03-16T15:00:00.000Z");
    expect(calendarQueries[0]?.get("endDateTime")).toBe("2026-03-30T15:00:00.000Z");
  });

  it("asks Graph about transcripts only for Teams meetings the rep organized", async () => {
    const { batchUrls } = tenant();
    const { client } = createTestGraphClient({ baseUrl: "http://graph.test/graph" });
    const repository = new GraphCallsRepository(client, () => NOW);
    const calls: Call[] = await repository.listRecentCalls();

    const availability = await repository.getTranscriptAvailability(calls);

    expect(Object.fromEntries(availability)).toEqual({
      standup: "available",
      discovery: "available",
      "their-demo": "unavailable",
      phone: "none",
    });
    expect(batchUrls.filter((url) => url.includes("$filter"))).toHaveLength(2);
    expect(batchUrls.join()).not.toContain("their-demo");
  });

  it("looks each meeting up once per session: a reload only lists transcripts", async () => {
    const { batchUrls } = tenant();
    const { client } = createTestGraphClient({ baseUrl: "http://graph.test/graph" });
    const repository = new GraphCallsRepository(client, () => NOW);
    const calls = await repository.listRecentCalls();

    await repository.getTranscriptAvailability(calls);
    await repository.getTranscriptAvailability(calls);

    expect(batchUrls.filter((url) => url.includes("$filter"))).toHaveLength(2);
    expect(batchUrls.filter((url) => url.endsWith("/transcripts"))).toHaveLength(4);
  });

  it("shows the list in one round trip (who the rep is and the calendar in one batch), then 20 meetings a batch", async () => {
    const many = organizedMeetings(45);
    const { roundTrips, calendarQueries, calendarPreferences } = tenant(many);
    const { client } = createTestGraphClient({ baseUrl: "http://graph.test/graph" });
    const repository = new GraphCallsRepository(client, () => NOW);

    const calls = await repository.listRecentCalls();
    expect(calls).toHaveLength(45);
    expect(roundTrips).toEqual(["POST /$batch"]);
    expect(calendarQueries[0]?.get("$top")).toBe("500");
    expect(calendarPreferences).toEqual(['outlook.timezone="UTC"']);

    await repository.getTranscriptAvailability(calls);
    // Looking 45 meetings up takes three batches, listing their transcripts three more.
    expect(roundTrips).toHaveLength(1 + 3 + 3);

    roundTrips.length = 0;
    await repository.getTranscriptAvailability(await repository.listRecentCalls());
    // A reload knows the rep and the meetings: the calendar page, then one batch per 20 meetings.
    expect(roundTrips).toEqual(["GET /graph/v1.0/me/calendarView", ...Array(3).fill("POST /$batch")]);
  });

  it("in a new session, lists transcripts with the meeting IDs this browser kept: the calendar, then one batch per 20 meetings", async () => {
    const browser = browserMeetingIdCache();
    const { roundTrips, batchUrls } = tenant(organizedMeetings(45));
    const openSession = () =>
      new GraphCallsRepository(
        createTestGraphClient({ baseUrl: "http://graph.test/graph" }).client,
        () => NOW,
        {
          openMeetingIdCache: browser.openMeetingIdCache,
        },
      );
    const yesterday = openSession();
    await yesterday.getTranscriptAvailability(await yesterday.listRecentCalls());
    roundTrips.length = 0;
    batchUrls.length = 0;

    const today = openSession();
    const availability = await today.getTranscriptAvailability(await today.listRecentCalls());

    expect([...availability.values()].every((status) => status === "available")).toBe(true);
    // Who the rep is with the calendar page, then 45 meetings' transcripts in three batches: no lookups.
    expect(roundTrips).toEqual(Array(4).fill("POST /$batch"));
    expect(batchUrls.filter((url) => url.includes("$filter"))).toEqual([]);
    expect(browser.openedFor).toEqual([rep.address, rep.address]);
  });

  it("in a new session, looks up only the meetings this browser has not seen, and again those it could not find", async () => {
    const browser = browserMeetingIdCache();
    const seen = organizedMeetings(3, "seen");
    const openSession = () =>
      new GraphCallsRepository(
        createTestGraphClient({ baseUrl: "http://graph.test/graph" }).client,
        () => NOW,
        {
          openMeetingIdCache: browser.openMeetingIdCache,
        },
      );
    tenant(seen, { withoutOnlineMeeting: ["seen-02"] });
    const yesterday = openSession();
    expect(
      Object.fromEntries(await yesterday.getTranscriptAvailability(await yesterday.listRecentCalls())),
    ).toMatchObject({ "seen-02": "none" });
    server.resetHandlers();

    // Since then the rep scheduled a new meeting, and the one Graph could not find got its Teams meeting.
    const { roundTrips, batchUrls } = tenant([...seen, ...organizedMeetings(1, "new")]);
    const today = openSession();
    const availability = await today.getTranscriptAvailability(await today.listRecentCalls());

    expect(availability.get("seen-02")).toBe("available");
    expect(availability.get("new-00")).toBe("available");
    expect(roundTrips).toEqual(Array(3).fill("POST /$batch"));
    expect(batchUrls.filter((url) => url.includes("$filter")).map((url) => decodeURIComponent(url))).toEqual([
      expect.stringContaining("/join/seen-02'"),
      expect.stringContaining("/join/new-00'"),
    ]);
    expect([...browser.kept.keys()].sort()).toEqual(
      ["new-00", "seen-00", "seen-01", "seen-02"].map((id) => `https://teams.example/join/${id}`),
    );
  });

  it("forgets the meeting IDs of the session and of this browser: the next look at transcripts finds the meetings again", async () => {
    const browser = browserMeetingIdCache();
    const { batchUrls } = tenant();
    const { client } = createTestGraphClient({ baseUrl: "http://graph.test/graph" });
    const repository = new GraphCallsRepository(client, () => NOW, {
      openMeetingIdCache: browser.openMeetingIdCache,
    });
    const calls = await repository.listRecentCalls();
    await repository.getTranscriptAvailability(calls);
    expect(browser.kept.size).toBe(2);

    await repository.forgetMeetingIds();

    expect(browser.kept.size).toBe(0);
    batchUrls.length = 0;
    await repository.getTranscriptAvailability(calls);
    expect(batchUrls.filter((url) => url.includes("$filter"))).toHaveLength(2);
  });

  it("forgets what an earlier session kept even before the calls are listed, asking Graph who the rep is", async () => {
    const browser = browserMeetingIdCache();
    browser.kept.set("https://teams.example/join/discovery", "m-discovery");
    const { roundTrips } = tenant();
    const { client } = createTestGraphClient({ baseUrl: "http://graph.test/graph" });
    const repository = new GraphCallsRepository(client, () => NOW, {
      openMeetingIdCache: browser.openMeetingIdCache,
    });

    await repository.forgetMeetingIds();

    expect(browser.kept.size).toBe(0);
    expect(browser.openedFor).toEqual([rep.address]);
    expect(roundTrips).toEqual(["GET /graph/v1.0/me"]);
  });
});
