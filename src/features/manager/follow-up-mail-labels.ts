import "../../i18n/features/manager.messages.ts";
import type { FollowUpMailLabels } from "../../domain/review/index.ts";
import type { I18n } from "../../i18n/index.ts";

/** The follow-up's words in the manager's language, from the `manager` catalog. */
export function followUpMailLabels({ t, language }: Pick<I18n, "t" | "language">): FollowUpMailLabels {
  return {
    lang: language,
    subject: (callCount) => t("manager.mailSubject", { count: callCount }),
    greeting: (repName) => t("manager.mailGreeting", { rep: repName }),
    intro: (callCount) => t("manager.mailIntro", { count: callCount }),
    call: t("manager.mailCall"),
    date: t("manager.mailDate"),
    learning: t("manager.mailLearning"),
    noLearning: t("manager.mailNoLearning"),
    empty: t("manager.mailEmpty"),
    signOff: (managerName) => t("manager.mailSignOff", { manager: managerName }),
  };
}
