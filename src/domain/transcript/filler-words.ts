/**
 * Filler words, English and Dutch, counted in two ways because the words differ in how unambiguous they are.
 *
 * Hesitations always count: um, uh, uhm, erm, eh, ehm (any stretched spelling, "ummm"), but not inside
 * "uh-huh" or "um-hmm", which are listening noises.
 *
 * Discourse markers count only when they stand on their own between punctuation, which is how a transcript
 * marks an aside: "it's, you know, fast" and "Basically, we…" count, "do you know Flow", "I'd like to",
 * "what I mean is" and "wat er nou precies" do not. English: you know, I mean, like, sort of, kind of,
 * basically. Dutch: weet je, zeg maar, nou, eigenlijk. "Gewoon" and "so"/"dus" are left out: they are
 * mostly real words even when overused.
 */
const HESITATIONS = /(?<![\p{L}\p{N}'’-])(?:u+m+|u+h+m*|e+r+m+|e+h+m*)(?![\p{L}\p{N}'’-])/giu;

const ON_ITS_OWN_BEFORE = String.raw`(?<=^|[,.!?;:…–—]\s*)`;
const ON_ITS_OWN_AFTER = String.raw`(?=\s*(?:[,.!?;:…–—]|$))`;
const DISCOURSE_MARKERS = new RegExp(
  `${ON_ITS_OWN_BEFORE}(?:you\\s+know|i\\s+mean|like|sort\\s+of|kind\\s+of|basically|weet\\s+je|zeg\\s+maar|nou|eigenlijk)${ON_ITS_OWN_AFTER}`,
  "giu",
);

export function countFillerWords(text: string): number {
  return countMatches(HESITATIONS, text) + countMatches(DISCOURSE_MARKERS, text);
}

function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}
