import { decodeCharacterReferences } from "./character-references.ts";

export interface CueText {
  readonly speaker: string | null;
  readonly text: string;
}

const LOWERCASE_V = 0x76;
const SPACE = 0x20;
const ASCII_WHITESPACE = /[ \t\n\f\r]+/g;
/** Most cues need no squeezing; testing is cheaper than replacing, which always builds a new string. */
const UNTIDY_WHITESPACE = /[\t\n\f\r]| {2}|^ | $/;

/**
 * Reads a cue's payload: the first voice tag (`<v Name>`, `<v.loud Name>`, closed by `</v>` or not) names
 * the speaker; every other tag (`<b>`, `<i>`, `<c.x>`, `<lang nl>`, `<00:00:01.000>`, end tags) is dropped,
 * character references are decoded and runs of whitespace, line breaks included, become one space. Teams
 * puts one voice per cue; should a cue have more, the first one speaks it.
 * A `<` with no `>` after it is text, not the start of a tag that swallows the rest of the cue as the spec's
 * tokenizer would: in a transcript, losing words is worse than showing a stray bracket.
 */
export function readCueText(payload: string): CueText {
  let speaker: string | null = null;
  let text = "";
  let position = 0;
  while (position < payload.length) {
    const open = payload.indexOf("<", position);
    const close = open < 0 ? -1 : payload.indexOf(">", open + 1);
    if (close < 0) {
      text += decodeCharacterReferences(payload.slice(position));
      break;
    }
    text += decodeCharacterReferences(payload.slice(position, open));
    if (speaker === null && payload.charCodeAt(open + 1) === LOWERCASE_V) {
      speaker = voiceAnnotation(payload.slice(open + 2, close));
    }
    // A tag separates words only when spaces around it say so: "<v A>Hi</v>" is "Hi", "a<b>b</b>" is "ab".
    position = close + 1;
  }
  return { speaker, text: squeezeWhitespace(text) };
}

/**
 * What follows `<v` up to `>`: optional classes (`.loud.fast`), then whitespace, then the name. `<v>` and
 * `<v.loud>` name nobody; `<vx Name>` is not a voice tag at all.
 */
function voiceAnnotation(afterV: string): string | null {
  const first = afterV.charCodeAt(0);
  if (Number.isNaN(first)) return null;
  const isClassOrSpace =
    first === 0x2e || first === 0x20 || first === 0x09 || first === 0x0a || first === 0x0c;
  if (!isClassOrSpace) return null;
  const space = afterV.search(/[ \t\n\f]/);
  if (space < 0) return null;
  const name = squeezeWhitespace(decodeCharacterReferences(afterV.slice(space + 1)));
  return name === "" ? null : name;
}

/** ASCII whitespace only: a no-break space (`&nbsp;`) is text the speaker's words carry, even at an end. */
function squeezeWhitespace(text: string): string {
  if (!UNTIDY_WHITESPACE.test(text)) return text;
  const squeezed = text.replace(ASCII_WHITESPACE, " ");
  const start = squeezed.charCodeAt(0) === SPACE ? 1 : 0;
  const end = squeezed.charCodeAt(squeezed.length - 1) === SPACE ? squeezed.length - 1 : squeezed.length;
  return start < end ? squeezed.slice(start, end) : "";
}
