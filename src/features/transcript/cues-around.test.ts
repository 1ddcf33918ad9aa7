import { describe, expect, it } from "vitest";
import { conversation } from "../../domain/transcript/transcript.fixtures.ts";
import { cuesAround } from "./cues-around.ts";

// Ten 5-second lines, 0.5 s apart: line n starts at n × 5.5 s.
const cues = conversation(
  Array.from({ length: 10 }, (_, n) => [n % 2 ? "Lena Vos" : "Daan Visser", 5, `line ${n}`]),
);
const texts = (around: ReturnType<typeof cuesAround>) => around.lines.map(({ cue }) => cue.text);

describe("cuesAround", () => {
  it("gives two lines before the moment's line and three after", () => {
    const around = cuesAround(cues, 5 * 5_500);

    expect(texts(around)).toEqual(["line 3", "line 4", "line 5", "line 6", "line 7", "line 8"]);
    expect(around.momentIndex).toBe(5);
    expect(around.lines.map(({ index }) => index)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it("takes the line being spoken when the moment falls inside it", () => {
    expect(cuesAround(cues, 5 * 5_500 + 2_000).momentIndex).toBe(5);
  });

  it("gives what there is at the start and the end of the call", () => {
    expect(texts(cuesAround(cues, 0))).toEqual(["line 0", "line 1", "line 2", "line 3"]);
    expect(texts(cuesAround(cues, 9 * 5_500))).toEqual(["line 7", "line 8", "line 9"]);
  });

  it("anchors a moment before the first line to the first line, and has nothing without lines", () => {
    expect(cuesAround(cues.slice(2), 0).momentIndex).toBe(0);
    expect(cuesAround([], 1_000)).toEqual({ lines: [], momentIndex: -1 });
  });
});
