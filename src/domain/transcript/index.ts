export type { AnalyzeOptions } from "./analyze-transcript.ts";
export { analyzeTranscript } from "./analyze-transcript.ts";
export type { TranscriptAnalysis } from "./analyze-vtt.ts";
export { analyzeVtt } from "./analyze-vtt.ts";
export {
  CUSTOMER_MONOLOGUE_BENCHMARK,
  DISCOVERY_QUESTIONS_BENCHMARK,
  TALK_SHARE_BENCHMARK,
} from "./benchmarks.ts";
export { formatClock } from "./clock.ts";
export { MONOLOGUE_PAUSE_LIMIT_MS } from "./monologues.ts";
export { parseTranscript } from "./parse-transcript.ts";
export type { ParsedTranscript, TranscriptCue } from "./transcript-cue.ts";
export type {
  KeyMoment,
  KeyMomentKind,
  RepQuestion,
  SpeakerTalk,
  TranscriptInsights,
} from "./transcript-insights.ts";
