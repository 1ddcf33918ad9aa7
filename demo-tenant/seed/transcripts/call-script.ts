import { stableSeed } from "../../ids.ts";
import { type CallLanguage, CallRecorder } from "./call-recorder.ts";
import { Prng } from "./prng.ts";
import { type TranscriptCue, toWebVtt } from "./vtt.ts";

/**
 * One seeded sales call: who speaks, in which language, and how the conversation goes. The script decides
 * the coachable moments (when price comes up, how long the rep talks, how many questions); phrase decks and a
 * PRNG seeded from `key` fill in the rest, so the same script always yields the same transcript.
 */
export interface CallScript {
  readonly key: string;
  readonly language: CallLanguage;
  /** Words that keep their capital letter when a filler is put in front (companies, products, systems). */
  readonly properNouns: readonly string[];
  record(call: CallRecorder, rng: Prng): void;
}

export interface RecordedTranscript {
  readonly scriptKey: string;
  readonly language: CallLanguage;
  readonly cues: readonly TranscriptCue[];
  readonly durationSeconds: number;
  /** The transcript as Teams serves it (`text/vtt`). */
  readonly vtt: string;
}

const PRODUCT_NOUNS = [
  "Contoso",
  "Flow",
  "Gartner",
  "Microsoft",
  "Teams",
  "Outlook",
  "Excel",
  "Power",
  "Entra",
];

const recorded = new Map<string, RecordedTranscript>();

/** Records the call once per process: the content never depends on the date, only on the script. */
export function recordTranscript(script: CallScript): RecordedTranscript {
  const cached = recorded.get(script.key);
  if (cached) return cached;
  const rng = new Prng(stableSeed("transcript", script.key));
  const call = new CallRecorder(rng, script.language, new Set([...PRODUCT_NOUNS, ...script.properNouns]));
  script.record(call, rng);
  const cues = call.cues();
  const transcript: RecordedTranscript = {
    scriptKey: script.key,
    language: script.language,
    cues,
    durationSeconds: cues.at(-1)?.end ?? 0,
    vtt: toWebVtt(cues),
  };
  recorded.set(script.key, transcript);
  return transcript;
}
