import { describe, expect, it } from "vitest";
import { parseTranscript } from "./parse-transcript.ts";

/** Lines joined with LF, like a file. */
const file = (...lines: string[]) => lines.join("\n");

const TEAMS = file(
  "WEBVTT",
  "",
  "3f1c2b0a-1234-4d5e-9f00-aa11bb22cc33/5-0",
  "00:00:03.120 --> 00:00:07.640",
  "<v Daan Visser>Good morning Claire, good morning Amara.</v>",
  "",
  "7a8b9c0d-5678-4e5f-8a00-dd44ee55ff66/2-0",
  "00:00:08.010 --> 00:00:09.300",
  "<v Claire Dubois>Good morning!</v>",
  "",
);

describe("parseTranscript on what Teams serves", () => {
  it("reads cue identifiers, timings, voices and text", () => {
    expect(parseTranscript(TEAMS)).toEqual({
      cues: [
        {
          startMs: 3_120,
          endMs: 7_640,
          speaker: "Daan Visser",
          text: "Good morning Claire, good morning Amara.",
        },
        { startMs: 8_010, endMs: 9_300, speaker: "Claire Dubois", text: "Good morning!" },
      ],
      warnings: [],
    });
  });

  it("reads the older Teams format: unpadded timestamps, no cue identifiers, no closing tag", () => {
    const vtt = file("WEBVTT", "", "0:0:0.0 --> 0:0:5.320", "<v Daan Visser>This is a transcript test.", "");
    expect(parseTranscript(vtt)).toEqual({
      cues: [{ startMs: 0, endMs: 5_320, speaker: "Daan Visser", text: "This is a transcript test." }],
      warnings: [],
    });
  });

  it("reads hour-less timestamps", () => {
    const { cues } = parseTranscript(
      file("WEBVTT", "", "01:02.500 --> 01:04.000", "<v Lena>Seven thousand."),
    );
    expect(cues).toEqual([{ startMs: 62_500, endMs: 64_000, speaker: "Lena", text: "Seven thousand." }]);
  });

  it("takes voices with classes", () => {
    const { cues } = parseTranscript(
      file("WEBVTT", "", "00:01.000 --> 00:02.000", "<v.loud Jonas Weber>Hi.</v>"),
    );
    expect(cues[0]?.speaker).toBe("Jonas Weber");
  });

  it("joins the lines of a multi-line cue with a space", () => {
    const { cues } = parseTranscript(
      file(
        "WEBVTT",
        "",
        "1",
        "00:01.000 --> 00:04.000",
        "<v Daan>Around seven thousand,",
        "a bit more towards year-end.</v>",
      ),
    );
    expect(cues[0]?.text).toBe("Around seven thousand, a bit more towards year-end.");
  });

  it("keeps cues that name no speaker, with speaker null", () => {
    const { cues } = parseTranscript(file("WEBVTT", "", "00:01.000 --> 00:02.000", "[Music]"));
    expect(cues).toEqual([{ startMs: 1_000, endMs: 2_000, speaker: null, text: "[Music]" }]);
  });

  it("strips inline tags and decodes character references", () => {
    const { cues } = parseTranscript(
      file(
        "WEBVTT",
        "",
        "00:01.000 --> 00:05.000",
        "<v Daan>We <b>really</b> <i>love</i> <c.x>R&amp;D</c> &lt;3<00:00:03.000> &amp; that&nbsp;is&gt;it</v>",
      ),
    );
    expect(cues[0]?.text).toBe("We really love R&D <3 & that\u00a0is>it");
  });

  it("accepts cue identifiers of any shape, and cue settings after the end time", () => {
    const { cues, warnings } = parseTranscript(
      file("WEBVTT", "", "intro - part 1", "00:01.000 --> 00:02.000 align:start position:10%", "<v Daan>Hi."),
    );
    expect(warnings).toEqual([]);
    expect(cues).toEqual([{ startMs: 1_000, endMs: 2_000, speaker: "Daan", text: "Hi." }]);
  });

  it("keeps a zero-length cue", () => {
    expect(parseTranscript(file("WEBVTT", "", "00:01.000 --> 00:01.000", "<v Daan>Hm.")).cues).toHaveLength(
      1,
    );
  });
});

