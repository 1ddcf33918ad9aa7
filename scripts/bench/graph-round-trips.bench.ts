import { DEMO_REP_UPN } from "../../demo-tenant/demo-users.ts";
import type { LoggedRequest } from "../../demo-tenant/requests/request-log.ts";
import { startDemoTenantServer } from "../../demo-tenant/test-server.ts";
import { GraphCallsRepository } from "../../src/data/calls.graph-repository.ts";
import { createCallsStore } from "../../src/features/calls/calls.store.ts";
import { createTestGraphClient } from "../../src/graph/graph-client.fake.ts";
import { type Benchmark, type BenchSection, table, verdict } from "./bench-report.ts";

/**
 * Graph round trips to show the rep's calls list with each call's transcript status, for N customer meetings:
 * the calls store loads the list and then the transcript statuses through the Graph repository, with the real
 * Graph client talking HTTP to the demo tenant seeded with exactly N customer meetings. A `$batch` is one round
 * trip (its steps are logged with the batch's ID and not counted again). Target: 1 + ceil(N / 20), the calendar
 * page plus one `$batch` per 20 meetings.
 *
 * Measured twice per N: the first load of a session, and a reload (the rep comes back to the list). A first load
 * must find each Teams meeting the rep organized by its join URL before its transcripts can be listed, two
 * dependent steps, each a `$batch` per 20 meetings: Graph's delegated API has no way to do both in one (a batch
 * step cannot use another's answer, `getAllTranscripts` is application-only). A reload knows the meeting IDs.
 */

const MEETING_COUNTS = [10, 50, 200] as const;
/** A Wednesday evening in Amsterdam: every seeded meeting is over. */
const NOW = new Date("2026-03-25T17:00:00Z");

interface LoadResult {
  readonly roundTrips: number;
  readonly met: boolean;
  /** Round trips by what they asked for, e.g. `POST /$batch: 3`. */
  readonly byRequest: Record<string, number>;
}

interface CaseResult {
  readonly meetings: number;
  readonly calls: number;
  /** Teams meetings the rep organized: the ones whose transcripts Graph is asked about. */
  readonly organizedTeamsMeetings: number;
  readonly target: number;
  readonly firstLoad: LoadResult;
  readonly reload: LoadResult;
  readonly transcriptStatuses: Record<string, number>;
}

async function measure(meetings: number): Promise<CaseResult> {
  const demo = await startDemoTenantServer({ now: () => NOW, seed: { customerMeetings: meetings } });
  try {
    const { client } = createTestGraphClient({ baseUrl: demo.graphBaseUrl, token: `demo:${DEMO_REP_UPN}` });
    const store = createCallsStore(new GraphCallsRepository(client, () => NOW));
    const target = 1 + Math.ceil(meetings / 20);
    const load = async (): Promise<LoadResult> => {
      demo.tenant.requests.clear();
      await store.getState().load();
      const { status, transcriptsStatus } = store.getState();
      if (status !== "ready" || transcriptsStatus !== "ready") {
        throw new Error(
          `N = ${meetings}: the calls list ended ${status}, its transcripts ${transcriptsStatus}`,
        );
      }
      const roundTrips = demo.tenant.requests.list().filter((request) => request.batchId === undefined);
      return {
        roundTrips: roundTrips.length,
        met: roundTrips.length <= target,
        byRequest: countBy(roundTrips, describe),
      };
    };
    const firstLoad = await load();
    const reload = await load();

    const { calls, transcripts } = store.getState();
    const customerCalls = calls.filter((call) => call.kind === "customer").length;
    if (customerCalls !== meetings)
      throw new Error(`N = ${meetings}: ${customerCalls} customer calls listed`);
    return {
      meetings,
      calls: calls.length,
      organizedTeamsMeetings: calls.filter((call) => call.joinUrl && call.isOrganizer).length,
      target,
      firstLoad,
      reload,
      transcriptStatuses: countBy([...transcripts.values()], (availability) => availability),
    };
  } finally {
    await demo.close();
  }
}

function describe(request: LoggedRequest): string {
  return `${request.method} ${request.path}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

async function run(): Promise<BenchSection> {
  const results: CaseResult[] = [];
  for (const meetings of MEETING_COUNTS) results.push(await measure(meetings));
  const requests = (load: LoadResult) =>
    Object.entries(load.byRequest)
      .map(([request, count]) => `${request} ×${count}`)
      .join(", ");
  const rows = results.map((result) => [
    String(result.meetings),
    String(result.organizedTeamsMeetings),
    String(result.target),
    `${result.firstLoad.roundTrips} ${verdict(result.firstLoad.met)}`,
    `${result.reload.roundTrips} ${verdict(result.reload.met)}`,
    `${requests(result.firstLoad)} | ${requests(result.reload)}`,
  ]);
  const line = (result: CaseResult, name: string, load: LoadResult) =>
    `N = ${result.meetings}, ${name}: ${load.roundTrips} round trips (target ≤ 1 + ceil(N / 20) = ${result.target}): ${verdict(load.met)}`;
  return {
    key: "graphRoundTrips",
    title: "Graph round trips to show the calls list with transcript statuses",
    table: table(
      [
        "N customer meetings",
        "organized Teams",
        "target",
        "first load",
        "reload",
        "requests (first | reload)",
      ],
      rows,
    ),
    verdicts: results.flatMap((result) => [
      line(result, "first load of a session", result.firstLoad),
      line(result, "reload", result.reload),
    ]),
    figures: { cases: results },
  };
}

export const benchmark: Benchmark = { key: "graphRoundTrips", run };
