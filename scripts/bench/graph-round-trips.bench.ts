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
 */

const MEETING_COUNTS = [10, 50, 200] as const;
/** A Wednesday evening in Amsterdam: every seeded meeting is over. */
const NOW = new Date("2026-03-25T17:00:00Z");

interface CaseResult {
  readonly meetings: number;
  readonly calls: number;
  readonly roundTrips: number;
  readonly target: number;
  readonly met: boolean;
  /** Round trips by what they asked for, e.g. `GET /me/calendarView: 1`. */
  readonly byRequest: Record<string, number>;
  readonly transcriptStatuses: Record<string, number>;
}

async function measure(meetings: number): Promise<CaseResult> {
  const demo = await startDemoTenantServer({ now: () => NOW, seed: { customerMeetings: meetings } });
  try {
    const { client } = createTestGraphClient({ baseUrl: demo.graphBaseUrl, token: `demo:${DEMO_REP_UPN}` });
    const store = createCallsStore(new GraphCallsRepository(client, () => NOW));
    demo.tenant.requests.clear();
    await store.getState().load();
    const { status, calls, transcripts, transcriptsStatus } = store.getState();
    if (status !== "ready" || transcriptsStatus !== "ready") {
      throw new Error(
        `N = ${meetings}: the calls list ended ${status}, its transcripts ${transcriptsStatus}`,
      );
    }
    const customerCalls = calls.filter((call) => call.kind === "customer").length;
    if (customerCalls !== meetings)
      throw new Error(`N = ${meetings}: ${customerCalls} customer calls listed`);

    const roundTrips = demo.tenant.requests.list().filter((request) => request.batchId === undefined);
    const target = 1 + Math.ceil(meetings / 20);
    return {
      meetings,
      calls: calls.length,
      roundTrips: roundTrips.length,
      target,
      met: roundTrips.length <= target,
      byRequest: countBy(roundTrips, describe),
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
  const rows = results.map((result) => [
    String(result.meetings),
    String(result.roundTrips),
    String(result.target),
    verdict(result.met),
    Object.entries(result.byRequest)
      .map(([request, count]) => `${request} ×${count}`)
      .join(", "),
  ]);
  return {
    key: "graphRoundTrips",
    title: "Graph round trips to show the calls list with transcript statuses",
    table: table(["N customer meetings", "round trips", "target", "", "requests"], rows),
    verdicts: results.map(
      (result) =>
        `N = ${result.meetings}: ${result.roundTrips} round trips (target ≤ 1 + ceil(N / 20) = ${result.target}): ${verdict(result.met)}`,
    ),
    figures: { cases: results },
  };
}

export const benchmark: Benchmark = { key: "graphRoundTrips", run };