describe("parseTranscript on files that went through other hands", () => {
  it("skips a byte-order mark", () => {
    expect(parseTranscript(`\ufeff${TEAMS}`)).toEqual(parseTranscript(TEAMS));
  });

  it("reads CRLF and lone CR line ends", () => {
    expect(parseTranscript(TEAMS.replaceAll("\n", "\r\n"))).toEqual(parseTranscript(TEAMS));
    expect(parseTranscript(TEAMS.replaceAll("\n", "\r"))).toEqual(parseTranscript(TEAMS));
  });

  it("ignores NOTE, STYLE and REGION blocks and header metadata", () => {
    const vtt = file(
      "WEBVTT - Fabrikam discovery",
      "Kind: captions",
      "Language: en",
      "",
      "STYLE",
      "::cue(v[voice='Daan']) { color: blue }",
      "",
      "REGION",
      "id:left width:40%",
      "",
      "NOTE",
      "Exported from Teams,",
      "edited by hand",
      "",
      "00:01.000 --> 00:02.000",
      "<v Daan>Hi.",
      "",
      "NOTE the customer joins late",
      "",
      "00:05.000 --> 00:06.000",
      "<v Lena>Hello.",
    );
    expect(parseTranscript(vtt)).toEqual({
      cues: [
        { startMs: 1_000, endMs: 2_000, speaker: "Daan", text: "Hi." },
        { startMs: 5_000, endMs: 6_000, speaker: "Lena", text: "Hello." },
      ],
      warnings: [],
    });
  });

  it("reads a file without the WEBVTT header, with a warning", () => {
    const { cues, warnings } = parseTranscript(file("00:01.000 --> 00:02.000", "<v Daan>Hi."));
    expect(cues).toEqual([{ startMs: 1_000, endMs: 2_000, speaker: "Daan", text: "Hi." }]);
    expect(warnings).toEqual(["no WEBVTT header — read anyway"]);
  });

  it("reads cues that are not separated by a blank line, as the WebVTT parser does", () => {
    const { cues } = parseTranscript(
      file(
        "WEBVTT",
        "00:01.000 --> 00:02.000",
        "<v Daan>Hi.",
        "00:02.500 --> 00:03.000",
        "<v Lena>Hello.",
        "",
        "",
        "",
      ),
    );
    expect(cues.map((c) => c.text)).toEqual(["Hi.", "Hello."]);
  });

  it("treats blank lines with spaces in them as blank", () => {
    const { cues } = parseTranscript(
      file(
        "WEBVTT",
        "  ",
        "00:01.000 --> 00:02.000",
        "<v Daan>Hi.",
        " \t",
        "00:03.000 --> 00:04.000",
        "<v Lena>Hey.",
      ),
    );
    expect(cues.map((c) => c.text)).toEqual(["Hi.", "Hey."]);
  });

  it("sorts cues that are out of time order, with a warning", () => {
    const { cues, warnings } = parseTranscript(
      file(
        "WEBVTT",
        "",
        "00:05.000 --> 00:06.000",
        "<v Lena>Second.",
        "",
        "00:01.000 --> 00:02.000",
        "<v Daan>First.",
      ),
    );
    expect(cues.map((c) => c.text)).toEqual(["First.", "Second."]);
    expect(warnings).toEqual(["cues out of time order — sorted by start time"]);
  });
});

