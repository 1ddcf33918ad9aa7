import "../../i18n/features/review.messages.ts";
import type { I18n } from "../../i18n/index.ts";

/** When a review session is, as the rep reads it: `Monday, November 23, 10:00 – 10:30 AM`, in their zone. */
export function formatSessionTime(
  { t, formatDayHeading, formatTimeRange }: Pick<I18n, "t" | "formatDayHeading" | "formatTimeRange">,
  start: Date,
  end: Date,
): string {
  return t("review.sessionHeading", { day: formatDayHeading(start), time: formatTimeRange(start, end) });
}
