import { type ComponentType, lazy } from "react";

/**
 * `React.lazy` that can try again: React keeps a lazy component's failure for good, so a chunk that did not arrive
 * (offline for a moment, a deploy replaced it) would fail again on every retry. After a failed load the next render
 * starts a fresh one, which is what a `FeatureBoundary`'s "Try again" does.
 */
export function retryableLazy<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  const attempt = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          current = attempt();
          throw error;
        },
      ),
    );
  let current = attempt();
  // biome-ignore lint/correctness/noComponentHookFactories: made once per module, at its top level, as React.lazy is.
  return function RetryableLazy(props: Props) {
    const Current = current;
    return <Current {...props} />;
  };
}
