import type { TranscriptCue } from "./transcript-cue.ts";

/** A cue from seconds, for tests that read more easily in seconds than in milliseconds. */
export function cue(
  startSeconds: number,
  endSeconds: number,
  speaker: string | null,
  text = "",
): TranscriptCue {
  return { startMs: Math.round(startSeconds * 1000), endMs: Math.round(endSeconds * 1000), speaker, text };
}

/**
 * A conversation in which each speaker's line follows the previous one after `gapSeconds`, lasting
 * `seconds` each: `[["Daan", 10, "Hi"], ["Lena", 5, "Hello"]]`.
 */
export function conversation(
  turns: ReadonlyArray<readonly [speaker: string | null, seconds: number, text?: string]>,
  options: { gapSeconds?: number; startSeconds?: number } = {},
): TranscriptCue[] {
  const gap = options.gapSeconds ?? 0.5;
  let clock = options.startSeconds ?? 0;
  return turns.map(([speaker, seconds, text]) => {
    const made = cue(clock, clock + seconds, speaker, text);
    clock += seconds + gap;
    return made;
  });
}
