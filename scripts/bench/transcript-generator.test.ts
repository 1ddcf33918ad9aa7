import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../src/domain/transcript/index.ts";
import { BENCH_REP, generateBenchTranscript } from "./transcript-generator.ts";

describe("generateBenchTranscript", () => {
  const { vtt, cueCount } = generateBenchTranscript(30);
  const { cues, warnings } = parseTranscript(vtt);

  it("writes a Teams transcript of about the length asked for, the same every time", () => {
    expect(warnings).toEqual([]);
    expect(cues).toHaveLength(cueCount);
    expect((cues.at(-1)?.endMs ?? 0) / 60_000).toBeGreaterThanOrEqual(30);
    expect((cues.at(-1)?.endMs ?? 0) / 60_000).toBeLessThan(30.5);
    expect(generateBenchTranscript(30).vtt).toBe(vtt);
    expect(generateBenchTranscript(30, 2).vtt).not.toBe(vtt);
  });

  it("has cues of 2 to 8 seconds, four speakers, English and Dutch", () => {
    for (const cue of cues) {
      expect(cue.endMs - cue.startMs).toBeGreaterThanOrEqual(2_000);
      expect(cue.endMs - cue.startMs).toBeLessThanOrEqual(8_000);
    }
    expect(new Set(cues.map((cue) => cue.speaker))).toEqual(
      new Set([BENCH_REP, "Lena Fischer", "Jonas Weber", "Sanne de Vries"]),
    );
    const text = cues.map((cue) => cue.text).join(" ");
    expect(text).toMatch(/\bthe\b/);
    expect(text).toMatch(/\bhet\b/);
  });
});
