/**
 * A page's first `Intl` date loads ICU's data and looks up the time zone: 30 to 60 ms on a fast machine, several times
 * that on a phone, in one block of the main thread, in the first render of the I18n provider. ICU does that once
 * per process, behind a lock, and a dedicated worker runs in the page's process: `index.html` loads this module
 * first, and it starts a worker that does that work on its own thread while the app's code loads and starts. Nothing
 * waits for it: when the main thread's first date comes before the worker is done, it waits only for the rest of
 * that work, and once it is done, a first date takes under a millisecond.
 */
warmUpIntl(startWarmUpWorker);

/** Starts the worker and lets it go once it is done, or has failed; a worker that cannot start changes nothing. */
export function warmUpIntl(start: () => Worker | null): void {
  let worker: Worker | null;
  try {
    worker = start();
  } catch {
    return;
  }
  if (worker === null) return;
  const started = worker;
  // What ICU loaded stays with the process; the worker has nothing left to do.
  const letGo = () => started.terminate();
  started.addEventListener("message", letGo, { once: true });
  started.addEventListener("error", letGo, { once: true });
}

function startWarmUpWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./intl-warm-up.worker.ts", import.meta.url), {
    type: "module",
    name: "intl-warm-up",
  });
}
