import type { Event } from "@microsoft/microsoft-graph-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import {
  allEvents,
  type GraphErrorBody,
  graphClient,
  lastTwoWeeks,
  WEDNESDAY,
} from "../testing/demo-tenant.fixture.ts";

let server: DemoTenantServer;
let events: Event[];
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
  events = await allEvents(server, lastTwoWeeks(WEDNESDAY));
});
afterAll(() => server.close());

interface Meeting {
  id: string;
  joinWebUrl: string;
  subject: string;
}
interface Transcript {
  id: string;
  meetingId: string;
  createdDateTime: string;
  endDateTime: string;
  transcriptContentUrl: string;
  meetingOrganizer: { user: { id: string } };
}

function joinUrlOf(subject: string): string {
  const url = events.find((e) => e.subject === subject)?.onlineMeeting?.joinUrl;
  if (!url) throw new Error(`No Teams meeting "${subject}" in the rep's calendar`);
  return url;
}

async function findMeeting(subject: string, as?: string): Promise<Meeting[]> {
  const filter = encodeURIComponent(`JoinWebUrl eq '${joinUrlOf(subject)}'`);
  const response = await graphClient(server, as)(`/me/onlineMeetings?$filter=${filter}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: Meeting[] }).value;
}

async function meetingId(subject: string): Promise<string> {
  const [meeting] = await findMeeting(subject);
  if (!meeting) throw new Error(`The rep cannot look up "${subject}"`);
  return meeting.id;
}

describe("online meetings and transcripts", () => {
  it("finds a meeting the rep organized by its join URL", async () => {
    const [meeting] = await findMeeting("Fabrikam | Discovery call");
    expect(meeting?.joinWebUrl).toBe(joinUrlOf("Fabrikam | Discovery call"));
    expect(meeting?.subject).toBe("Fabrikam | Discovery call");
  });

  it("finds nothing for a meeting someone else organized", async () => {
    expect(await findMeeting("Woodgrove Bank | Security review")).toEqual([]);
    expect(await findMeeting("Weekly pipeline review")).toEqual([]);
    expect(await findMeeting("Weekly pipeline review", DEMO_MANAGER_UPN)).toHaveLength(1);
  });

  it("requires a JoinWebUrl filter", async () => {
    expect((await graphClient(server)("/me/onlineMeetings")).status).toBe(400);
  });

  it("lists the transcript of a recorded call and serves it as text/vtt", async () => {
    const id = await meetingId("Fabrikam | Discovery call");
    const list = await (await graphClient(server)(`/me/onlineMeetings/${id}/transcripts`)).json();
    const [transcript] = list.value as Transcript[];
    expect(list.value).toHaveLength(1);
    expect(transcript?.meetingId).toBe(id);
    expect(
      Date.parse(transcript?.endDateTime ?? "") - Date.parse(transcript?.createdDateTime ?? ""),
    ).toBeGreaterThan(20 * 60_000);

    for (const ask of [{ headers: { accept: "text/vtt" } }, { query: "?$format=text/vtt" }]) {
      const path = `/me/onlineMeetings/${id}/transcripts/${transcript?.id}/content${"query" in ask ? ask.query : ""}`;
      const response = await graphClient(server)(path, "headers" in ask ? { headers: ask.headers } : {});
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/vtt");
      const vtt = await response.text();
      expect(vtt.startsWith("WEBVTT\n\n")).toBe(true);
      expect(vtt).toContain("<v Daan Visser>");
      expect(vtt).toContain("<v Lena Fischer>");
    }
  });

  it("serves the content at the transcript's own transcriptContentUrl", async () => {
    const id = await meetingId("Woodgrove Bank | Discovery: client onboarding");
    const [transcript] = (await (await graphClient(server)(`/me/onlineMeetings/${id}/transcripts`)).json())
      .value as Transcript[];
    const response = await fetch(transcript?.transcriptContentUrl ?? "", {
      headers: { authorization: "Bearer demo:daan.visser@contoso.example" },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<v Claire Dubois>");
  });

  it("lists no transcripts for the call where nobody started transcription", async () => {
    const id = await meetingId("Northwind Traders | Order intake deep dive");
    const list = await (await graphClient(server)(`/me/onlineMeetings/${id}/transcripts`)).json();
    expect(list.value).toEqual([]);
  });

  it("answers 403 GraphAccessToTranscriptsDisabled where the admin blocked transcript access", async () => {
    const id = await meetingId("Northwind Traders | Pricing and proposal");
    const response = await graphClient(server)(`/me/onlineMeetings/${id}/transcripts`);
    const body = (await response.json()) as GraphErrorBody;
    expect(response.status).toBe(403);
    expect(body.error.code).toBe("Forbidden");
    expect(body.error.innerError.code).toBe("GraphAccessToTranscriptsDisabled");
  });

  it("answers 403 to someone who did not organize the meeting", async () => {
    const id = await meetingId("Fabrikam | Discovery call");
    const response = await graphClient(server, DEMO_MANAGER_UPN)(`/me/onlineMeetings/${id}/transcripts`);
    expect(response.status).toBe(403);
    expect(((await response.json()) as GraphErrorBody).error.code).toBe("Forbidden");
  });

  it("answers 404 for a meeting or transcript that does not exist", async () => {
    expect((await graphClient(server)("/me/onlineMeetings/MSnope/transcripts")).status).toBe(404);
    const id = await meetingId("Fabrikam | Discovery call");
    expect((await graphClient(server)(`/me/onlineMeetings/${id}/transcripts/MSMjnope/content`)).status).toBe(
      404,
    );
  });

  it("can be reached in a batch, with the VTT base64-encoded as Graph does for non-JSON bodies", async () => {
    const id = await meetingId("Fabrikam | Discovery call");
    const [transcript] = (await (await graphClient(server)(`/me/onlineMeetings/${id}/transcripts`)).json())
      .value as Transcript[];
    const response = await graphClient(server)("/$batch", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        requests: [
          { id: "1", method: "GET", url: `/me/onlineMeetings/${id}/transcripts/${transcript?.id}/content` },
        ],
      }),
    });
    const [step] = (await response.json()).responses as Array<{ status: number; body: string }>;
    expect(step?.status).toBe(200);
    expect(
      Buffer.from(step?.body ?? "", "base64")
        .toString("utf8")
        .startsWith("WEBVTT"),
    ).toBe(true);
  });
});
