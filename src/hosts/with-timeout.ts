/** Thrown by {@link withTimeout} when the deadline passes first. */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
}

/**
 * Settles like `promise`, or rejects with a {@link TimeoutError} after `timeoutMs`: host SDKs wait a long
 * time (teams-js up to 60 s) before admitting that no host is answering.
 */
export function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
