import type { CallNotes } from "../../domain/notes/call-notes.ts";
import { PACKET_REFLECTION_QUESTIONS, type PacketReflectionQuestion } from "../../domain/review/index.ts";

/**
 * What the rep changed about one call's contents of the packet. Only changes are kept, so until the rep touches
 * a call its defaults follow the notes: the moments ticked in Reflect, each with its transcript lines, and every
 * answered reflection question.
 */
export interface CallChoice {
  /** The key moments that go in; absent: the moments the rep ticked in Reflect. */
  readonly momentIds?: readonly string[];
  /** Moments that go in without the transcript lines around them. */
  readonly withoutExcerpt: readonly string[];
  /** Answered reflection questions the rep left out. */
  readonly excludedReflection: readonly PacketReflectionQuestion[];
}

export const UNCHANGED_CHOICE: CallChoice = { withoutExcerpt: [], excludedReflection: [] };

export function includedMomentIds(choice: CallChoice, notes: CallNotes): readonly string[] {
  return choice.momentIds ?? notes.chosenMoments.value;
}

export function includesExcerpt(choice: CallChoice, momentId: string): boolean {
  return !choice.withoutExcerpt.includes(momentId);
}

/** The reflection questions the rep answered, in the form's order; `discussWithManager` always goes in. */
export function answeredReflection(notes: CallNotes): PacketReflectionQuestion[] {
  return PACKET_REFLECTION_QUESTIONS.filter((question) => notes.reflection[question]?.value.trim());
}

export function includedReflection(choice: CallChoice, notes: CallNotes): PacketReflectionQuestion[] {
  return answeredReflection(notes).filter((question) => !choice.excludedReflection.includes(question));
}

/** `list` with `item` in it (`included`) or not, keeping the order it had. */
export function withItem<Item>(list: readonly Item[], item: Item, included: boolean): readonly Item[] {
  if (list.includes(item) === included) return list;
  return included ? [...list, item] : list.filter((other) => other !== item);
}
