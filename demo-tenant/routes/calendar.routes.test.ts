import type { Event } from "@microsoft/microsoft-graph-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import {
  allEvents,
  type EventPage,
  type GraphErrorBody,
  graphClient,
  lastTwoWeeks,
  WEDNESDAY,
} from "../testing/demo-tenant.fixture.ts";

let server: DemoTenantServer;
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterAll(() => server.close());

const window = lastTwoWeeks(WEDNESDAY);
const view = (query: string) =>
  `/me/calendarView?startDateTime=${window.start}&endDateTime=${window.end}${query}`;

async function page(path: string, init?: RequestInit): Promise<EventPage> {
  const response = await graphClient(server)(path, init);
  expect(response.status).toBe(200);
  return (await response.json()) as EventPage;
}

describe("calendarView", () => {
  it("requires both ends of the window, with Graph's error", async () => {
    for (const query of ["", `?startDateTime=${window.start}`, `?endDateTime=${window.end}`]) {
      const response = await graphClient(server)(`/me/calendarView${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as GraphErrorBody).error.code).toBe("ErrorInvalidParameter");
    }
  });

  it("rejects a window bound that is not a date", async () => {
    const response = await graphClient(server)(
      `/me/calendarView?startDateTime=yesterday&endDateTime=${window.end}`,
    );
    expect(response.status).toBe(400);
  });

  it("pages by ten when no $top is given, as Graph does", async () => {
    const first = await page(view(""));
    expect(first.value).toHaveLength(10);
    expect(first["@odata.nextLink"]).toBeDefined();
  });

  it("returns every event exactly once when following nextLink with a small $top", async () => {
    const everything = await page(view("&$top=1000"));
    expect(everything["@odata.nextLink"]).toBeUndefined();

    const seen: string[] = [];
    let next: string | undefined = `${server.graphBaseUrl}/v1.0${view("&$top=4")}`;
    let pages = 0;
    while (next) {
      expect(next.startsWith(`${server.graphBaseUrl}/v1.0/me/calendarView?`)).toBe(true);
      const response = await fetch(next, {
        headers: { authorization: "Bearer demo:daan.visser@contoso.example" },
      });
      const current = (await response.json()) as EventPage;
      expect(current.value.length).toBeLessThanOrEqual(4);
      seen.push(...current.value.map((event) => event.id ?? ""));
      next = current["@odata.nextLink"];
      pages++;
    }

    expect(seen).toEqual(everything.value.map((event) => event.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(seen.length / 4));
  });

  it("returns only events that overlap the window", async () => {
    const everything = await allEvents(server, window);
    const narrow = { start: "2026-11-16T00:00:00Z", end: "2026-11-17T00:00:00Z" };
    const inNarrow = await allEvents(server, narrow);

    const overlaps = (event: Event) =>
      new Date(`${event.start?.dateTime}Z`) < new Date(narrow.end) &&
      new Date(`${event.end?.dateTime}Z`) > new Date(narrow.start);
    expect(inNarrow.length).toBeGreaterThan(0);
    expect(inNarrow.map((e) => e.id)).toEqual(everything.filter(overlaps).map((e) => e.id));
  });

  it("orders by start, newest first on request", async () => {
    const ascending = (await page(view("&$top=1000"))).value.map((e) => e.start?.dateTime ?? "");
    const descending = (await page(view("&$top=1000&$orderby=start/dateTime desc"))).value.map(
      (e) => e.start?.dateTime ?? "",
    );
    expect(ascending).toEqual([...ascending].sort());
    expect(descending).toEqual([...ascending].reverse());
  });

  it("answers in UTC by default and in the zone asked for with Prefer", async () => {
    const utc = await graphClient(server)(view("&$top=1000"));
    const amsterdam = await graphClient(server)(view("&$top=1000"), {
      headers: { prefer: 'outlook.timezone="Europe/Amsterdam"' },
    });
    const fabrikam = (events: Event[]) => events.find((e) => e.subject === "Fabrikam | Discovery call");

    expect(utc.headers.get("preference-applied")).toBe('outlook.timezone="UTC"');
    expect(amsterdam.headers.get("preference-applied")).toBe('outlook.timezone="Europe/Amsterdam"');
    const inUtc = fabrikam(((await utc.json()) as EventPage).value);
    const inAmsterdam = fabrikam(((await amsterdam.json()) as EventPage).value);
    expect(inUtc?.start).toEqual({ dateTime: "2026-11-05T09:00:00.0000000", timeZone: "UTC" });
    expect(inAmsterdam?.start).toEqual({
      dateTime: "2026-11-05T10:00:00.0000000",
      timeZone: "Europe/Amsterdam",
    });
  });

  it("honours $select but always returns id and @odata.etag", async () => {
    const [event] = (await page(view("&$top=1&$select=subject"))).value;
    expect(Object.keys(event ?? {}).sort()).toEqual(["@odata.etag", "id", "subject"]);
  });

  it("expands the weekly pipeline review into occurrences of one series", async () => {
    const reviews = (await allEvents(server, window)).filter((e) => e.subject === "Weekly pipeline review");
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    for (const review of reviews) {
      expect(review.type).toBe("occurrence");
      expect(review.seriesMasterId).toBe(reviews[0]?.seriesMasterId);
      expect(review.onlineMeeting?.joinUrl).toBe(reviews[0]?.onlineMeeting?.joinUrl);
    }
    expect(new Set(reviews.map((r) => r.id)).size).toBe(reviews.length);
  });

  it("gives each mailbox its own copy of a shared meeting", async () => {
    const mine = (await allEvents(server, window)).filter((e) => e.subject === "1:1 Daan / Megan");
    const hers = (await allEvents(server, window, DEMO_MANAGER_UPN)).filter(
      (e) => e.subject === "1:1 Daan / Megan",
    );
    expect(mine).toHaveLength(2);
    expect(hers).toHaveLength(2);
    expect(hers.map((e) => e.iCalUId)).toEqual(mine.map((e) => e.iCalUId));
    expect(hers.map((e) => e.id)).not.toEqual(mine.map((e) => e.id));
    expect(mine.every((e) => !e.isOrganizer && e.responseStatus?.response === "accepted")).toBe(true);
    expect(hers.every((e) => e.isOrganizer && e.responseStatus?.response === "organizer")).toBe(true);
  });

  it("fetches a single event by its ID", async () => {
    const [first] = (await page(view("&$top=1"))).value;
    const response = await graphClient(server)(`/me/events/${first?.id}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Event).subject).toBe(first?.subject);
    expect((await graphClient(server)("/me/events/AAMkADnope")).status).toBe(404);
  });
});
