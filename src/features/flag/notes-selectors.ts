import type { CallNotes } from "../../domain/notes/call-notes.ts";
import type { NotesState } from "./notes-state.ts";

/** Edits are refused until the notes have loaded, and while the stored document cannot be read. */
export const selectCanEdit = (state: NotesState): boolean =>
  state.status === "ready" && state.invalidDocument === null;

export function isFlagged(notes: CallNotes | undefined): boolean {
  return notes?.flagged.value === true;
}

export type ReframeState = "reframed" | "skipped" | "notReframed";

/** A reframe with any answer counts as done, even when the rep skipped it before. */
export function reframeStateOf(notes: CallNotes): ReframeState {
  const answered = Object.values(notes.reframe).some((answer) => answer && answer.value.trim() !== "");
  if (answered) return "reframed";
  return notes.reframeSkipped.value ? "skipped" : "notReframed";
}
