import { describe, expect, it } from "vitest";
import { readCueText } from "./cue-text.ts";

describe("readCueText", () => {
  it("takes the speaker from the voice tag, closed or not, with or without classes", () => {
    expect(readCueText("<v Daan Visser>Hello there.</v>")).toEqual({
      speaker: "Daan Visser",
      text: "Hello there.",
    });
    expect(readCueText("<v Daan Visser>Hello there.")).toEqual({
      speaker: "Daan Visser",
      text: "Hello there.",
    });
    expect(readCueText("<v.loud.fast  Lena Fischer >Wait!</v>")).toEqual({
      speaker: "Lena Fischer",
      text: "Wait!",
    });
    expect(readCueText("<v\tPieter van den Berg>Ja.")).toEqual({
      speaker: "Pieter van den Berg",
      text: "Ja.",
    });
  });

  it("names nobody without a voice tag, or with one that has no name", () => {
    expect(readCueText("Just words.")).toEqual({ speaker: null, text: "Just words." });
    expect(readCueText("<v>Nobody.</v>")).toEqual({ speaker: null, text: "Nobody." });
    expect(readCueText("<v.loud>Nobody.</v>")).toEqual({ speaker: null, text: "Nobody." });
    expect(readCueText("<vx Someone>Not a voice.")).toEqual({ speaker: null, text: "Not a voice." });
  });

  it("lets the first voice speak a cue with two", () => {
    expect(readCueText("<v Daan>Hi.</v> <v Lena>Hello.</v>")).toEqual({
      speaker: "Daan",
      text: "Hi. Hello.",
    });
  });

  it("drops every other tag, timestamps included", () => {
    expect(
      readCueText(
        "<v Daan><b>Bold</b>, <i>italic</i>, <u>under</u>, <c.yellow.bg_blue>class</c> and <lang nl>taal</lang>",
      ),
    ).toEqual({ speaker: "Daan", text: "Bold, italic, under, class and taal" });
    expect(readCueText("<00:00:01.000>one <00:00:01.500>two<ruby>漢<rt>kan</rt></ruby>").text).toBe(
      "one two漢kan",
    );
  });

  it("decodes references in the text and the name, but never turns escaped brackets into tags", () => {
    expect(readCueText("<v Ben &amp; Jerry>R&amp;D &lt;b&gt;not bold&lt;/b&gt;&nbsp;ok")).toEqual({
      speaker: "Ben & Jerry",
      text: "R&D <b>not bold</b>\u00a0ok",
    });
  });

  it("joins lines with a space and squeezes runs of whitespace", () => {
    expect(readCueText("<v Daan>First line,\n  second   line.\n</v>").text).toBe("First line, second line.");
  });

  it("keeps no-break spaces, even at the ends, and gives empty text for a cue of only whitespace", () => {
    expect(readCueText("<v Daan>&nbsp;Hi&nbsp;</v>").text).toBe("\u00a0Hi\u00a0");
    expect(readCueText("<v Daan> \n </v>").text).toBe("");
    expect(readCueText(" ").text).toBe("");
  });

  it("keeps a lone < as text rather than losing the rest of the cue", () => {
    expect(readCueText("<v Daan>Costs are < 5% of revenue").text).toBe("Costs are < 5% of revenue");
  });
});
