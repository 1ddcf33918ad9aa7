import { startTransition, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { StoreApi } from "zustand";

/**
 * A slice of a zustand store, like zustand's `useStore`, except that a change re-renders as a transition.
 *
 * Why: `useStore` subscribes with `useSyncExternalStore`, whose updates React always renders in one go. When the
 * calls and the rep's notes arrive, that is the whole list of calls at once, which holds a phone's main thread for
 * hundreds of milliseconds (Lighthouse's Total Blocking Time). In a transition React renders in slices and lets
 * input through between them; what the store holds is shown a few frames later, never lost.
 * A change made while a person clicks, types or taps (ticking a box bound to the store) renders at once, as React
 * renders its own state in such events: a controlled checkbox must not spring back for a few frames.
 *
 * Selectors are compared with `Object.is`, as in `useStore`: one that builds a new object each time re-renders on
 * every change of the store.
 */
export function useStoreInTransition<State, Selected>(
  store: StoreApi<State>,
  selector: (state: State) => Selected,
): Selected {
  const [shown, setShown] = useState(() => ({ store, state: store.getState() }));
  const latestSelector = useRef(selector);
  useLayoutEffect(() => {
    latestSelector.current = selector;
  });

  useEffect(() => {
    const follow = (state: State) => {
      const show = () =>
        setShown((current) =>
          current.store === store &&
          Object.is(latestSelector.current(current.state), latestSelector.current(state))
            ? current
            : { store, state },
        );
      if (duringUserInput()) show();
      else startTransition(show);
    };
    // The store may have changed between this component's render and now.
    follow(store.getState());
    return store.subscribe(follow);
  }, [store]);

  // A different store (e.g. another signed-in user's) is read at once, never a frame of the previous one.
  return selector(shown.store === store ? shown.state : store.getState());
}

/** The events by which a person changes something on the page. */
const USER_INPUT_EVENTS: ReadonlySet<string> = new Set([
  "beforeinput",
  "change",
  "click",
  "compositionend",
  "cut",
  "drop",
  "input",
  "keydown",
  "keyup",
  "paste",
  "pointerdown",
  "pointerup",
  "submit",
]);

/**
 * Whether the code running now is handling a person's input. `window.event` is how React itself tells (its event
 * priorities); a fetch or a timer has no event, and an IndexedDB `success` is not a person's.
 */
function duringUserInput(): boolean {
  const event = typeof window === "undefined" ? undefined : window.event;
  return event !== undefined && USER_INPUT_EVENTS.has(event.type);
}
