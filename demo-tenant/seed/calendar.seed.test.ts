import { TZDate } from "@date-fns/tz";
import type { Event } from "@microsoft/microsoft-graph-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_TENANT_DOMAIN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { allEvents, lastTwoWeeks, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";
import { buildCalendarSeed } from "./calendar.seed.ts";

const SATURDAY = new Date("2026-11-21T10:00:00Z");
const NEXT_TUESDAY = new Date("2026-11-24T08:15:00Z");

let server: DemoTenantServer;
let events: Event[];
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
  events = await allEvents(server, lastTwoWeeks(WEDNESDAY));
});
afterAll(() => server.close());

const domainOf = (address: string | null | undefined) => address?.split("@")[1] ?? "";
const isCustomerCall = (event: Event) =>
  [event.organizer, ...(event.attendees ?? [])].some(
    (person) => domainOf(person?.emailAddress?.address) !== DEMO_TENANT_DOMAIN,
  );

async function idsBySubject(now: Date): Promise<Map<string, string[]>> {
  const other = await startDemoTenantServer({ now: () => now });
  try {
    const wide = {
      start: new Date(now.getTime() - 40 * 86_400_000).toISOString(),
      end: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
    };
    const bySubject = new Map<string, string[]>();
    for (const event of await allEvents(other, wide)) {
      bySubject.set(event.subject ?? "", [...(bySubject.get(event.subject ?? "") ?? []), event.id ?? ""]);
    }
    return bySubject;
  } finally {
    await other.close();
  }
}

describe("the seeded calendar", () => {
  it("gives the rep a believable two weeks: 25 to 35 events", () => {
    expect(events.length).toBeGreaterThanOrEqual(25);
    expect(events.length).toBeLessThanOrEqual(35);
  });

  it("has customer calls with all four companies, mostly Teams meetings the rep organized", () => {
    const customerCalls = events.filter((e) => isCustomerCall(e) && !e.isCancelled);
    const domains = new Set(
      customerCalls.flatMap((e) => (e.attendees ?? []).map((a) => domainOf(a.emailAddress?.address))),
    );
    expect(domains).toEqual(
      new Set([
        DEMO_TENANT_DOMAIN,
        "fabrikam.example",
        "northwindtraders.example",
        "woodgrovebank.example",
        "vandenberglogistiek.example",
      ]),
    );
    const teamsCalls = customerCalls.filter((e) => e.isOnlineMeeting);
    const organizedByRep = teamsCalls.filter((e) => e.isOrganizer);
    expect(organizedByRep.length).toBeGreaterThan(teamsCalls.length / 2);
    expect(customerCalls.some((e) => !e.isOrganizer && e.isOnlineMeeting)).toBe(true);
  });

  it("has the events that are not calls: cancelled, all-day, declined, a focus block", () => {
    const cancelled = events.filter((e) => e.isCancelled);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.subject).toMatch(/^Canceled: /);

    const allDay = events.filter((e) => e.isAllDay);
    expect(allDay).toHaveLength(1);
    expect(allDay[0]?.start?.dateTime).toMatch(/T00:00:00\.0000000$/);
    expect(allDay[0]?.end?.dateTime).toMatch(/T00:00:00\.0000000$/);

    expect(events.filter((e) => e.responseStatus?.response === "declined")).toHaveLength(1);
    expect(events.some((e) => (e.attendees ?? []).length === 0 && e.subject?.startsWith("Focus"))).toBe(true);
  });

  it("puts the internal rhythm in the manager's calendar too", async () => {
    const hers = await allEvents(server, lastTwoWeeks(WEDNESDAY), DEMO_MANAGER_UPN);
    const subjects = hers.map((e) => e.subject);
    expect(subjects.filter((s) => s === "1:1 Daan / Megan")).toHaveLength(2);
    expect(subjects).toContain("Weekly pipeline review");
    expect(hers.every((e) => !isCustomerCall(e))).toBe(true);
  });

  it("keeps timed meetings on weekdays within working hours in Amsterdam", () => {
    for (const now of [WEDNESDAY, SATURDAY, NEXT_TUESDAY]) {
      for (const meeting of buildCalendarSeed({ now, timeZone: "Europe/Amsterdam" })) {
        const start = new TZDate(meeting.timing.start.getTime(), "Europe/Amsterdam");
        const end = new TZDate(meeting.timing.end.getTime(), "Europe/Amsterdam");
        expect([0, 6]).not.toContain(start.getDay());
        if (meeting.timing.kind === "timed") {
          expect(start.getHours()).toBeGreaterThanOrEqual(8);
          expect(end.getHours() * 60 + end.getMinutes()).toBeLessThanOrEqual(17 * 60 + 30);
        }
      }
    }
  });

  it("keeps every event's ID when the demo restarts on another day", async () => {
    const [wednesday, saturday, tuesday] = await Promise.all([
      idsBySubject(WEDNESDAY),
      idsBySubject(SATURDAY),
      idsBySubject(NEXT_TUESDAY),
    ]);
    expect(saturday).toEqual(wednesday);
    expect(tuesday).toEqual(wednesday);
  });

  it("is the same on every start with the same clock", async () => {
    const again = await startDemoTenantServer({ now: () => WEDNESDAY });
    try {
      const events2 = await allEvents(again, lastTwoWeeks(WEDNESDAY));
      expect(events2).toEqual(events);
    } finally {
      await again.close();
    }
  });
});

