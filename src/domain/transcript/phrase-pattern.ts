/**
 * One case-insensitive regular expression for a list of words or phrases, matching whole words only: not
 * inside a longer word ("costume" is not "cost"), with Unicode letters ("prijs" in "prijsé" is not a word),
 * so `\b`, which knows ASCII letters only, will not do. In a phrase a space matches any run of whitespace
 * and an apostrophe matches the typographic one too; otherwise phrases are regular-expression source, so a
 * list may say `isn't (?:really )?our problem`. Longer alternatives go first so the longest one is reported.
 */
export function phrasePattern(phrases: readonly string[], options: { global?: boolean } = {}): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replaceAll(" ", "\\s+").replaceAll("'", "['’]"));
  return new RegExp(`(?<!\\p{L})(?:${alternatives.join("|")})(?!\\p{L})`, options.global ? "giu" : "iu");
}
