import { randomUUID } from "node:crypto";
import {
  CONNECTION_FAULT_KINDS,
  type FaultKind,
  type FaultSpec,
  faultSpecSchema,
  pathMatcher,
} from "./fault.schema.ts";

/** A fault waiting for requests to hit, as the fault API reports it. */
export interface InjectedFault {
  readonly id: string;
  readonly kind: FaultKind;
  /** How many more matching requests it will fail. */
  readonly remaining: number;
  readonly retryAfterSeconds: number | null;
  readonly method: string | null;
  readonly path: string | null;
}

/** The request a fault is matched against. */
export interface FaultTarget {
  readonly method: string;
  /** The path after `/v1.0`, e.g. `/me/calendarView` or `/$batch`. */
  readonly path: string;
  /** A batch step cannot lose its connection: only the outer HTTP request can be dropped. */
  readonly canDrop: boolean;
}

/** Graph's usual advice when it throttles: come back in a few seconds; the demo keeps tests quick. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

interface ArmedFault {
  readonly fault: Omit<InjectedFault, "remaining">;
  remaining: number;
  readonly matchesPath: (path: string) => boolean;
}

/**
 * Makes the next matching requests fail the way Graph fails under load (429, 503, 504), refuses a permission
 * (403), or as a network does (the connection drops), so that tests and demos show the app surviving it. Faults are used up in the
 * order they were added.
 */
export class FaultInjector {
  private armed: ArmedFault[] = [];

  /** Throws a `ZodError` for a spec that makes no sense (unknown kind, count below one, bad regex). */
  add(spec: FaultSpec): InjectedFault {
    const parsed = faultSpecSchema.parse(spec);
    const armed: ArmedFault = {
      fault: {
        id: randomUUID(),
        kind: parsed.kind,
        retryAfterSeconds:
          parsed.kind === "throttle" || parsed.kind === "unavailable"
            ? (parsed.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS)
            : null,
        method: parsed.method ?? null,
        path: parsed.path ?? null,
      },
      remaining: parsed.count,
      matchesPath: pathMatcher(parsed.path),
    };
    this.armed.push(armed);
    return snapshot(armed);
  }

  list(): InjectedFault[] {
    return this.armed.map(snapshot);
  }

  clear(): void {
    this.armed = [];
  }

  /** The fault this request runs into, if any; using it counts down its remaining hits. */
  take(target: FaultTarget): InjectedFault | null {
    const hit = this.armed.find(
      ({ fault, matchesPath }) =>
        (!CONNECTION_FAULT_KINDS.has(fault.kind) || target.canDrop) &&
        (fault.method === null || fault.method === target.method.toUpperCase()) &&
        matchesPath(target.path),
    );
    if (!hit) return null;
    hit.remaining--;
    if (hit.remaining === 0) this.armed = this.armed.filter((armed) => armed !== hit);
    return snapshot(hit);
  }
}

function snapshot(armed: ArmedFault): InjectedFault {
  return { ...armed.fault, remaining: armed.remaining };
}
