/** One request the emulator answered (or dropped), as `GET /graph/demo/requests` lists it. */
export interface LoggedRequest {
  readonly requestId: string;
  readonly method: string;
  /** The path after `/v1.0`, e.g. `/me/calendarView`. */
  readonly path: string;
  /** The query string without `?`, empty when none. */
  readonly query: string;
  /** `null` when the connection was dropped and no response went out. */
  readonly status: number | null;
  /** ISO timestamp. */
  readonly at: string;
  /** For a step of a JSON batch: the `request-id` of the batch it came in. */
  readonly batchId?: string;
}

/** A long dev session must not grow without bound; tests look at the last few requests. */
const MAX_ENTRIES = 5000;

/** Which Graph requests the app made, so tests can assert on traffic (paging, retries, batching). */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(): LoggedRequest[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
