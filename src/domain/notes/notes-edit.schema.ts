import { z } from "zod";
import { REFLECTION_QUESTIONS, REFRAME_QUESTIONS, TEXT_LIMITS } from "./call-notes.ts";
import {
  chosenMomentsSchema,
  instantSchema,
  limitedText,
  loggedCallSchema,
  recordKey,
} from "./notes-document.schema.ts";
import type { NotesEdit } from "./notes-edit.ts";

/**
 * An edit that can go into the stored document without making it invalid: the same limits as the document.
 * Checked before an edit is accepted, and again when the outbox is read back (it may predate this version).
 */
export const notesEditSchema: z.ZodType<NotesEdit> = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("flag"), callId: recordKey, at: instantSchema }),
  z.strictObject({ kind: z.literal("unflag"), callId: recordKey, at: instantSchema }),
  z.strictObject({
    kind: z.literal("setFlagNote"),
    callId: recordKey,
    note: limitedText(TEXT_LIMITS.flagNote),
    at: instantSchema,
  }),
  z.strictObject({
    kind: z.literal("answerReframe"),
    callId: recordKey,
    question: z.enum(REFRAME_QUESTIONS),
    answer: limitedText(TEXT_LIMITS.reframeAnswer),
    at: instantSchema,
  }),
  z.strictObject({ kind: z.literal("skipReframe"), callId: recordKey, at: instantSchema }),
  z.strictObject({
    kind: z.literal("answerReflection"),
    callId: recordKey,
    question: z.enum(REFLECTION_QUESTIONS),
    answer: limitedText(TEXT_LIMITS.reflectionAnswer),
    at: instantSchema,
  }),
  z.strictObject({
    kind: z.literal("chooseMoments"),
    callId: recordKey,
    momentIds: chosenMomentsSchema,
    at: instantSchema,
  }),
  z.strictObject({ kind: z.literal("logCall"), call: loggedCallSchema }),
]);

/** The edit, or `null` when it is not one this version can apply. */
export function parseNotesEdit(value: unknown): NotesEdit | null {
  const parsed = notesEditSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
