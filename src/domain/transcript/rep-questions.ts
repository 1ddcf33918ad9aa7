/**
 * The questions in a cue of the rep's: each run of one or more `?` is one question ("Really??" is one),
 * given as its sentence, from the previous sentence end (`.`, `!`, `?`, `…`) or the start of the cue.
 * A hand-written scan rather than a regular expression: `[^.!?]*\?` backtracks quadratically on long text
 * without punctuation.
 */
export function questionsIn(text: string): string[] {
  if (!text.includes("?")) return [];
  const questions: string[] = [];
  let sentenceStart = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === QUESTION_MARK) {
      let end = i + 1;
      while (text.charCodeAt(end) === QUESTION_MARK) end++;
      questions.push(text.slice(sentenceStart, end).trim());
      sentenceStart = end;
      i = end - 1;
    } else if (char === FULL_STOP || char === EXCLAMATION_MARK || char === ELLIPSIS) {
      sentenceStart = i + 1;
    }
  }
  return questions;
}

const QUESTION_MARK = 0x3f;
const FULL_STOP = 0x2e;
const EXCLAMATION_MARK = 0x21;
const ELLIPSIS = 0x2026;
