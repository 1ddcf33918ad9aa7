import { vi } from "vitest";

/**
 * A `window.matchMedia` for tests (jsdom has none) whose queries a test turns on and off,
 * firing `change` like a browser does when the user switches dark mode or high contrast.
 */
export interface FakeMedia {
  set(query: string, matches: boolean): void;
}

export function installFakeMatchMedia(initiallyMatching: readonly string[] = []): FakeMedia {
  const matching = new Set(initiallyMatching);
  const listeners = new Map<string, Set<() => void>>();
  const listenersOf = (query: string) => {
    let set = listeners.get(query);
    if (!set) {
      set = new Set();
      listeners.set(query, set);
    }
    return set;
  };
  vi.stubGlobal("matchMedia", (query: string) => ({
    media: query,
    get matches() {
      return matching.has(query);
    },
    addEventListener: (_type: "change", listener: () => void) => listenersOf(query).add(listener),
    removeEventListener: (_type: "change", listener: () => void) => listenersOf(query).delete(listener),
  }));
  return {
    set(query, matches) {
      if (matches === matching.has(query)) return;
      if (matches) matching.add(query);
      else matching.delete(query);
      for (const listener of listenersOf(query)) listener();
    },
  };
}
