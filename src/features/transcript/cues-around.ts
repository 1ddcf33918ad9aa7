import type { TranscriptCue } from "../../domain/transcript/index.ts";

/** The transcript lines around a moment: the rep sees what led up to it and what followed. */
export interface CuesAround {
  /** Each cue with its index in the transcript, which keys it. */
  readonly lines: readonly { readonly index: number; readonly cue: TranscriptCue }[];
  /** Index in the transcript of the cue the moment is in; -1 when there are no cues. */
  readonly momentIndex: number;
}

export const LINES_BEFORE_MOMENT = 2;
export const LINES_AFTER_MOMENT = 3;

/**
 * The cue the moment at `atMs` falls in (the last to start at or before it, or the first cue when the moment
 * comes before any), with up to `before` cues before it and `after` after it. `cues` must be in time order.
 */
export function cuesAround(
  cues: readonly TranscriptCue[],
  atMs: number,
  before = LINES_BEFORE_MOMENT,
  after = LINES_AFTER_MOMENT,
): CuesAround {
  if (cues.length === 0) return { lines: [], momentIndex: -1 };
  const moment = Math.max(0, lastStartingAtOrBefore(cues, atMs));
  const first = Math.max(0, moment - before);
  const lines = cues.slice(first, moment + after + 1).map((cue, offset) => ({ index: first + offset, cue }));
  return { lines, momentIndex: moment };
}

/** Binary search: a long call has thousands of cues and a handful of moments. */
function lastStartingAtOrBefore(cues: readonly TranscriptCue[], atMs: number): number {
  let low = 0;
  let high = cues.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((cues[middle] as TranscriptCue).startMs <= atMs) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
