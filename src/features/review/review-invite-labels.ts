import "../../i18n/features/review.messages.ts";
import type { ReviewInviteLabels } from "../../domain/review/index.ts";
import type { I18n } from "../../i18n/index.ts";

/** The invite's words in the rep's language, from the `review` catalog. */
export function reviewInviteLabels({ t, language }: Pick<I18n, "t" | "language">): ReviewInviteLabels {
  return {
    lang: language,
    subject: (callCount, repName) => t("review.inviteSubject", { count: callCount, rep: repName }),
    intro: (repName, callCount) => t("review.inviteIntro", { count: callCount, rep: repName }),
    timesIn: (timeZone) => t("review.inviteTimesIn", { timeZone }),
    packetNote: (fileName) => t("review.invitePacketNote", { fileName }),
    customer: t("review.inviteCustomer"),
    date: t("review.inviteDate"),
    flagNote: t("review.inviteFlagNote"),
    reframe: t("review.inviteReframe"),
    discuss: t("review.inviteDiscuss"),
    reframeQuestions: {
      permanent: t("reframe.permanent"),
      pervasive: t("reframe.pervasive"),
      personal: t("reframe.personal"),
    },
    empty: t("review.inviteEmpty"),
  };
}

/** A call's start in the invite: date and time, in the rep's language and the given zone. */
export function inviteDateFormatter({ formatDate }: Pick<I18n, "formatDate">) {
  return (date: Date, timeZone: string): string =>
    formatDate(date, { dateStyle: "medium", timeStyle: "short", timeZone });
}
