import type { ReviewCallSelection } from "../../domain/review/index.ts";
import type { I18n } from "../../i18n/index.ts";
import { cuesAround } from "../transcript/cues-around.ts";
import { describeKeyMoment, keyMomentId } from "../transcript/key-moment-text.ts";
import type { CallTranscriptState } from "../transcript/transcript.store.ts";
import { type CallChoice, includedMomentIds, includedReflection, includesExcerpt } from "./call-choice.ts";
import type { ReviewCandidate } from "./review-candidates.ts";

/**
 * One chosen call as the packet builder takes it: the moments the rep kept (worded in the rep's language, each
 * with the transcript lines around it unless the rep left those out) and the reflection answers they kept. A
 * moment the transcript no longer has, or a transcript that is not read, adds nothing.
 */
export function reviewCallSelection(
  candidate: ReviewCandidate,
  choice: CallChoice,
  transcript: CallTranscriptState,
  i18n: Pick<I18n, "t" | "formatDuration">,
): ReviewCallSelection {
  const insights = transcript.status === "ready" ? transcript.insights : null;
  const momentIds = new Set(includedMomentIds(choice, candidate.notes));
  const moments = (insights?.keyMoments ?? [])
    .filter((moment) => momentIds.has(keyMomentId(moment)))
    .map((moment) => {
      const id = keyMomentId(moment);
      return {
        id,
        moment,
        description: describeKeyMoment(moment, insights?.repSpeaker ?? null, i18n),
        excerpt: includesExcerpt(choice, id)
          ? cuesAround(transcript.cues, moment.atMs).lines.map((line) => line.cue)
          : [],
      };
    });
  return {
    call: candidate.call,
    notes: candidate.notes,
    company: candidate.company,
    includedReflection: includedReflection(choice, candidate.notes),
    moments,
    insights,
  };
}
