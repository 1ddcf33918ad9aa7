import type { Call, TranscriptAvailability } from "../domain/calls/call.ts";

/**
 * What the UI reads about the rep's calls. The UI talks to this interface only, never to Graph:
 * the Graph implementation lives in `calls.graph-repository.ts`.
 */
export interface CallsRepository {
  /** The rep's calls and meetings of the last {@link RECENT_DAYS} days up to now, newest first. */
  listRecentCalls(signal?: AbortSignal): Promise<Call[]>;
  /** Whether each call's transcript can be read, keyed by call ID; asked after the list is on screen. */
  getTranscriptAvailability(
    calls: readonly Call[],
    signal?: AbortSignal,
  ): Promise<ReadonlyMap<string, TranscriptAvailability>>;
}

export const RECENT_DAYS = 14;
