/**
 * The named references WebVTT cue text was first defined with (`&amp;` `&lt;` `&gt;` `&lrm;` `&rlm;`
 * `&nbsp;`) plus the two XML ones writers add out of habit. Teams escapes only `&`, `<` and `>`; the full HTML
 * table (2,000+ names) would cost more than it could ever buy here, and an unknown name stays as written.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  lrm: "\u200e",
  rlm: "\u200f",
};

/** `&#x1F600;` is nine characters; anything longer between `&` and `;` is not a reference. */
const LONGEST_REFERENCE = 10;
const REPLACEMENT_CHARACTER = "\ufffd";

/** Decodes character references (`&amp;`, `&#233;`, `&#xE9;`) in cue text; anything else stays as written. */
export function decodeCharacterReferences(text: string): string {
  let ampersand = text.indexOf("&");
  if (ampersand < 0) return text;

  let decoded = "";
  let copiedUpTo = 0;
  while (ampersand >= 0) {
    const semicolon = text.indexOf(";", ampersand + 1);
    if (semicolon < 0) break;
    if (semicolon - ampersand <= LONGEST_REFERENCE) {
      const replacement = referenceValue(text.slice(ampersand + 1, semicolon));
      if (replacement !== null) {
        decoded += text.slice(copiedUpTo, ampersand) + replacement;
        copiedUpTo = semicolon + 1;
      }
    }
    ampersand = text.indexOf("&", ampersand + 1);
  }
  return copiedUpTo === 0 ? text : decoded + text.slice(copiedUpTo);
}

function referenceValue(name: string): string | null {
  if (name.charCodeAt(0) !== 0x23 /* # */) return Object.hasOwn(NAMED, name) ? (NAMED[name] ?? null) : null;
  const hex = name.charCodeAt(1) === 0x78 /* x */ || name.charCodeAt(1) === 0x58; /* X */
  const digits = name.slice(hex ? 2 : 1);
  if (digits.length === 0 || !(hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits)) return null;
  const codePoint = Number.parseInt(digits, hex ? 16 : 10);
  const isScalarValue =
    codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return isScalarValue ? String.fromCodePoint(codePoint) : REPLACEMENT_CHARACTER;
}
