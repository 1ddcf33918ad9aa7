import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n.ts";

/** Intl puts narrow and thin no-break spaces around times; compare text as a reader sees it. */
const plain = (text: string) => text.replace(/\s/g, " ");

function i18nAt(locale: string, timeZone: string, now: string) {
  return createI18n({ locale, timeZone, now: () => new Date(now) });
}

describe("formatTime and formatTimeRange", () => {
  const start = new Date("2026-11-20T13:30:00Z");
  const end = new Date("2026-11-20T14:15:00Z");

  it("shows times in the user's time zone, not the machine's", () => {
    expect(plain(i18nAt("en-US", "Europe/Amsterdam", "2026-11-20T15:00:00Z").formatTime(start))).toBe(
      "2:30 PM",
    );
    expect(plain(i18nAt("en-US", "America/New_York", "2026-11-20T15:00:00Z").formatTime(start))).toBe(
      "8:30 AM",
    );
  });

  it("uses the locale's clock", () => {
    expect(i18nAt("nl-NL", "Europe/Amsterdam", "2026-11-20T15:00:00Z").formatTime(start)).toBe("14:30");
    expect(i18nAt("en-GB", "Europe/Amsterdam", "2026-11-20T15:00:00Z").formatTime(start)).toBe("14:30");
  });

  it("formats a range compactly", () => {
    expect(
      plain(i18nAt("en-US", "Europe/Amsterdam", "2026-11-20T15:00:00Z").formatTimeRange(start, end)),
    ).toBe("2:30 – 3:15 PM");
    expect(
      plain(i18nAt("nl-NL", "Europe/Amsterdam", "2026-11-20T15:00:00Z").formatTimeRange(start, end)),
    ).toBe("14:30–15:15");
  });
});

describe("formatDayHeading", () => {
  const now = "2026-11-20T10:00:00Z"; // Friday

  it("says Today and Yesterday in the user's language", () => {
    const en = i18nAt("en-US", "Europe/Amsterdam", now);
    expect(en.formatDayHeading("2026-11-20")).toBe("Today");
    expect(en.formatDayHeading("2026-11-19")).toBe("Yesterday");
    const nl = i18nAt("nl-NL", "Europe/Amsterdam", now);
    expect(nl.formatDayHeading("2026-11-20")).toBe("Vandaag");
    expect(nl.formatDayHeading("2026-11-19")).toBe("Gisteren");
  });

  it("shows weekday and date for older days, capitalised as a heading", () => {
    expect(i18nAt("en-US", "Europe/Amsterdam", now).formatDayHeading("2026-11-16")).toBe(
      "Monday, November 16",
    );
    expect(i18nAt("nl-NL", "Europe/Amsterdam", now).formatDayHeading("2026-11-16")).toBe(
      "Maandag 16 november",
    );
  });

  it("adds the year for a day in another year", () => {
    const en = i18nAt("en-US", "Europe/Amsterdam", "2027-01-05T10:00:00Z");
    expect(en.formatDayHeading("2026-12-30")).toBe("Wednesday, December 30, 2026");
  });

  it("judges Today by the user's time zone for instants", () => {
    // 23:30 UTC on the 19th is already the 20th in Amsterdam, but still the 19th in New York.
    const lateEvening = new Date("2026-11-19T23:30:00Z");
    expect(i18nAt("en-US", "Europe/Amsterdam", now).formatDayHeading(lateEvening)).toBe("Today");
    expect(i18nAt("en-US", "America/New_York", now).formatDayHeading(lateEvening)).toBe("Yesterday");
  });

  it("counts Yesterday by the calendar across the daylight-saving change", () => {
    // Sunday 29 March 2026 has 23 hours in Amsterdam; early Monday is less than 24 h after its start.
    const mondayMorning = "2026-03-29T22:30:00Z"; // 00:30 on Monday 30 March, CEST
    const en = i18nAt("en-US", "Europe/Amsterdam", mondayMorning);
    expect(en.formatDayHeading("2026-03-30")).toBe("Today");
    expect(en.formatDayHeading("2026-03-29")).toBe("Yesterday");
    expect(en.formatDayHeading("2026-03-28")).toBe("Saturday, March 28");
  });
});

describe("formatDuration", () => {
  const en = i18nAt("en-US", "UTC", "2026-11-20T10:00:00Z");
  const nl = i18nAt("nl-NL", "UTC", "2026-11-20T10:00:00Z");

  it.each([
    [45, "45 min", "45 min"],
    [60, "1 h", "1 u"],
    [90, "1 h 30 min", "1 u 30 min"],
    [125, "2 h 5 min", "2 u 5 min"],
    [44.6, "45 min", "45 min"],
    [0, "0 min", "0 min"],
    [-5, "0 min", "0 min"],
  ])("%d minutes → %s / %s", (minutes, english, dutch) => {
    expect(en.formatDuration(minutes)).toBe(english);
    expect(nl.formatDuration(minutes)).toBe(dutch);
  });
});

describe("formatDate and formatNumber", () => {
  it("formats a date in the user's zone and locale", () => {
    const instant = new Date("2026-11-19T23:30:00Z");
    expect(i18nAt("en-US", "Europe/Amsterdam", "2026-11-20T10:00:00Z").formatDate(instant)).toBe(
      "Nov 20, 2026",
    );
    expect(i18nAt("nl-NL", "America/New_York", "2026-11-20T10:00:00Z").formatDate(instant)).toBe(
      "19 nov 2026",
    );
    expect(
      i18nAt("nl-NL", "Europe/Amsterdam", "2026-11-20T10:00:00Z").formatDate(instant, { dateStyle: "full" }),
    ).toBe("vrijdag 20 november 2026");
  });

  it("formats numbers for the locale", () => {
    expect(i18nAt("en-US", "UTC", "2026-11-20T10:00:00Z").formatNumber(1234.5)).toBe("1,234.5");
    expect(i18nAt("nl-NL", "UTC", "2026-11-20T10:00:00Z").formatNumber(1234.5)).toBe("1.234,5");
    expect(
      i18nAt("nl-NL", "UTC", "2026-11-20T10:00:00Z")
        .formatNumber(0.43, { style: "percent" })
        .replace(/\s/g, " "),
    ).toBe("43%");
  });
});

describe("createI18n", () => {
  it("resolves the language and the formatting locale from the host's locale", () => {
    const i18n = createI18n({ locale: "nl-be", timeZone: "Europe/Brussels" });
    expect(i18n).toMatchObject({ language: "nl", locale: "nl-BE", timeZone: "Europe/Brussels" });
    expect(i18n.t("common.tryAgain")).toBe("Opnieuw proberen");
  });

  it("falls back to English for an unsupported language, formatting in English too", () => {
    const i18n = createI18n({ locale: "de-DE", timeZone: "Europe/Berlin" });
    expect(i18n).toMatchObject({ language: "en", locale: "en" });
    expect(i18n.formatDate(new Date("2026-11-16T12:00:00Z"), { weekday: "long" })).toBe("Monday");
  });

  it("defaults to the browser's time zone", () => {
    expect(createI18n({ locale: "en" }).timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
