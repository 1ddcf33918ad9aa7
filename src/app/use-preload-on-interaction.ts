import { useEffect } from "react";

/** What a person does first on a page they have started to use: point, touch, scroll, type or move focus. */
const FIRST_INTERACTIONS = [
  "pointerover",
  "pointerdown",
  "touchstart",
  "wheel",
  "scroll",
  "keydown",
  "focusin",
] as const;

/**
 * Calls `preload` once, at the person's first interaction with the page from when `ready` is true: code that a
 * click may need (a dialog) is fetched before that click, yet not while the first screen is still being drawn,
 * where fetching and starting it up would hold a phone's main thread, and not at all for a page nobody touches.
 * `preload` must be stable (e.g. a module-level function): a new one starts listening anew.
 */
export function usePreloadOnInteraction(preload: () => void, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const listening = new AbortController();
    const onFirstInteraction = () => {
      listening.abort();
      preload();
    };
    for (const type of FIRST_INTERACTIONS) {
      // Captured, so that an element that stops an event from bubbling still counts as being used.
      window.addEventListener(type, onFirstInteraction, {
        capture: true,
        passive: true,
        signal: listening.signal,
      });
    }
    return () => listening.abort();
  }, [preload, ready]);
}
