import type { HostContext } from "./host.ts";

/**
 * The current theme and locale of a host and the listeners that follow them.
 * Every host keeps its context here so that "notify only on a real change" is decided in one place.
 */
export interface HostContextStore {
  get(): HostContext;
  /** Applies what the host reported; listeners hear of it only when the theme or locale actually changed. */
  update(change: Partial<HostContext>): void;
  subscribe(listener: (context: HostContext) => void): () => void;
}

export function createHostContextStore(initial: HostContext): HostContextStore {
  let current = initial;
  const listeners = new Set<(context: HostContext) => void>();
  return {
    get: () => current,
    update(change) {
      const next = { ...current, ...change };
      if (next.theme === current.theme && next.locale === current.locale) return;
      current = next;
      for (const listener of [...listeners]) listener(current);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
