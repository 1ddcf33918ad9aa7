import { analyzeTranscript } from "./analyze-transcript.ts";
import { parseTranscript } from "./parse-transcript.ts";
import type { TranscriptCue } from "./transcript-cue.ts";
import type { TranscriptInsights } from "./transcript-insights.ts";

export interface TranscriptAnalysis {
  readonly insights: TranscriptInsights;
  readonly cues: TranscriptCue[];
  readonly warnings: string[];
}

/** Parse and analyse in one step: what the Web Worker runs, and what runs in its place where there is none. */
export function analyzeVtt(vtt: string, repName: string): TranscriptAnalysis {
  const { cues, warnings } = parseTranscript(vtt);
  return { insights: analyzeTranscript(cues, { repName }), cues, warnings };
}
