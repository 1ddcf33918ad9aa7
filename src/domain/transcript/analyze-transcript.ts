import { byTime, isInTimeOrder } from "./cue-order.ts";
import { countFillerWords } from "./filler-words.ts";
import { findKeyMoments } from "./key-moments.ts";
import { findMonologues, monologueLength } from "./monologues.ts";
import { findPricingWord } from "./pricing-words.ts";
import { questionsIn } from "./rep-questions.ts";
import { speakerMatcher } from "./speaker-name.ts";
import type { TranscriptCue } from "./transcript-cue.ts";
import type { RepQuestion, SpeakerTalk, TranscriptInsights } from "./transcript-insights.ts";

const MS_PER_MINUTE = 60_000;

export interface AnalyzeOptions {
  /** The rep as the transcript should name them (their display name); matched case-insensitively, trimmed. */
  readonly repName: string;
}

/**
 * Conversation figures and key moments of one call, each defined exactly as on `TranscriptInsights`.
 * Expects cues in time order, as `parseTranscript` returns them; sorts a copy otherwise. Speakers are told
 * apart by their name as written; only the rep is matched loosely. One pass over the cues for the figures,
 * one for the monologues, so a full-day transcript takes milliseconds.
 */
export function analyzeTranscript(
  cues: readonly TranscriptCue[],
  options: AnalyzeOptions,
): TranscriptInsights {
  const ordered = isInTimeOrder(cues) ? cues : [...cues].sort(byTime);
  const isRep = speakerMatcher(options.repName);

  const startMs = ordered[0]?.startMs ?? 0;
  const durationMs = ordered.length === 0 ? 0 : (ordered.at(-1)?.endMs ?? 0) - startMs;

  const speechMs = new Map<string, number>();
  const repQuestions: RepQuestion[] = [];
  let repSpeaker: string | null = null;
  let fillerWordCount = 0;
  let speakerSwitchCount = 0;
  let previousSpeaker: string | null = null;
  let firstPriceMention: { atMs: number; speaker: string | null; word: string } | null = null;

  for (const cue of ordered) {
    if (firstPriceMention === null) {
      const word = findPricingWord(cue.text);
      if (word !== null) firstPriceMention = { atMs: cue.startMs, speaker: cue.speaker, word };
    }
    const { speaker } = cue;
    if (speaker === null) continue;

    speechMs.set(speaker, (speechMs.get(speaker) ?? 0) + (cue.endMs - cue.startMs));
    if (previousSpeaker !== null && speaker !== previousSpeaker) speakerSwitchCount++;
    previousSpeaker = speaker;

    if (isRep(speaker)) {
      repSpeaker ??= speaker;
      fillerWordCount += countFillerWords(cue.text);
      for (const text of questionsIn(cue.text)) repQuestions.push({ atMs: cue.startMs, text });
    }
  }

  let namedSpeechMs = 0;
  for (const ms of speechMs.values()) namedSpeechMs += ms;
  const speakers: SpeakerTalk[] = [...speechMs]
    .map(([name, ms]) => ({
      name,
      speechMs: ms,
      share: namedSpeechMs > 0 ? ms / namedSpeechMs : 0,
      isRep: isRep(name),
    }))
    .sort((a, b) => b.speechMs - a.speechMs);
  const talkShare: Record<string, number> =
    namedSpeechMs > 0 ? Object.fromEntries(speakers.map((speaker) => [speaker.name, speaker.share])) : {};
  const rep = speakers.filter((speaker) => speaker.isRep);
  const repSpeechMs = rep.reduce((sum, speaker) => sum + speaker.speechMs, 0);
  const repTalkShare = rep.reduce((sum, speaker) => sum + speaker.share, 0);

  const monologues = findMonologues(ordered);
  let longestRepMonologueMs = 0;
  let longestCustomerMonologueMs = 0;
  for (const monologue of monologues) {
    const length = monologueLength(monologue);
    if (isRep(monologue.speaker)) longestRepMonologueMs = Math.max(longestRepMonologueMs, length);
    else longestCustomerMonologueMs = Math.max(longestCustomerMonologueMs, length);
  }

  return {
    startMs,
    durationMs,
    talkShare,
    repTalkShare,
    longestRepMonologueMs,
    longestCustomerMonologueMs,
    repQuestionCount: repQuestions.length,
    firstPriceMentionMs: firstPriceMention?.atMs ?? null,
    fillerWordsPerMinute: repSpeechMs > 0 ? fillerWordCount / (repSpeechMs / MS_PER_MINUTE) : 0,
    speakerSwitchesPerMinute: durationMs > 0 ? speakerSwitchCount / (durationMs / MS_PER_MINUTE) : 0,
    keyMoments: findKeyMoments({
      cues: ordered,
      startMs,
      durationMs,
      isRep,
      repSpoke: repSpeaker !== null,
      monologues,
      repQuestions,
      firstPriceMention,
    }),
    repSpeaker,
    speakers,
    repSpeechMs,
    repQuestions,
    fillerWordCount,
    speakerSwitchCount,
  };
}