describe("parseTranscript on malformed input", () => {
  it("skips a cue that ends before it starts, naming the cue and its timing line", () => {
    const vtt = file(
      "WEBVTT",
      "",
      "00:01.000 --> 00:02.000",
      "<v Daan>Fine.",
      "",
      "a/2-0",
      "00:05.000 --> 00:04.000",
      "<v Daan>Backwards.",
      "",
      "00:06.000 --> 00:07.000",
      "<v Lena>Fine too.",
    );
    expect(parseTranscript(vtt)).toEqual({
      cues: [
        { startMs: 1_000, endMs: 2_000, speaker: "Daan", text: "Fine." },
        { startMs: 6_000, endMs: 7_000, speaker: "Lena", text: "Fine too." },
      ],
      warnings: ["cue 2 (line 7): end before start — skipped"],
    });
  });

  it("skips a cue with an unreadable timestamp and keeps going", () => {
    const vtt = file(
      "WEBVTT",
      "",
      "00:0x:01.000 --> 00:02.000",
      "<v Daan>Lost.",
      "",
      "00:03.000 --> 00:04.000",
      "<v Daan>Kept.",
    );
    expect(parseTranscript(vtt)).toEqual({
      cues: [{ startMs: 3_000, endMs: 4_000, speaker: "Daan", text: "Kept." }],
      warnings: ['cue 1 (line 3): unreadable timing "00:0x:01.000 --> 00:02.000" — skipped'],
    });
  });

  it("skips text outside a cue", () => {
    const vtt = file(
      "WEBVTT",
      "",
      "stray words",
      "more stray words",
      "",
      "00:03.000 --> 00:04.000",
      "<v Daan>Kept.",
    );
    expect(parseTranscript(vtt)).toEqual({
      cues: [{ startMs: 3_000, endMs: 4_000, speaker: "Daan", text: "Kept." }],
      warnings: ["line 3: text outside a cue — skipped"],
    });
  });

  it("returns nothing, with a warning, for empty input", () => {
    for (const empty of ["", "\ufeff", "  \n\r\n  "]) {
      expect(parseTranscript(empty)).toEqual({ cues: [], warnings: ["the transcript is empty"] });
    }
  });

  it("returns no cues for a header alone", () => {
    expect(parseTranscript("WEBVTT\n")).toEqual({ cues: [], warnings: [] });
  });

  it("survives binary junk, with a bounded list of warnings", () => {
    const bytes = new Uint8Array(200_000);
    let state = 42;
    for (let i = 0; i < bytes.length; i++) {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      bytes[i] = state >>> 24;
    }
    const junk = new TextDecoder("latin1").decode(bytes);
    const { cues, warnings } = parseTranscript(junk);
    expect(cues).toEqual([]);
    expect(warnings.length).toBeLessThanOrEqual(51);
    expect(warnings[0]).toBe("no WEBVTT header — read anyway");
  });

  it("stops listing problems after fifty and says how many more there were", () => {
    const backwards = Array.from({ length: 1_000 }, () => "00:05.000 --> 00:04.000\n<v Daan>Backwards.");
    const { warnings } = parseTranscript(`WEBVTT\n\n${backwards.join("\n\n")}`);
    expect(warnings).toHaveLength(51);
    expect(warnings[49]).toBe("cue 50 (line 150): end before start — skipped");
    expect(warnings[50]).toBe("… and 950 more problems");
  });

  it("survives absurdly long input: a 20 MB line, and 100,000 cues", () => {
    expect(
      parseTranscript(`WEBVTT\n\n00:01.000 --> 00:02.000\n<v Daan>${"blah ".repeat(4_000_000)}`).cues,
    ).toHaveLength(1);
    expect(parseTranscript("x".repeat(20_000_000)).cues).toEqual([]);
    const many = Array.from({ length: 100_000 }, (_, i) => `${i}.000 --> ${i}.500`);
    const blocks = many.map(
      (timing, i) => `0:0:${timing.replaceAll(" --> ", " --> 0:0:")}\n<v S${i % 3}>Line ${i}.`,
    );
    const { cues, warnings } = parseTranscript(`WEBVTT\n\n${blocks.join("\n\n")}`);
    expect(warnings).toEqual([]);
    expect(cues).toHaveLength(100_000);
    expect(cues.at(-1)).toEqual({
      startMs: 99_999_000,
      endMs: 99_999_500,
      speaker: "S0",
      text: "Line 99999.",
    });
  });

  it("never throws on fragments of VTT in any order, and what it returns holds together", () => {
    const fragments = [
      "WEBVTT",
      "",
      "",
      "NOTE x",
      "STYLE",
      "00:01.000 --> 00:02.000",
      "0:0:5 --> 0:0:3",
      "-->",
      "--> 00:01.000",
      "<v Daan>",
      "<v.loud",
      "</v>",
      "&amp",
      "&#x;",
      "<",
      ">",
      "text?",
      "\r",
      "\ufeff",
      "\u0000",
      "1:2:3:4 --> 5",
    ];
    let state = 7;
    const pick = () => {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      return fragments[state % fragments.length] ?? "";
    };
    for (let run = 0; run < 2_000; run++) {
      const input = Array.from({ length: 1 + (run % 40) }, pick).join(run % 2 ? "\n" : "");
      const { cues, warnings } = parseTranscript(input);
      expect(Array.isArray(warnings)).toBe(true);
      for (let i = 0; i < cues.length; i++) {
        const current = cues[i];
        expect(current && current.endMs >= current.startMs).toBe(true);
        expect(current?.text).not.toMatch(/<v[ .][^>]*>/);
        if (i > 0) expect(current?.startMs).toBeGreaterThanOrEqual(cues[i - 1]?.startMs ?? 0);
      }
    }
  });
});
