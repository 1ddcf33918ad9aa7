import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestGraphClient } from "./graph-client.fake.ts";
import { GraphRequestError } from "./graph-error.ts";
import { getTranscriptContent } from "./transcripts.graph.ts";

const BASE = "http://graph.test/graph";
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d";
/** Real meeting IDs are base64 with `/` and `=`; they must arrive as one path segment. */
const MEETING_ID = "MSo1:meeting/1==";
const VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Daan Visser>What does it cost?</v>\n";

interface SeenRequest {
  readonly path: string;
  readonly format: string | null;
  readonly accept: string | null;
}

interface TenantOptions {
  /** What `GET /me/onlineMeetings?$filter=…` answers. */
  readonly lookup?: () => Response;
  /** What listing the meeting's transcripts answers. */
  readonly list?: () => Response;
  /** What reading a transcript's content answers, by transcript ID. */
  readonly content?: (transcriptId: string) => Response;
}

const forbidden = (innerCode?: string) =>
  HttpResponse.json(
    {
      error: { code: "Forbidden", message: "No.", ...(innerCode ? { innerError: { code: innerCode } } : {}) },
    },
    { status: 403 },
  );
const notFound = () => HttpResponse.json({ error: { code: "NotFound", message: "Gone." } }, { status: 404 });
const transcriptsList = (...transcripts: object[]) => HttpResponse.json({ value: transcripts });

/** A tenant with one meeting the rep organized, answering each step as the test says; records every request. */
function fakeTenant({
  lookup = () => HttpResponse.json({ value: [{ id: MEETING_ID }] }),
  list = () => transcriptsList({ id: "t1", createdDateTime: "2026-03-24T09:01:00Z" }),
  content = () => new HttpResponse(VTT, { headers: { "Content-Type": "text/vtt" } }),
}: TenantOptions = {}): SeenRequest[] {
  const seen: SeenRequest[] = [];
  server.use(
    http.get(`${BASE}/v1.0/*`, ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.slice(`/graph/v1.0`.length);
      seen.push({ path, format: url.searchParams.get("$format"), accept: request.headers.get("Accept") });
      if (path === "/me/onlineMeetings") return lookup();
      const meeting = `/me/onlineMeetings/${encodeURIComponent(MEETING_ID)}/transcripts`;
      if (path === meeting) return list();
      if (path.startsWith(`${meeting}/`) && path.endsWith("/content")) {
        return content(decodeURIComponent(path.slice(meeting.length + 1, -"/content".length)));
      }
      return notFound();
    }),
  );
  return seen;
}

