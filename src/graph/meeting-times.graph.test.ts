import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestGraphClient } from "./graph-client.fake.ts";
import { findMeetingTimes } from "./meeting-times.graph.ts";

const BASE = "http://graph.test/graph";
const FIND = `${BASE}/v1.0/me/findMeetingTimes`;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const query = {
  attendeeEmail: "megan@contoso.test",
  durationMinutes: 45,
  // Friday 27 November 2026 15:30 to the end of Monday 30 November, Amsterdam time.
  windowStart: new Date("2026-11-27T14:30:00Z"),
  windowEnd: new Date("2026-11-30T23:00:00Z"),
  timeZone: "Europe/Amsterdam",
} as const;

const slot = (start: string, end: string, confidence: number) => ({
  confidence,
  order: 1,
  organizerAvailability: "free",
  attendeeAvailability: [],
  locations: [],
  meetingTimeSlot: {
    start: { dateTime: `${start}.0000000`, timeZone: "UTC" },
    end: { dateTime: `${end}.0000000`, timeZone: "UTC" },
  },
});

describe("findMeetingTimes", () => {
  it("asks for the manager's and the rep's working-day time in UTC, and reads the suggestions", async () => {
    let sent: { prefer: string | null; body: unknown } | null = null;
    server.use(
      http.post(FIND, async ({ request }) => {
        sent = { prefer: request.headers.get("prefer"), body: await request.json() };
        return HttpResponse.json({
          emptySuggestionsReason: "",
          meetingTimeSuggestions: [slot("2026-11-30T09:00:00", "2026-11-30T09:45:00", 100)],
        });
      }),
    );
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    const times = await findMeetingTimes(client, query);

    expect(times).toEqual({
      suggestions: [
        { start: new Date("2026-11-30T09:00:00Z"), end: new Date("2026-11-30T09:45:00Z"), confidence: 100 },
      ],
      emptyReason: null,
    });
    expect(tokenRequests).toEqual([["Calendars.Read"]]);
    expect(sent).toMatchObject({
      prefer: 'outlook.timezone="UTC"',
      body: {
        attendees: [{ type: "required", emailAddress: { address: "megan@contoso.test" } }],
        meetingDuration: "PT45M",
        isOrganizerOptional: false,
        timeConstraint: {
          activityDomain: "work",
          // Friday's rest and Monday; the weekend is not offered.
          timeSlots: [
            {
              start: { dateTime: "2026-11-27T14:30:00.000", timeZone: "UTC" },
              end: { dateTime: "2026-11-27T23:00:00.000", timeZone: "UTC" },
            },
            {
              start: { dateTime: "2026-11-29T23:00:00.000", timeZone: "UTC" },
              end: { dateTime: "2026-11-30T23:00:00.000", timeZone: "UTC" },
            },
          ],
        },
      },
    });
  });

  it("says why when Graph suggests nothing", async () => {
    server.use(
      http.post(FIND, () =>
        HttpResponse.json({ emptySuggestionsReason: "attendeesUnavailable", meetingTimeSuggestions: [] }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(findMeetingTimes(client, query)).resolves.toEqual({
      suggestions: [],
      emptyReason: "attendeesUnavailable",
    });
  });

  it("refuses suggestions in a time zone it did not ask for", async () => {
    server.use(
      http.post(FIND, () =>
        HttpResponse.json({
          meetingTimeSuggestions: [
            {
              confidence: 100,
              meetingTimeSlot: {
                start: { dateTime: "2026-11-30T09:00:00", timeZone: "Pacific Standard Time" },
                end: { dateTime: "2026-11-30T09:30:00", timeZone: "Pacific Standard Time" },
              },
            },
          ],
        }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(findMeetingTimes(client, query)).rejects.toMatchObject({ kind: "other" });
  });
});
