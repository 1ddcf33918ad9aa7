import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { graphClient, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";

let server: DemoTenantServer;
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterAll(() => server.close());
beforeEach(() => server.tenant.reset());

interface Suggestion {
  confidence: number;
  organizerAvailability: string;
  attendeeAvailability: Array<{ availability: string; attendee: { emailAddress: { address: string } } }>;
  meetingTimeSlot: {
    start: { dateTime: string; timeZone: string };
    end: { dateTime: string; timeZone: string };
  };
}
interface SuggestionsResult {
  emptySuggestionsReason: string;
  meetingTimeSuggestions: Suggestion[];
}

const post = (path: string, body: unknown) =>
  graphClient(server)(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** Today (Wednesday) between two Amsterdam wall-clock times. */
async function findTimes(
  from: string,
  to: string,
  extra: Record<string, unknown> = {},
): Promise<SuggestionsResult> {
  const response = await post("/me/findMeetingTimes", {
    attendees: [{ type: "required", emailAddress: { address: DEMO_MANAGER_UPN, name: "Megan Bowen" } }],
    timeConstraint: {
      activityDomain: "work",
      timeSlots: [
        {
          start: { dateTime: `2026-11-18T${from}:00`, timeZone: "Europe/Amsterdam" },
          end: { dateTime: `2026-11-18T${to}:00`, timeZone: "Europe/Amsterdam" },
        },
      ],
    },
    meetingDuration: "PT30M",
    maxCandidates: 10,
    ...extra,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as SuggestionsResult;
}

const starts = (result: SuggestionsResult) =>
  result.meetingTimeSuggestions.map((s) => s.meetingTimeSlot.start.dateTime);

describe("findMeetingTimes", () => {
  it("suggests free half hours in UTC around the seeded 16:00 forecast update with the manager", async () => {
    const result = await findTimes("15:30", "17:00");
    expect(result.emptySuggestionsReason).toBe("");
    // 15:30 and 16:30 in Amsterdam; 16:00–16:30 is the forecast update both are in.
    expect(starts(result)).toEqual(["2026-11-18T14:30:00.0000000", "2026-11-18T15:30:00.0000000"]);
    expect(result.meetingTimeSuggestions[0]).toMatchObject({
      confidence: 100,
      organizerAvailability: "free",
      attendeeAvailability: [
        { availability: "free", attendee: { emailAddress: { address: DEMO_MANAGER_UPN } } },
      ],
      meetingTimeSlot: {
        start: { timeZone: "UTC" },
        end: { dateTime: "2026-11-18T15:00:00.0000000", timeZone: "UTC" },
      },
    });
  });

  it("counts events created through the API as busy", async () => {
    const created = await post("/me/events", {
      subject: "Prospecting block",
      start: { dateTime: "2026-11-18T15:30:00", timeZone: "Europe/Amsterdam" },
      end: { dateTime: "2026-11-18T16:00:00", timeZone: "Europe/Amsterdam" },
    });
    expect(created.status).toBe(201);
    expect(starts(await findTimes("15:30", "17:00"))).toEqual(["2026-11-18T15:30:00.0000000"]);
  });

  it("says the organizer is unavailable when the only slot is taken in the rep's calendar", async () => {
    const result = await findTimes("16:00", "16:30");
    expect(result.meetingTimeSuggestions).toEqual([]);
    expect(result.emptySuggestionsReason).toBe("organizerUnavailable");
  });

  it("says the attendees are unavailable when the organizer is optional and the manager is busy", async () => {
    const result = await findTimes("16:00", "16:30", { isOrganizerOptional: true });
    expect(result.meetingTimeSuggestions).toEqual([]);
    expect(result.emptySuggestionsReason).toBe("attendeesUnavailable");
  });

  it("keeps to working hours (08:30–17:30, as mailboxSettings says) and the meeting's length", async () => {
    const result = await findTimes("17:30", "19:00");
    expect(result.meetingTimeSuggestions).toEqual([]);
    expect(result.emptySuggestionsReason).toBe("unknown");
    expect(starts(await findTimes("14:30", "17:00", { meetingDuration: "PT1H" }))).toEqual([
      "2026-11-18T13:30:00.0000000",
      "2026-11-18T14:00:00.0000000",
    ]);
  });

  it("answers a nonsense duration with Graph's 400", async () => {
    const response = await post("/me/findMeetingTimes", { meetingDuration: "half an hour" });
    expect(response.status).toBe(400);
  });
});