describe("a scale calendar of N customer meetings", () => {
  const DOMAIN_SUFFIX = `@${DEMO_TENANT_DOMAIN}`;
  const isExternal = (email: string) => !email.endsWith(DOMAIN_SUFFIX);

  it("holds exactly N customer meetings, all over, within the last two weeks and in working hours", () => {
    for (const customerMeetings of [10, 200, 450]) {
      const meetings = buildCalendarSeed({ now: WEDNESDAY, timeZone: "Europe/Amsterdam", customerMeetings });

      expect(meetings).toHaveLength(customerMeetings);
      for (const meeting of meetings) {
        const people = [meeting.organizer, ...meeting.attendees.map((attendee) => attendee.person)];
        expect(people.some((person) => isExternal(person.email))).toBe(true);
        expect(meeting.timing.end.getTime()).toBeLessThanOrEqual(WEDNESDAY.getTime());
        expect(meeting.timing.start.getTime()).toBeGreaterThan(WEDNESDAY.getTime() - 14 * 86_400_000);
        const start = new TZDate(meeting.timing.start.getTime(), "Europe/Amsterdam");
        const end = new TZDate(meeting.timing.end.getTime(), "Europe/Amsterdam");
        expect([0, 6]).not.toContain(start.getDay());
        expect(start.getHours()).toBeGreaterThanOrEqual(8);
        expect(end.getHours() * 60 + end.getMinutes()).toBeLessThanOrEqual(17 * 60 + 30);
      }
    }
  });

  it("mixes what a rep meets: transcribed, untranscribed, admin-blocked, customer-organized and offline calls", () => {
    const meetings = buildCalendarSeed({
      now: WEDNESDAY,
      timeZone: "Europe/Amsterdam",
      customerMeetings: 60,
    });
    const ownTeams = meetings.filter((m) => m.onlineMeeting && !isExternal(m.organizer.email));

    expect(ownTeams.filter((m) => (m.onlineMeeting?.transcripts.length ?? 0) > 0).length).toBeGreaterThan(5);
    expect(ownTeams.some((m) => m.onlineMeeting?.transcripts.length === 0)).toBe(true);
    expect(ownTeams.some((m) => m.onlineMeeting?.transcriptAccess === "disabledByAdmin")).toBe(true);
    expect(meetings.some((m) => m.onlineMeeting && isExternal(m.organizer.email))).toBe(true);
    expect(meetings.some((m) => m.onlineMeeting === null)).toBe(true);
    expect(new Set(meetings.map((m) => m.key)).size).toBe(meetings.length);
  });
});
