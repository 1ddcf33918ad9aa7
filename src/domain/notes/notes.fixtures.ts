import type { LoggedCall } from "./call-notes.ts";

/** A logged call as the store makes one; override what a test is about. */
export function makeLoggedCall(overrides: Partial<LoggedCall> = {}): LoggedCall {
  return {
    id: "0b6f3f4e-8c1a-4a53-9d0e-3f3c2a1b9e11",
    contactName: "Sanne de Vries",
    company: "Van den Berg Logistiek",
    phone: "+31 20 555 0134",
    start: "2026-11-18T09:30:00.000Z",
    durationMinutes: 12,
    outcome: "connected",
    loggedAt: "2026-11-18T09:45:00.000Z",
    ...overrides,
  };
}
