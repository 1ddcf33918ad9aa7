import "../../i18n/features/insights.messages.ts";
import type { KeyMoment } from "../../domain/transcript/index.ts";
import type { I18n } from "../../i18n/index.ts";
import { formatSpokenDuration } from "./spoken-duration.ts";

/**
 * A key moment's ID, stable across analyses of the same transcript (a moment's kind and time come from the
 * transcript alone), so that what the rep ticked survives reopening the call.
 */
export function keyMomentId(moment: Pick<KeyMoment, "kind" | "atMs">): string {
  return `${moment.kind}@${moment.atMs}`;
}

/**
 * What happened at a key moment, in one sentence in the rep's language, built from its kind and details
 * (the moment's English `reason` is for logs). The rep is "you"; others are named as the transcript names them.
 */
export function describeKeyMoment(
  moment: KeyMoment,
  repSpeaker: string | null,
  i18n: Pick<I18n, "t" | "formatDuration">,
): string {
  const { t } = i18n;
  const duration = (ms: number) => formatSpokenDuration(ms, i18n);
  const who = (speaker: string | null) => {
    if (speaker === null) return t("insights.someone");
    return speaker === repSpeaker ? t("insights.you") : speaker;
  };

  switch (moment.kind) {
    case "priceEarly":
    case "priceMention": {
      const { speaker, word, sinceStartMs } = moment.details;
      const key = moment.kind === "priceEarly" ? "insights.momentPriceEarly" : "insights.momentPriceMention";
      return t(key, { who: who(speaker), word, time: duration(sinceStartMs) });
    }
    case "longRepMonologue":
      return t("insights.momentLongRepMonologue", { duration: duration(moment.details.durationMs) });
    case "customerObjection":
      return t("insights.momentCustomerObjection", moment.details);
    case "customerStory":
      return t("insights.momentCustomerStory", {
        speaker: moment.details.speaker,
        duration: duration(moment.details.durationMs),
      });
    case "questionStreak":
      return t("insights.momentQuestionStreak", {
        count: moment.details.questionCount,
        duration: duration(moment.details.durationMs),
      });
    case "noQuestionsStretch":
      return t("insights.momentNoQuestionsStretch", { duration: duration(moment.details.durationMs) });
    case "nextSteps":
      return t("insights.momentNextSteps", { who: who(moment.details.speaker) });
    case "callClose":
      return t("insights.momentCallClose", { duration: duration(moment.details.durationMs) });
  }
}
