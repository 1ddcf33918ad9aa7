import { Spinner, type SpinnerProps } from "@fluentui/react-components";
import { useLongWait } from "./use-long-wait.ts";

/** Fluent's spinner, shown only once it has been asked for a while (see `useLongWait`): a quick wait shows nothing. */
export function DelayedSpinner(props: SpinnerProps) {
  return useLongWait(true) ? <Spinner {...props} /> : null;
}
