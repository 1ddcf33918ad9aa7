/** `scheduler.yield()`, where the browser has it (Chromium's Prioritized Task Scheduling; not yet in every DOM lib). */
interface TaskScheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a later task, so that the browser may paint and take input between two pieces of start-up work
 * rather than run them as one long task. `scheduler.yield()` where there is one (the rest of the work keeps its
 * place ahead of other tasks), else a zero timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
