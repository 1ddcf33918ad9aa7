import type { Event } from "@microsoft/microsoft-graph-types";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Call } from "../domain/calls/call.ts";
import { createTestGraphClient } from "../graph/graph-client.fake.ts";
import { GraphCallsRepository } from "./calls.graph-repository.ts";

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

function tenant() {
  const calendarQueries: URLSearchParams[] = [];
  const batchUrls: string[] = [];
  server.use(
    http.get(`${ROOT}/me`, () =>
      HttpResponse.json({
        id: "u1",
        displayName: rep.name,
        mail: rep.address,
        userPrincipalName: rep.address,
      }),
    ),
    http.get(`${ROOT}/me/calendarView`, ({ request }) => {
      calendarQueries.push(new URL(request.url).searchParams);
      return HttpResponse.json({ value: EVENTS });
    }),
    http.post(`${ROOT}/$batch`, async ({ request }) => {
      const { requests } = (await request.json()) as { requests: Array<{ id: string; url: string }> };
      batchUrls.push(...requests.map((inner) => inner.url));
      return HttpResponse.json({
        responses: requests.map((inner) => ({
          id: inner.id,
          status: 200,
          body: { value: inner.url.includes("$filter") ? [{ id: "m-discovery" }] : [{ id: "transcript-1" }] },
        })),
      });
    }),
  );
  return { calendarQueries, batchUrls };
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
});
