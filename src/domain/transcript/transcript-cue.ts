/** One caption of a call transcript, as read from Teams' WebVTT. */
export interface TranscriptCue {
  /** Milliseconds from the start of the transcript. */
  readonly startMs: number;
  readonly endMs: number;
  /** The name in the cue's voice tag (`<v Daan Visser>`), trimmed; `null` when the cue names nobody. */
  readonly speaker: string | null;
  /** What was said: tags removed, character references decoded, lines joined by a space. */
  readonly text: string;
}

/** The cues of a transcript and what could not be read. */
export interface ParsedTranscript {
  /** In time order (by start, then end). */
  readonly cues: TranscriptCue[];
  /** One plain English sentence per problem, e.g. `cue 12 (line 40): end before start — skipped`. */
  readonly warnings: string[];
}
