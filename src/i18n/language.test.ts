import { describe, expect, it } from "vitest";
import { formattingLocale, resolveLanguage } from "./language.ts";

describe("resolveLanguage", () => {
  it.each(["nl", "nl-NL", "nl-BE", "NL-nl", "nl_NL", " nl-nl "])("picks Dutch for %j", (locale) => {
    expect(resolveLanguage(locale)).toBe("nl");
  });

  it.each(["en", "en-US", "en-GB", "de-DE", "fr-BE", "", "nld", "x"])("picks English for %j", (locale) => {
    expect(resolveLanguage(locale)).toBe("en");
  });
});

describe("formattingLocale", () => {
  it("keeps the host's region when it speaks the language shown", () => {
    expect(formattingLocale("nl-be", "nl")).toBe("nl-BE");
    expect(formattingLocale("en-GB", "en")).toBe("en-GB");
    expect(formattingLocale("nl_NL", "nl")).toBe("nl-NL");
  });

  it("uses the bare language when the host's locale is in another language", () => {
    expect(formattingLocale("de-DE", "en")).toBe("en");
  });

  it("survives a malformed tag", () => {
    expect(formattingLocale("nl-!!", "nl")).toBe("nl");
    expect(formattingLocale("", "en")).toBe("en");
  });
});
