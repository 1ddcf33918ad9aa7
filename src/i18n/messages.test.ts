import { describe, expect, it } from "vitest";
import { catalogs } from "./catalogs.ts";
import type { Messages, PluralMessage } from "./translate.ts";

/** Every message of a catalog by key; a plural message contributes one entry per form (`key.one`, `key.other`). */
function flatten(messages: Messages): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [namespace, group] of Object.entries(messages)) {
    for (const [name, message] of Object.entries(group as Record<string, string | PluralMessage>)) {
      if (typeof message === "string") entries.set(`${namespace}.${name}`, message);
      else
        for (const [form, text] of Object.entries(message)) entries.set(`${namespace}.${name}.${form}`, text);
    }
  }
  return entries;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

const english = flatten(catalogs.en);
const dutch = flatten(catalogs.nl);

describe("message catalogs", () => {
  it("have the same keys in English and Dutch", () => {
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each([...english.keys()])("use the same placeholders for %s", (key) => {
    expect(placeholders(dutch.get(key) ?? "")).toEqual(placeholders(english.get(key) ?? ""));
  });

  it.each(["en", "nl"] as const)("have no empty or untrimmed messages in %s", (language) => {
    const bad = [...flatten(catalogs[language])].filter(
      ([, text]) => text.trim() === "" || text !== text.trim(),
    );
    expect(bad).toEqual([]);
  });

  it("uses only well-formed placeholders (no stray braces)", () => {
    for (const catalog of [english, dutch]) {
      for (const [key, text] of catalog) {
        expect(text.replace(/\{\w+\}/g, ""), key).not.toMatch(/[{}]/);
      }
    }
  });
});
