import type { Event } from "@microsoft/microsoft-graph-types";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import {
  createTestGraphClient,
  type TestGraphClient,
  type TestGraphClientOptions,
} from "../../src/graph/graph-client.fake.ts";
import { DEMO_REP_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";

/** A Wednesday afternoon in Amsterdam: the seeded two weeks are all in the past, today's last meetings not yet. */
export const WEDNESDAY = new Date("2026-11-18T13:00:00Z");

/** The fourteen days the app asks for, ending at `now`. */
export function lastTwoWeeks(now: Date): { start: string; end: string } {
  return { start: new Date(now.getTime() - 14 * 24 * 3600 * 1000).toISOString(), end: now.toISOString() };
}

/** `fetch` against the emulator's Graph root, signed in as `as` (the rep by default). */
export function graphClient(server: DemoTenantServer, as: string = DEMO_REP_UPN) {
  return (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${server.graphBaseUrl}/v1.0${path}`, {
      ...init,
      headers: {
        authorization: `Bearer demo:${as}`,
        ...(init.headers as Record<string, string> | undefined),
      },
    });
}

/** The emulator of the test (or file) under way, and the app's Graph client signed in to it. */
export interface DemoTenantFixture {
  /** The emulator running now; there is none while the file's tests are only being collected. */
  readonly server: DemoTenantServer;
  /**
   * The app's own Graph client (with its retries and errors) signed in as `upn`, with what it did along the way.
   * It retries three times: enough to ride out an injected fault, few enough that a lasting one fails fast.
   * `options` replace the client's own, e.g. a `fetch` that can go offline or another retry bound.
   */
  clientAs(upn: string, options?: DemoTenantClientOptions): TestGraphClient;
}

export type DemoTenantClientOptions = Omit<TestGraphClientOptions, "baseUrl" | "token">;

type DemoTenantServerOptions = Parameters<typeof startDemoTenantServer>[0];

/**
 * A fresh emulator for each test of the file that calls it (at its top level), closed after the test: whatever a
 * test counts (events, requests, mails) is that test's doing alone.
 */
export function demoTenantPerTest(options?: DemoTenantServerOptions): DemoTenantFixture {
  return demoTenantBetween(beforeEach, afterEach, options);
}

/**
 * One emulator for all the tests of the file that calls it (at its top level), started before the first and
 * closed after the last: for tests that only read the seeded tenant, or that undo what they did themselves.
 * It starts in a `beforeAll` hook of its own, so the file's `beforeAll` hooks written after the call may use it.
 */
export function demoTenantPerFile(options?: DemoTenantServerOptions): DemoTenantFixture {
  return demoTenantBetween(beforeAll, afterAll, options);
}

type Hook = (run: () => Promise<void>) => void;

function demoTenantBetween(start: Hook, stop: Hook, options: DemoTenantServerOptions): DemoTenantFixture {
  let current: DemoTenantServer | null = null;
  start(async () => {
    current = await startDemoTenantServer(options);
  });
  stop(async () => {
    await current?.close();
    current = null;
  });
  const running = (): DemoTenantServer => {
    if (!current) throw new Error("The demo tenant runs only while the tests (and their hooks) do");
    return current;
  };
  return {
    get server() {
      return running();
    },
    clientAs: (upn, clientOptions) =>
      createTestGraphClient({
        retry: { maxRetries: 3 },
        ...clientOptions,
        baseUrl: running().graphBaseUrl,
        token: `demo:${upn}`,
      }),
  };
}

export interface EventPage {
  readonly value: Event[];
  readonly "@odata.nextLink"?: string;
}

/** Every event of a calendar view, following `@odata.nextLink` like the app does. */
export async function allEvents(
  server: DemoTenantServer,
  window: { start: string; end: string },
  as: string = DEMO_REP_UPN,
): Promise<Event[]> {
  const events: Event[] = [];
  let next: string | undefined =
    `${server.graphBaseUrl}/v1.0/me/calendarView?startDateTime=${window.start}&endDateTime=${window.end}&$top=100`;
  while (next) {
    const response = await fetch(next, { headers: { authorization: `Bearer demo:${as}` } });
    const page = (await response.json()) as EventPage;
    events.push(...page.value);
    next = page["@odata.nextLink"];
  }
  return events;
}

export interface GraphErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly innerError: { readonly code?: string; readonly date: string; readonly "request-id": string };
  };
}
