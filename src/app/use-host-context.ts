import { useSyncExternalStore } from "react";
import type { Host, HostContext } from "../hosts/host.ts";

/** The host's theme and locale, re-rendering when the user switches either in Teams, Outlook or the demo. */
export function useHostContext(host: Host): HostContext {
  return useSyncExternalStore(
    (onChange) => host.onContextChange(onChange),
    () => host.getContext(),
  );
}
