import "../../i18n/features/insights.messages.ts";
import type { I18n } from "../../i18n/index.ts";

/**
 * A length of time as one says it, to the second below an hour: `45 s`, `3 min 5 s`, `12 min`, `1 h 5 min`.
 * A clock reading (`3:05`) would be read out by a screen reader as a time of day.
 */
export function formatSpokenDuration(
  ms: number,
  { t, formatDuration }: Pick<I18n, "t" | "formatDuration">,
): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return t("insights.durationSeconds", { seconds });
  if (minutes >= 60 || seconds === 0) return formatDuration(Math.round(totalSeconds / 60));
  return t("insights.durationMinutesSeconds", { minutes, seconds });
}
