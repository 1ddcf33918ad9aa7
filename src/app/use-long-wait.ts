import { useEffect, useState } from "react";

/**
 * How long a wait stays unmarked before the app says it is waiting: most of its waits end sooner (the demo's
 * start-up ones in a tenth of a second), and an indicator that flashes up and away is noise to the eye and work
 * for a phone's start-up (its elements created, animated and removed in the middle of drawing the screen).
 * Half a second, as `spin-delay` and most design systems choose: long enough to skip a quick wait, short enough
 * that a slow one is acknowledged well before a person wonders.
 */
export const LOADING_INDICATOR_DELAY_MS = 500;

/** Whether `waiting` has been true for {@link LOADING_INDICATOR_DELAY_MS}: time to show that the app is waiting. */
export function useLongWait(waiting: boolean): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setLong(true), LOADING_INDICATOR_DELAY_MS);
    return () => {
      clearTimeout(timer);
      // The next wait starts unmarked again.
      setLong(false);
    };
  }, [waiting]);
  return waiting && long;
}
