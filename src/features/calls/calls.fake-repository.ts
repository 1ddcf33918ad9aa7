import type { CallsRepository } from "../../data/calls.repository.ts";
import type { Call, TranscriptAvailability } from "../../domain/calls/call.ts";

interface Pending<T> {
  readonly signal: AbortSignal | undefined;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/**
 * A test double whose every request waits until the test answers it, so tests can see each state on the way
 * (loading, list shown while transcripts are pending) and answer requests out of order.
 */
export class FakeCallsRepository implements CallsRepository {
  readonly callRequests: Pending<Call[]>[] = [];
  readonly transcriptRequests: Pending<ReadonlyMap<string, TranscriptAvailability>>[] = [];

  listRecentCalls(signal?: AbortSignal): Promise<Call[]> {
    return new Promise((resolve, reject) => this.callRequests.push({ signal, resolve, reject }));
  }

  getTranscriptAvailability(
    _calls: readonly Call[],
    signal?: AbortSignal,
  ): Promise<ReadonlyMap<string, TranscriptAvailability>> {
    return new Promise((resolve, reject) => this.transcriptRequests.push({ signal, resolve, reject }));
  }

  /** The latest list request. */
  get lastCallRequest(): Pending<Call[]> {
    const request = this.callRequests.at(-1);
    if (!request) throw new Error("The calls have not been requested");
    return request;
  }

  /** The latest transcript availability request. */
  get lastTranscriptRequest(): Pending<ReadonlyMap<string, TranscriptAvailability>> {
    const request = this.transcriptRequests.at(-1);
    if (!request) throw new Error("Transcript availability has not been requested");
    return request;
  }
}
