import type { TranscriptCue } from "./transcript-cue.ts";

/** A speaker talking without handing over: cue after cue, each starting less than this after the last ended. */
export const MONOLOGUE_PAUSE_LIMIT_MS = 2_000;

export interface Monologue {
  readonly speaker: string;
  readonly startMs: number;
  /** The end of its last cue. */
  readonly endMs: number;
}

/**
 * Splits the named cues into monologues: maximal runs of consecutive cues by one speaker in which each cue
 * starts less than 2,000 ms after the previous one ends. Cues that name nobody are passed over rather than
 * breaking a run: a speaker we cannot attribute is not evidence that someone else took the floor, and a
 * long one still splits the run through the pause it leaves between the named cues around it.
 * Cues must be in time order.
 */
export function findMonologues(cues: readonly TranscriptCue[]): Monologue[] {
  const monologues: Monologue[] = [];
  let speaker: string | null = null;
  let startMs = 0;
  let endMs = 0;
  for (const cue of cues) {
    if (cue.speaker === null) continue;
    if (cue.speaker === speaker && cue.startMs - endMs < MONOLOGUE_PAUSE_LIMIT_MS) {
      endMs = cue.endMs;
      continue;
    }
    if (speaker !== null) monologues.push({ speaker, startMs, endMs });
    speaker = cue.speaker;
    startMs = cue.startMs;
    endMs = cue.endMs;
  }
  if (speaker !== null) monologues.push({ speaker, startMs, endMs });
  return monologues;
}

export function monologueLength(monologue: Monologue): number {
  return monologue.endMs - monologue.startMs;
}
