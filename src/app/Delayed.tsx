import { type ReactNode, useEffect, useState } from "react";

/**
 * How long a wait stays blank before its loading indicator shows: most of the app's waits end sooner (the demo's
 * start-up ones in a tenth of a second), and an indicator that flashes up and away is noise to the eye and work
 * for a phone's start-up (its elements created, animated and removed in the middle of drawing the screen).
 * Half a second, as `spin-delay` and most design systems choose: long enough to skip a quick wait, short enough
 * that a slow one is acknowledged well before a person wonders.
 */
export const LOADING_INDICATOR_DELAY_MS = 500;

/** Shows its children (a loading indicator) only once they have been asked for that long. */
export function Delayed({ children }: { readonly children: ReactNode }) {
  const [due, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), LOADING_INDICATOR_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return due ? children : null;
}
