import type { TranscriptCue } from "./transcript-cue.ts";

/** Time order: by start, then by end. */
export function byTime(a: TranscriptCue, b: TranscriptCue): number {
  return a.startMs - b.startMs || a.endMs - b.endMs;
}

export function isInTimeOrder(cues: readonly TranscriptCue[]): boolean {
  for (let i = 1; i < cues.length; i++) {
    if (byTime(cues[i - 1] as TranscriptCue, cues[i] as TranscriptCue) > 0) return false;
  }
  return true;
}
