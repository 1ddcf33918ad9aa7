import { describe, expect, it } from "vitest";
import { countFillerWords } from "./filler-words.ts";

describe("countFillerWords", () => {
  it.each([
    ["Um, so, uh, the thing is, erm, yes.", 3],
    ["Ummm, well. Uhh. Uhm.", 3],
    ["Eh, dat is, ehm, lastig.", 2],
    ["It's, you know, fast.", 1],
    ["Basically, it reads everything.", 1],
    ["I mean, it works. Like, really.", 2],
    ["It's, sort of, a queue, kind of.", 2],
    ["Dat is, zeg maar, het probleem, weet je.", 2],
    ["Nou, eigenlijk, dat weet ik niet.", 2],
    ["And, um, you know, like, it's fast.", 3],
  ])("counts the fillers in %j", (text, count) => {
    expect(countFillerWords(text)).toBe(count);
  });

  it.each([
    "Do you know Flow?",
    "I'd like to show you something.",
    "What I mean is simple.",
    "It looks like an invoice.",
    "What kind of documents?",
    "Wat er nou precies geleverd is.",
    "Weet je of dat kan?",
    "Dat is eigenlijk niet ons probleem.",
    "Uh-huh. Mm-hmm. Um-hmm.",
    "Umbrella, Erma and Ehmke.",
    "The timing is just bad.",
  ])("counts none in %j", (text) => {
    expect(countFillerWords(text)).toBe(0);
  });
});
