import { byTime, isInTimeOrder } from "./cue-order.ts";
import { readCueText } from "./cue-text.ts";
import type { ParsedTranscript, TranscriptCue } from "./transcript-cue.ts";
import { parseVttTimestamp } from "./vtt-timestamp.ts";

const ARROW = "-->";
/** Enough to see what went wrong; a file of junk must not produce a million lines of warnings. */
const MOST_WARNINGS = 50;
const SNIPPET_LENGTH = 40;

/**
 * Reads a Teams transcript (`text/vtt`) into cues, leniently and in one pass. What it takes beyond strict
 * WebVTT, because Teams or the hands a file went through write it: a missing header (warned, read anyway),
 * Teams' unpadded or hour-less timestamps, blank lines with spaces in them, a lone CR as line end.
 * What it skips, with a warning naming the cue and line: a block whose timing line is missing or unreadable,
 * a cue that ends before it starts. `NOTE`, `STYLE` and `REGION` blocks and header metadata are ignored.
 * Cues come out in time order (sorted, with a warning, if the file had them out of order). Never throws.
 */
export function parseTranscript(vtt: string): ParsedTranscript {
  const warnings = new WarningList();
  const cues: TranscriptCue[] = [];
  if (vtt.trim() === "") {
    warnings.add("the transcript is empty");
    return { cues, warnings: warnings.list() };
  }

  const lines = new LineReader(vtt);
  let line = lines.next();
  if (line !== null && isHeader(line)) {
    line = lines.next();
    // Header metadata runs to the first blank line, unless a cue follows without one.
    while (line !== null && !isBlank(line) && !line.includes(ARROW)) line = lines.next();
  } else {
    warnings.add("no WEBVTT header — read anyway");
  }

  let cueNumber = 0;
  while (true) {
    while (line !== null && isBlank(line)) line = lines.next();
    if (line === null) break;
    const blockLineNumber = lines.lineNumber;

    if (isIgnoredBlock(line)) {
      line = lines.skipBlock();
      continue;
    }
    if (!line.includes(ARROW)) {
      // A cue identifier, which must be followed by the timing line.
      line = lines.next();
      if (line === null || isBlank(line) || !line.includes(ARROW)) {
        warnings.add(`line ${blockLineNumber}: text outside a cue — skipped`);
        if (line !== null && !isBlank(line)) line = lines.skipBlock();
        continue;
      }
    }

    cueNumber++;
    const timingLine = line;
    const timingLineNumber = lines.lineNumber;
    const timing = readTiming(timingLine);

    // The payload runs to a blank line, or to a line with an arrow: that one starts the next cue.
    line = lines.next();
    const payloadStart = lines.lineStart;
    let payloadEnd = payloadStart;
    while (line !== null && !isBlank(line) && !line.includes(ARROW)) {
      payloadEnd = lines.lineEnd;
      line = lines.next();
    }

    const where = `cue ${cueNumber} (line ${timingLineNumber})`;
    if (timing === null) {
      warnings.add(`${where}: unreadable timing "${snippet(timingLine)}" — skipped`);
    } else if (timing.endMs < timing.startMs) {
      warnings.add(`${where}: end before start — skipped`);
    } else {
      const { speaker, text } = readCueText(lines.slice(payloadStart, payloadEnd));
      cues.push({ startMs: timing.startMs, endMs: timing.endMs, speaker, text });
    }
  }

  if (!isInTimeOrder(cues)) {
    cues.sort(byTime);
    warnings.add("cues out of time order — sorted by start time");
  }
  return { cues, warnings: warnings.list() };
}

/** `WEBVTT`, optionally followed by a space or tab and a title. */
function isHeader(line: string): boolean {
  return line.startsWith("WEBVTT") && (line.length === 6 || isSpaceOrTab(line.charCodeAt(6)));
}

function isIgnoredBlock(line: string): boolean {
  return (
    startsWithKeyword(line, "NOTE") || startsWithKeyword(line, "STYLE") || startsWithKeyword(line, "REGION")
  );
}

function startsWithKeyword(line: string, keyword: string): boolean {
  return (
    line.startsWith(keyword) &&
    (line.length === keyword.length || isSpaceOrTab(line.charCodeAt(keyword.length)))
  );
}

function readTiming(line: string): { startMs: number; endMs: number } | null {
  const arrow = line.indexOf(ARROW);
  const startMs = parseVttTimestamp(line.slice(0, arrow).trim());
  const afterArrow = line.slice(arrow + ARROW.length).trimStart();
  // Cue settings (`align:start`, `position:10%`) may follow the end time.
  const settings = afterArrow.search(/[ \t]/);
  const endMs = parseVttTimestamp(settings < 0 ? afterArrow : afterArrow.slice(0, settings));
  return startMs === null || endMs === null ? null : { startMs, endMs };
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpaceOrTab(line.charCodeAt(i))) return false;
  return true;
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function snippet(text: string): string {
  return text.length <= SNIPPET_LENGTH ? text : `${text.slice(0, SNIPPET_LENGTH)}…`;
}

/**
 * Walks the lines of the transcript without splitting it into an array: a BOM is skipped, and CRLF or a lone
 * CR is turned into LF once, up front, only when the file has any.
 */
class LineReader {
  private readonly text: string;
  private position = 0;
  /** 1-based number of the line `next()` returned last. */
  lineNumber = 0;
  lineStart = 0;
  lineEnd = 0;

  constructor(source: string) {
    const withoutBom = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    this.text = withoutBom.includes("\r") ? withoutBom.replace(/\r\n?/g, "\n") : withoutBom;
  }

  next(): string | null {
    if (this.position > this.text.length) return null;
    const newline = this.text.indexOf("\n", this.position);
    this.lineStart = this.position;
    this.lineEnd = newline < 0 ? this.text.length : newline;
    // Past the end, so that a file ending in a line break does not yield a phantom last line.
    this.position = newline < 0 || newline === this.text.length - 1 ? this.text.length + 1 : newline + 1;
    this.lineNumber++;
    return this.text.slice(this.lineStart, this.lineEnd);
  }

  /** Skips to the blank line that ends the current block; returns that line (or `null` at the end). */
  skipBlock(): string | null {
    let line = this.next();
    while (line !== null && !isBlank(line)) line = this.next();
    return line;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
}

class WarningList {
  private readonly warnings: string[] = [];
  private dropped = 0;

  add(warning: string): void {
    if (this.warnings.length < MOST_WARNINGS) this.warnings.push(warning);
    else this.dropped++;
  }

  list(): string[] {
    return this.dropped === 0 ? this.warnings : [...this.warnings, `… and ${this.dropped} more problems`];
  }
}
