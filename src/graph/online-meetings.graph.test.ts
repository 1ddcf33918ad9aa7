import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestGraphClient } from "./graph-client.fake.ts";
import { getTranscriptAvailability, meetingByJoinUrlPath } from "./online-meetings.graph.ts";

const BASE = "http://graph.test/graph";
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const join = (thread: string) =>
  `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d`;

const WITH_TRANSCRIPT = join("withTranscript");
const WITHOUT_TRANSCRIPT = join("withoutTranscript");
const TRANSCRIPTS_OFF = join("transcriptsOff");
const UNKNOWN_MEETING = join("unknown");

const MEETING_IDS: Record<string, string> = {
  [WITH_TRANSCRIPT]: "MSo1:meeting/1==",
  [WITHOUT_TRANSCRIPT]: "MSo1:meeting/2==",
  [TRANSCRIPTS_OFF]: "MSo1:meeting/3==",
};

/** A tenant behind `$batch`: meetings found by join URL, and their transcripts; records every inner URL. */
function fakeTenant() {
  const innerUrls: string[] = [];
  server.use(
    http.post(`${BASE}/v1.0/$batch`, async ({ request }) => {
      const { requests } = (await request.json()) as { requests: Array<{ id: string; url: string }> };
      innerUrls.push(...requests.map((inner) => inner.url));
      return HttpResponse.json({
        responses: requests.map((inner) => ({ id: inner.id, ...answer(inner.url) })),
      });
    }),
  );
  return innerUrls;
}

function answer(innerUrl: string): { status: number; body: unknown } {
  const url = new URL(innerUrl, "http://inner.test");
  const filter = url.searchParams.get("$filter");
  if (filter) {
    const joinUrl = /^JoinWebUrl eq '(.*)'$/.exec(filter)?.[1]?.replaceAll("''", "'") ?? "";
    const id = MEETING_IDS[joinUrl];
    return { status: 200, body: { value: id ? [{ id }] : [] } };
  }
  const meetingId = decodeURIComponent(
    /^\/me\/onlineMeetings\/([^/]+)\/transcripts$/.exec(url.pathname)?.[1] ?? "",
  );
  if (meetingId === MEETING_IDS[TRANSCRIPTS_OFF]) {
    return {
      status: 403,
      body: { error: { code: "Forbidden", innerError: { code: "GraphAccessToTranscriptsDisabled" } } },
    };
  }
  const transcripts = meetingId === MEETING_IDS[WITH_TRANSCRIPT] ? [{ id: "tr1" }] : [];
  return { status: 200, body: { value: transcripts } };
}

describe("meetingByJoinUrlPath", () => {
  it("writes the join URL as an OData string, then URL-encodes the filter as a whole", () => {
    const path = meetingByJoinUrlPath("https://teams.example/l/meetup-join/x?name=O'Neil&a=b");
    const filter = new URL(path, "http://inner.test").searchParams.get("$filter");

    expect(filter).toBe("JoinWebUrl eq 'https://teams.example/l/meetup-join/x?name=O''Neil&a=b'");
    expect(path).not.toContain("&a=b");
  });
});

describe("getTranscriptAvailability", () => {
  it("tells available, none and unavailable apart, asking for the least scopes at each step", async () => {
    fakeTenant();
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    const availability = await getTranscriptAvailability(client, [
      WITH_TRANSCRIPT,
      WITHOUT_TRANSCRIPT,
      TRANSCRIPTS_OFF,
      UNKNOWN_MEETING,
      WITH_TRANSCRIPT,
    ]);

    expect(Object.fromEntries(availability)).toEqual({
      [WITH_TRANSCRIPT]: "available",
      [WITHOUT_TRANSCRIPT]: "none",
      [TRANSCRIPTS_OFF]: "unavailable",
      [UNKNOWN_MEETING]: "none",
    });
    expect(tokenRequests).toEqual([["OnlineMeetings.Read"], ["OnlineMeetingTranscript.Read.All"]]);
  });

  it("remembers the meetings it found, so asking again lists transcripts only", async () => {
    const innerUrls = fakeTenant();
    const { client } = createTestGraphClient({ baseUrl: BASE });
    const meetingIds = new Map<string, string>();
    await getTranscriptAvailability(client, [WITH_TRANSCRIPT, UNKNOWN_MEETING], { meetingIds });
    innerUrls.length = 0;

    const again = await getTranscriptAvailability(client, [WITH_TRANSCRIPT, UNKNOWN_MEETING], { meetingIds });

    expect(again.get(WITH_TRANSCRIPT)).toBe("available");
    expect(innerUrls.filter((url) => url.includes("$filter"))).toHaveLength(1);
    expect(innerUrls.filter((url) => url.endsWith("/transcripts"))).toHaveLength(1);
  });

  it("reads a meeting it may not look up as unavailable, and a lookup that kept failing as unknown", async () => {
    server.use(
      http.post(`${BASE}/v1.0/$batch`, async ({ request }) => {
        const { requests } = (await request.json()) as { requests: Array<{ id: string }> };
        return HttpResponse.json({
          responses: requests.map((inner, index) => ({
            id: inner.id,
            status: index === 0 ? 403 : 500,
            body: { error: { code: index === 0 ? "Forbidden" : "InternalServerError" } },
          })),
        });
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    const availability = await getTranscriptAvailability(client, [WITH_TRANSCRIPT, WITHOUT_TRANSCRIPT]);

    expect(availability.get(WITH_TRANSCRIPT)).toBe("unavailable");
    expect(availability.get(WITHOUT_TRANSCRIPT)).toBe("unknown");
  });

  it("sends nothing when there is nothing to ask", async () => {
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    await expect(getTranscriptAvailability(client, [])).resolves.toEqual(new Map());
    expect(tokenRequests).toEqual([]);
  });
});
