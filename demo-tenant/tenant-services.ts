import type { FaultInjector } from "./faults/fault-injector.ts";
import type { RequestLog } from "./requests/request-log.ts";
import type { TenantStore } from "./store/tenant.store.ts";

/** What every route and middleware of the emulator works with. */
export interface TenantServices {
  readonly store: TenantStore;
  readonly faults: FaultInjector;
  readonly requests: RequestLog;
}
