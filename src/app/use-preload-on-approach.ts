import { type RefObject, useEffect, useEffectEvent } from "react";

/**
 * Calls `preload` once, the first time a pointer comes over the element or focus enters it: a sign that the user is
 * about to use what is in it, which comes before the click, tap or key press that needs the code (a touch fires its
 * pointer-over as the finger lands). Code fetched this way is not the first screen's: a page that nobody has
 * reached for yet, such as one a phone is still drawing, fetches and starts none of it.
 */
export function usePreloadOnApproach(ref: RefObject<HTMLElement | null>, preload: () => void): void {
  const onApproach = useEffectEvent(preload);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const listening = new AbortController();
    const approached = () => {
      listening.abort();
      onApproach();
    };
    element.addEventListener("pointerover", approached, { signal: listening.signal });
    element.addEventListener("focusin", approached, { signal: listening.signal });
    return () => listening.abort();
  }, [ref]);
}
