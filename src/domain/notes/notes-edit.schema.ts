import * as z from "zod/mini";
import { REFLECTION_QUESTIONS, REFRAME_QUESTIONS, TEXT_LIMITS } from "./call-notes.ts";
import {
  chosenManagerSchema,
  chosenMomentsSchema,
  instantSchema,
  limitedText,
  loggedCallSchema,
  recordKey,
  reviewIdSchema,
  reviewPersonSchema,
  reviewRecordSchema,
} from "./notes-document.schema.ts";
import type { NotesEdit } from "./notes-edit.ts";
import { COACHING_LIMITS, REVIEW_RECORD_LIMITS } from "./review-record.ts";

// Built when first used, as the notes document's schemas are (see there why).
/**
 * An edit that can go into the stored document without making it invalid: the same limits as the document.
 * Checked before an edit is accepted, and again when the outbox is read back (it may predate this version).
 */
export const notesEditSchema: z.ZodMiniType<NotesEdit> = z.lazy(() =>
  z.discriminatedUnion("kind", [
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
    z.strictObject({
      kind: z.literal("chooseManager"),
      manager: z.nullable(chosenManagerSchema),
      at: instantSchema,
    }),
    z.strictObject({ kind: z.literal("recordReview"), review: reviewRecordSchema }),
    z.strictObject({
      kind: z.literal("markDiscussed"),
      reviewId: reviewIdSchema,
      callId: recordKey,
      discussed: z.boolean(),
      at: instantSchema,
    }),
    z.strictObject({
      kind: z.literal("writeLearning"),
      reviewId: reviewIdSchema,
      callId: recordKey,
      learning: limitedText(REVIEW_RECORD_LIMITS.learning),
      at: instantSchema,
    }),
    z.strictObject({
      kind: z.literal("writeCoachingNote"),
      reviewId: reviewIdSchema,
      rep: reviewPersonSchema,
      callId: recordKey,
      note: limitedText(COACHING_LIMITS.privateNote),
      at: instantSchema,
    }),
    z.strictObject({
      kind: z.literal("writeAgreedLearning"),
      reviewId: reviewIdSchema,
      rep: reviewPersonSchema,
      callId: recordKey,
      learning: limitedText(COACHING_LIMITS.agreedLearning),
      at: instantSchema,
    }),
    z.strictObject({
      kind: z.literal("markFollowUpSent"),
      reviewId: reviewIdSchema,
      rep: reviewPersonSchema,
      at: instantSchema,
    }),
  ]),
);

/** The edit, or `null` when it is not one this version can apply. */
export function parseNotesEdit(value: unknown): NotesEdit | null {
  const parsed = notesEditSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
