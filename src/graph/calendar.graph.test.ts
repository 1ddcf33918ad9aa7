import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { listCalendarView } from "./calendar.graph.ts";
import { createTestGraphClient } from "./graph-client.fake.ts";

const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const START = new Date("2026-03-16T10:00:00Z");
const END = new Date("2026-03-30T10:00:00Z");

/** A calendar view of three pages whose next links are absolute, as Graph writes them. */
function threePages(root: string) {
  const requests: Array<{ url: URL; prefer: string | null }> = [];
  server.use(
    http.get(`${root}/me/calendarView`, ({ request }) => {
      const url = new URL(request.url);
      requests.push({ url, prefer: request.headers.get("Prefer") });
      const page = Number(url.searchParams.get("$skip") ?? "0") / 2;
      const next = new URL(url);
      next.searchParams.set("$skip", String((page + 1) * 2));
      return HttpResponse.json({
        value: [{ id: `e${page * 2}` }, { id: `e${page * 2 + 1}` }],
        ...(page < 2 && { "@odata.nextLink": next.href }),
      });
    }),
  );
  return requests;
}

describe("listCalendarView", () => {
  it.each([
    ["the demo tenant", "http://127.0.0.1:5173/graph"],
    ["Microsoft Graph", "https://graph.microsoft.com"],
  ])("follows the next links across every page on %s", async (_, baseUrl) => {
    const requests = threePages(`${baseUrl}/v1.0`);
    const { client } = createTestGraphClient({ baseUrl });

    const events = await listCalendarView(client, { start: START, end: END, pageSize: 2 });

    expect(events.map((event) => event.id)).toEqual(["e0", "e1", "e2", "e3", "e4", "e5"]);
    expect(requests).toHaveLength(3);
  });

  it("asks for the window, only the fields a call needs, newest first, with times in UTC on every page", async () => {
    const requests = threePages("http://127.0.0.1:5173/graph/v1.0");
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: "http://127.0.0.1:5173/graph" });

    await listCalendarView(client, { start: START, end: END });

    const first = requests[0]?.url.searchParams;
    expect(first?.get("startDateTime")).toBe("2026-03-16T10:00:00.000Z");
    expect(first?.get("endDateTime")).toBe("2026-03-30T10:00:00.000Z");
    expect(first?.get("$select")?.split(",")).toEqual(
      expect.arrayContaining([
        "id",
        "start",
        "end",
        "attendees",
        "organizer",
        "onlineMeeting",
        "responseStatus",
      ]),
    );
    expect(first?.get("$select")).not.toContain("body");
    expect(first?.get("$orderby")).toBe("start/dateTime desc");
    expect(first?.get("$top")).toBe("50");
    expect(requests.map((request) => request.prefer)).toEqual(Array(3).fill('outlook.timezone="UTC"'));
    expect(tokenRequests.every((scopes) => scopes.join() === "Calendars.Read")).toBe(true);
  });
});