describe("getTranscriptContent", () => {
  it("finds the meeting, lists its transcripts and reads one as text/vtt, each step with its own scope", async () => {
    const seen = fakeTenant();
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    await expect(getTranscriptContent(client, JOIN_URL)).resolves.toEqual({ status: "ok", vtt: VTT });

    expect(seen.map((request) => request.path)).toEqual([
      "/me/onlineMeetings",
      `/me/onlineMeetings/${encodeURIComponent(MEETING_ID)}/transcripts`,
      `/me/onlineMeetings/${encodeURIComponent(MEETING_ID)}/transcripts/t1/content`,
    ]);
    expect(seen[2]).toMatchObject({ format: "text/vtt", accept: "text/vtt" });
    expect(tokenRequests).toEqual([
      ["OnlineMeetings.Read"],
      ["OnlineMeetingTranscript.Read.All"],
      ["OnlineMeetingTranscript.Read.All"],
    ]);
  });

  it("reads the latest transcript when transcription was restarted", async () => {
    const read: string[] = [];
    fakeTenant({
      list: () =>
        transcriptsList(
          { id: "second", createdDateTime: "2026-03-24T09:20:00Z" },
          { id: "undated" },
          { id: "first", createdDateTime: "2026-03-24T09:01:00Z" },
        ),
      content: (id) => {
        read.push(id);
        return new HttpResponse(`WEBVTT\n\nNOTE ${id}\n`, { headers: { "Content-Type": "text/vtt" } });
      },
    });
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await getTranscriptContent(client, JOIN_URL);

    expect(read).toEqual(["second"]);
  });

  it("takes the transcript of this occurrence of a recurring meeting, and none when it had none", async () => {
    const read: string[] = [];
    fakeTenant({
      list: () =>
        transcriptsList(
          { id: "last-week", createdDateTime: "2026-03-17T09:01:00Z", endDateTime: "2026-03-17T09:40:00Z" },
          { id: "this-week", createdDateTime: "2026-03-24T09:02:00Z", endDateTime: "2026-03-24T09:50:00Z" },
          { id: "next-day", createdDateTime: "2026-03-25T09:00:00Z", endDateTime: "2026-03-25T09:30:00Z" },
        ),
      content: (id) => {
        read.push(id);
        return new HttpResponse(VTT, { headers: { "Content-Type": "text/vtt" } });
      },
    });
    const { client } = createTestGraphClient({ baseUrl: BASE });
    const at = (start: string, end: string) => ({ during: { start: new Date(start), end: new Date(end) } });

    await getTranscriptContent(client, JOIN_URL, at("2026-03-24T09:00:00Z", "2026-03-24T09:45:00Z"));
    const skipped = await getTranscriptContent(
      client,
      JOIN_URL,
      at("2026-03-10T09:00:00Z", "2026-03-10T09:45:00Z"),
    );

    expect(read).toEqual(["this-week"]);
    expect(skipped).toEqual({ status: "none" });
  });

  it("says none when the meeting has no transcript, and notFound when there is no such meeting", async () => {
    fakeTenant({ list: () => transcriptsList() });
    const { client } = createTestGraphClient({ baseUrl: BASE });
    await expect(getTranscriptContent(client, JOIN_URL)).resolves.toEqual({ status: "none" });

    fakeTenant({ lookup: () => HttpResponse.json({ value: [] }) });
    await expect(getTranscriptContent(client, JOIN_URL)).resolves.toEqual({ status: "notFound" });
  });

  it.each([
    ["listing", { list: () => forbidden() }, "notOrganizer"],
    ["listing", { list: () => forbidden("GraphAccessToTranscriptsDisabled") }, "disabledByAdmin"],
    ["reading", { content: () => forbidden("GraphAccessToTranscriptsDisabled") }, "disabledByAdmin"],
    ["looking up", { lookup: () => forbidden() }, "other"],
  ] as const)("reads a 403 when %s transcripts as forbidden (%s)", async (_step, tenant, reason) => {
    fakeTenant(tenant);
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(getTranscriptContent(client, JOIN_URL)).resolves.toEqual({ status: "forbidden", reason });
  });

  it("reads a 404 as notFound, and forgets the meeting ID of a meeting that is gone", async () => {
    fakeTenant({ list: notFound });
    const { client } = createTestGraphClient({ baseUrl: BASE });
    const meetingIds = new Map([[JOIN_URL, MEETING_ID]]);

    await expect(getTranscriptContent(client, JOIN_URL, { meetingIds })).resolves.toEqual({
      status: "notFound",
    });
    expect(meetingIds.has(JOIN_URL)).toBe(false);

    fakeTenant({ content: notFound });
    await expect(getTranscriptContent(client, JOIN_URL)).resolves.toEqual({ status: "notFound" });
  });

  it("remembers the meeting it found, so the next read skips the lookup", async () => {
    const seen = fakeTenant();
    const { client } = createTestGraphClient({ baseUrl: BASE });
    const meetingIds = new Map<string, string>();

    await getTranscriptContent(client, JOIN_URL, { meetingIds });
    seen.length = 0;
    await getTranscriptContent(client, JOIN_URL, { meetingIds });

    expect(meetingIds.get(JOIN_URL)).toBe(MEETING_ID);
    expect(seen.map((request) => request.path)).not.toContain("/me/onlineMeetings");
  });

  it("rejects with a GraphRequestError when Graph fails otherwise", async () => {
    fakeTenant({
      list: () => HttpResponse.json({ error: { code: "InternalServerError" } }, { status: 500 }),
    });
    const { client } = createTestGraphClient({ baseUrl: BASE });

    const failure = getTranscriptContent(client, JOIN_URL);

    await expect(failure).rejects.toBeInstanceOf(GraphRequestError);
    await expect(failure).rejects.toMatchObject({ status: 500 });
  });
});
