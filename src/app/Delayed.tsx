import type { ReactNode } from "react";
import { useLongWait } from "./use-long-wait.ts";

/** Shows its children (a loading indicator) only once they have been asked for a while (see `useLongWait`). */
export function Delayed({ children }: { readonly children: ReactNode }) {
  return useLongWait(true) ? children : null;
}
