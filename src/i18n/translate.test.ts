import { describe, expect, it } from "vitest";
import { messagesEn } from "./messages.en.ts";
import { messagesNl } from "./messages.nl.ts";
import { createTranslator, messagesOf } from "./translate.ts";

describe("createTranslator", () => {
  const en = createTranslator(messagesOf(messagesEn), "en-US");
  const nl = createTranslator(messagesOf(messagesNl), "nl-NL");

  it("looks up a message by namespace and name", () => {
    expect(en("calls.heading")).toBe("Recent calls");
    expect(nl("calls.heading")).toBe("Recente gesprekken");
  });

  it("replaces {placeholders} with the parameters", () => {
    expect(en("demo.signedInAs", { name: "Sanne Bakker" })).toBe("Signed in as Sanne Bakker");
    expect(nl("errorBoundary.title", { feature: "Recente gesprekken" })).toBe(
      "Er is iets misgegaan in Recente gesprekken",
    );
  });

  it("formats numeric parameters for the locale", () => {
    expect(en("calls.subheading", { days: 1400 })).toBe("Your calls and meetings from the last 1,400 days");
    expect(nl("calls.subheading", { days: 1400 })).toBe(
      "Je gesprekken en vergaderingen van de afgelopen 1.400 dagen",
    );
  });

  it("picks the plural form with the locale's plural rules", () => {
    expect(en("calls.dayCount", { count: 1 })).toBe("1 call");
    expect(en("calls.dayCount", { count: 0 })).toBe("0 calls");
    expect(en("calls.dayCount", { count: 3 })).toBe("3 calls");
    expect(nl("calls.dayCount", { count: 1 })).toBe("1 gesprek");
    expect(nl("calls.dayCount", { count: 2 })).toBe("2 gesprekken");
  });

  it("falls back to the `other` form for a plural category the catalog does not spell out", () => {
    // Polish has `few` and `many`; neither is in our catalogs.
    const pl = createTranslator(messagesOf(messagesEn), "pl");
    expect(pl("calls.dayCount", { count: 3 })).toBe("3 calls");
  });

  it("leaves a placeholder visible when its parameter is missing at runtime", () => {
    const untyped = en as unknown as (key: string, params?: Record<string, string>) => string;
    expect(untyped("demo.switchTo", {})).toBe("Switch to {name}");
  });
});
