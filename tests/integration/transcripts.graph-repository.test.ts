import "fake-indexeddb/auto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN } from "../../demo-tenant/demo-users.ts";
import { demoTenantPerFile } from "../../demo-tenant/testing/demo-tenant.fixture.ts";
import { GraphCallsRepository } from "../../src/data/calls.graph-repository.ts";
import { openTranscriptCache } from "../../src/data/transcripts.cache.ts";
import { GraphTranscriptsRepository } from "../../src/data/transcripts.graph-repository.ts";
import type { Call } from "../../src/domain/calls/call.ts";
import { callTranscriptOf, createTranscriptStore } from "../../src/features/transcript/index.ts";
import { getTranscriptContent } from "../../src/graph/transcripts.graph.ts";

/** A Wednesday evening in Amsterdam: the whole working day's meetings are over. */
const NOW = new Date("2026-03-25T17:00:00Z");
const REP_NAME = "Daan Visser";

// The tests read the seeded transcripts and count their own requests: one tenant serves them all.
const demo = demoTenantPerFile({ now: () => NOW });
let calls: Call[];
let users = 0;

beforeAll(async () => {
  calls = await new GraphCallsRepository(repClient(), () => NOW).listRecentCalls();
});
beforeEach(async () => {
  await fetch(`${demo.server.url}/graph/demo/requests`, { method: "DELETE" });
});

function repClient() {
  return demo.clientAs(DEMO_REP_UPN).client;
}

/** The rep's repository, with a browser cache of its own unless `userKey` names one used before. */
function repository(userKey = `${DEMO_REP_UPN}#${++users}`) {
  return new GraphTranscriptsRepository(repClient(), { userKey });
}

function callTitled(subject: string): Call {
  const call = calls.find((candidate) => candidate.subject === subject);
  if (!call) throw new Error(`No call ${subject}`);
  return call;
}

/** The Graph requests the emulator saw since the test began. */
async function graphRequests(): Promise<Array<{ method: string; path: string; status: number | null }>> {
  const response = await fetch(`${demo.server.url}/graph/demo/requests`);
  return (
    (await response.json()) as { value: Array<{ method: string; path: string; status: number | null }> }
  ).value;
}

describe("transcripts from the demo tenant", () => {
  it("reads the transcript of a Teams meeting the rep organized, as text/vtt", async () => {
    const transcript = await repository().getTranscript(callTitled("Fabrikam | Discovery call"));

    expect(transcript.status).toBe("available");
    if (transcript.status !== "available") return;
    expect(transcript.vtt.startsWith("WEBVTT")).toBe(true);
    expect(transcript.vtt).toContain(`<v ${REP_NAME}>`);
    expect((await graphRequests()).map((request) => `${request.status} ${request.path}`)).toEqual([
      "200 /me/onlineMeetings",
      expect.stringMatching(/^200 \/me\/onlineMeetings\/[^/]+\/transcripts$/),
      expect.stringMatching(/^200 \/me\/onlineMeetings\/[^/]+\/transcripts\/[^/]+\/content$/),
    ]);
  });

  it("says why a transcript is out of reach", async () => {
    const transcripts = repository();
    const reasonFor = async (subject: string) => {
      const transcript = await transcripts.getTranscript(callTitled(subject));
      return transcript.status === "unavailable" ? transcript.reason : transcript.status;
    };

    expect(await reasonFor("Northwind Traders | Pricing and proposal")).toBe("disabledByAdmin");
    expect(await reasonFor("Northwind Traders | Order intake deep dive")).toBe("noTranscript");
    expect(await reasonFor("Woodgrove Bank | Security review")).toBe("notOrganizer");
    expect(await reasonFor("Coffee with Tom")).toBe("notTeamsMeeting");
  });

  it("asks Graph nothing about a meeting someone else organized", async () => {
    await repository().getTranscript(callTitled("Woodgrove Bank | Security review"));

    expect(await graphRequests()).toEqual([]);
  });

  it("reads a 403 for an attendee who is not the organizer as notOrganizer", async () => {
    const fabrikam = callTitled("Fabrikam | Discovery call");
    const meetingIds = new Map<string, string>();
    await getTranscriptContent(repClient(), fabrikam.joinUrl ?? "", { meetingIds });
    const { client: managerClient } = demo.clientAs(DEMO_MANAGER_UPN);

    // Graph lets an attendee find a meeting; only its transcripts are the organizer's.
    const asManager = await getTranscriptContent(managerClient, fabrikam.joinUrl ?? "", { meetingIds });

    expect(asManager).toEqual({ status: "forbidden", reason: "notOrganizer" });
  });

  it("serves a call opened again from this browser's cache, with no Graph round trip", async () => {
    const userKey = `${DEMO_REP_UPN}#cache`;
    const fabrikam = callTitled("Fabrikam | Discovery call");
    const first = await repository(userKey).getTranscript(fabrikam);
    await fetch(`${demo.server.url}/graph/demo/requests`, { method: "DELETE" });

    // A new repository is what the next page load makes.
    const again = await repository(userKey).getTranscript(fabrikam);

    expect(again).toEqual(first);
    expect(await graphRequests()).toEqual([]);
  });

  it("forgets the cached transcripts when asked", async () => {
    const userKey = `${DEMO_REP_UPN}#forget`;
    const fabrikam = callTitled("Fabrikam | Discovery call");
    await repository(userKey).getTranscript(fabrikam);

    await repository(userKey).forgetTranscripts();

    expect(await (await openTranscriptCache(userKey)).get(fabrikam.id)).toBeNull();
  });

  it("turns a demo call into figures and key moments through the store", async () => {
    const store = createTranscriptStore(repository());
    const woodgrove = callTitled("Woodgrove Bank | Discovery: client onboarding");

    await store.getState().open(woodgrove, REP_NAME);

    const transcript = callTranscriptOf(store.getState(), woodgrove.id);
    expect(transcript.status).toBe("ready");
    expect(transcript.warnings).toEqual([]);
    expect(transcript.insights?.repSpeaker).toBe(REP_NAME);
    expect(transcript.insights?.keyMoments.length).toBeGreaterThanOrEqual(3);
  });
});
