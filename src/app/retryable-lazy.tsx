import { type ComponentType, lazy, useState } from "react";
import { ErrorBoundary } from "react-error-boundary";

/** A lazily loaded component's code did not arrive (offline for a moment, or a deploy replaced the chunk). */
class ChunkLoadError extends Error {
  override readonly name = "ChunkLoadError";
}

/** A lazily loaded component that can also be fetched ahead of its first use. */
export type RetryableLazyComponent<Props extends object> = ComponentType<Props> & {
  /** Fetches the code now, so the first render shows the component at once; a failure here is left to that render. */
  preload(): void;
};

/**
 * `React.lazy` that can try again: React keeps a lazy component's failure for good, so a chunk that did not arrive
 * would fail again on every retry. Here a failed load is shown to the nearest boundary (a `FeatureBoundary`) as it
 * is, and only once that failure has been on screen does the next render, the boundary's "Reload this part",
 * start a new load; never a new load on every render, which would loop without ever showing the failure.
 * Code that has arrived (by `preload`, or for an earlier instance) is rendered as it is: `React.lazy` would still
 * suspend on its first render, for long enough that keys typed straight after a click land somewhere else.
 */
export function retryableLazy<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): RetryableLazyComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  // One fetch at a time: a preload on every pointer-enter asks for the code once; after a failure, anew.
  let fetching: Promise<ComponentType<Props>> | null = null;
  const fetchComponent = () => {
    fetching ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        fetching = null;
        throw error;
      },
    );
    return fetching;
  };
  const attempt = () =>
    lazy(() =>
      fetchComponent().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          throw new ChunkLoadError("A lazily loaded component could not be fetched", { cause: error });
        },
      ),
    );
  let current = attempt();
  // biome-ignore lint/correctness/noComponentHookFactories: made once per module, at its top level, as React.lazy is.
  function RetryableLazy(props: Props) {
    const [failure, setFailure] = useState<ChunkLoadError | null>(null);
    // Chosen once per instance: switching from the lazy wrapper to the component would remount it, losing its state.
    const [Shown] = useState<ComponentType<Props>>(() => loaded ?? current);
    // Thrown from here, outside the boundary below, so that the feature's boundary shows it.
    if (failure !== null) throw failure;
    return (
      <ErrorBoundary
        fallbackRender={({ error }) => {
          // Any other error is the feature's own: straight on to the feature's boundary.
          if (!(error instanceof ChunkLoadError)) throw error;
          return null;
        }}
        onError={(error) => {
          if (!(error instanceof ChunkLoadError)) return;
          // React is done retrying the failed render by now (this runs once the fallback is committed): the next
          // render of this component, the boundary's "Reload this part", may start a new load.
          current = attempt();
          setFailure(error);
        }}
      >
        <Shown {...props} />
      </ErrorBoundary>
    );
  }
  return Object.assign(RetryableLazy, {
    preload() {
      if (loaded === null) fetchComponent().catch(() => undefined);
    },
  });
}
