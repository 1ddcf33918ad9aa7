import type { Call } from "./call.ts";

/** How long a call ran in whole minutes; instants are UTC, so a daylight-saving change in between costs nothing. */
export function callDurationMinutes(call: Pick<Call, "start" | "end">): number {
  return Math.max(0, Math.round((call.end.getTime() - call.start.getTime()) / 60_000));
}
