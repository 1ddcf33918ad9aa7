import { describe, expect, it } from "vitest";
import { createI18n } from "../../i18n/index.ts";
import { callChoiceMeta } from "./call-choice-meta.ts";

/** Intl puts narrow and thin no-break spaces around times; compare text as a reader sees it. */
const plain = (text: string) => text.replace(/\s/g, " ");

const now = () => new Date("2026-11-20T10:00:00Z"); // a Friday
const yesterdayAfternoon = { start: new Date("2026-11-19T13:30:00Z") };
const lastMonday = { start: new Date("2026-11-16T08:05:00Z") };

describe("callChoiceMeta", () => {
  describe("in English", () => {
    const i18n = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam", now });

    it("tells when a call no review has covered took place", () => {
      const meta = callChoiceMeta(
        { call: yesterdayAfternoon, inReview: false },
        i18n,
        i18n.t("compose.inReview"),
      );
      expect(plain(meta)).toBe("Yesterday, 2:30 PM");
    });

    it("adds that a call is already in a review", () => {
      const meta = callChoiceMeta(
        { call: lastMonday, inReview: true },
        i18n,
        i18n.t("review.alreadyInReview"),
      );
      expect(plain(meta)).toBe("Monday, November 16, 9:05 AM · Already in a review");
    });
  });

  describe("in Dutch", () => {
    const i18n = createI18n({ locale: "nl-NL", timeZone: "Europe/Amsterdam", now });

    it("tells when a call no review has covered took place", () => {
      const meta = callChoiceMeta(
        { call: lastMonday, inReview: false },
        i18n,
        i18n.t("review.alreadyInReview"),
      );
      expect(plain(meta)).toBe("Maandag 16 november, 09:05");
    });

    it("adds that a call is already in a review, in the words the caller chose", () => {
      expect(
        callChoiceMeta({ call: yesterdayAfternoon, inReview: true }, i18n, i18n.t("review.alreadyInReview")),
      ).toBe("Gisteren, 14:30 · Al in een bespreking");
      expect(
        callChoiceMeta({ call: yesterdayAfternoon, inReview: true }, i18n, i18n.t("compose.inReview")),
      ).toBe("Gisteren, 14:30 · Al in een review");
    });
  });
});
