import { type CallNotes, REFLECTION_QUESTIONS } from "../../domain/notes/call-notes.ts";

/** How many of the ownership questions the rep has answered, so they see where they left off. */
export function reflectionProgress(notes: CallNotes): { readonly answered: number; readonly total: number } {
  const answered = REFLECTION_QUESTIONS.filter(
    (question) => (notes.reflection[question]?.value.trim() ?? "") !== "",
  ).length;
  return { answered, total: REFLECTION_QUESTIONS.length };
}
