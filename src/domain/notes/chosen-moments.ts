import { CHOSEN_MOMENT_LIMITS } from "./call-notes.ts";

/**
 * The chosen key moments after the rep ticks (`chosen`) or unticks `momentId`: a ticked moment joins at the
 * end, so when the set would grow past {@link CHOSEN_MOMENT_LIMITS}, the earliest choices give way (those are
 * moments of an older analysis that the rep can no longer see). Returns `momentIds` itself when nothing changes.
 */
export function withMomentChosen(
  momentIds: readonly string[],
  momentId: string,
  chosen: boolean,
): readonly string[] {
  if (momentIds.includes(momentId) === chosen) return momentIds;
  if (!chosen) return momentIds.filter((id) => id !== momentId);
  return [...momentIds, momentId].slice(-CHOSEN_MOMENT_LIMITS.count);
}
