import { describe, expect, it } from "vitest";
import { findMonologues } from "./monologues.ts";
import { cue } from "./transcript.fixtures.ts";

describe("findMonologues", () => {
  it("keeps a speaker's cues together when each starts less than 2,000 ms after the previous one ends", () => {
    expect(findMonologues([cue(0, 5, "Daan"), cue(6.999, 10, "Daan"), cue(11.5, 20, "Daan")])).toEqual([
      { speaker: "Daan", startMs: 0, endMs: 20_000 },
    ]);
  });

  it("splits at a pause of exactly 2,000 ms", () => {
    expect(findMonologues([cue(0, 5, "Daan"), cue(7, 10, "Daan")])).toEqual([
      { speaker: "Daan", startMs: 0, endMs: 5_000 },
      { speaker: "Daan", startMs: 7_000, endMs: 10_000 },
    ]);
  });

  it("splits when someone else speaks, however briefly", () => {
    expect(
      findMonologues([cue(0, 5, "Daan"), cue(5.1, 5.5, "Lena", "Mm-hmm."), cue(5.6, 9, "Daan")]),
    ).toEqual([
      { speaker: "Daan", startMs: 0, endMs: 5_000 },
      { speaker: "Lena", startMs: 5_100, endMs: 5_500 },
      { speaker: "Daan", startMs: 5_600, endMs: 9_000 },
    ]);
  });

  it("passes over cues with no speaker, which split a run only through the pause they leave", () => {
    expect(findMonologues([cue(0, 5, "Daan"), cue(5.2, 6, null), cue(6.5, 9, "Daan")])).toEqual([
      { speaker: "Daan", startMs: 0, endMs: 9_000 },
    ]);
    expect(findMonologues([cue(0, 5, "Daan"), cue(5.2, 9, null), cue(9.5, 12, "Daan")])).toHaveLength(2);
  });

  it("finds none without named cues", () => {
    expect(findMonologues([])).toEqual([]);
    expect(findMonologues([cue(0, 5, null)])).toEqual([]);
  });
});
