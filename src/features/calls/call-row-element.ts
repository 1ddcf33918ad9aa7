/** Marks each row with its call's ID, so a feature can put focus back on the row it worked on. */
export const CALL_ROW_ATTRIBUTE = "data-call-id";

/** The row of `callId` inside `root`, if it is shown. */
export function findCallRow(root: ParentNode, callId: string): HTMLElement | null {
  for (const row of root.querySelectorAll<HTMLElement>(`[${CALL_ROW_ATTRIBUTE}]`)) {
    if (row.getAttribute(CALL_ROW_ATTRIBUTE) === callId) return row;
  }
  return null;
}
