/** One caption cue of a Teams transcript. Times are seconds from the start of the transcript. */
export interface TranscriptCue {
  /** Teams' cue identifier: `<speaker stream id>/<phrase>-<part>`. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly speaker: string;
  readonly text: string;
}

/** Writes cues the way Teams serves a transcript's `content` as `text/vtt`. */
export function toWebVtt(cues: readonly TranscriptCue[]): string {
  const blocks = cues.map(
    (cue) =>
      `${cue.id}\n${vttTimestamp(cue.start)} --> ${vttTimestamp(cue.end)}\n<v ${escapeVtt(cue.speaker)}>${escapeVtt(cue.text)}</v>`,
  );
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

/** `00:00:05.320` */
export function vttTimestamp(seconds: number): string {
  const totalMs = Math.round(seconds * 1000);
  const ms = totalMs % 1000;
  const totalSeconds = (totalMs - ms) / 1000;
  const s = totalSeconds % 60;
  const m = Math.floor(totalSeconds / 60) % 60;
  const h = Math.floor(totalSeconds / 3600);
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(ms, 3)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function escapeVtt(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
