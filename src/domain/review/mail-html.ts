import { escapeHtml, escapeHtmlLines } from "./escape-html.ts";
import type { ReviewCall } from "./review-packet.schema.ts";

/**
 * What the invite and the follow-up mail share: inline styles only, because Outlook desktop (Word's renderer) and
 * Gmail drop `<style>` blocks and most CSS.
 */
const CELL = "border:1px solid #d1d1d1;padding:6px 8px;vertical-align:top;text-align:left";

export const MAIL_STYLE = {
  font: "font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#242424",
  table: "border-collapse:collapse;width:100%",
  cell: CELL,
  headCell: `${CELL};background-color:#f0f0f0;font-weight:bold`,
  muted: "color:#616161",
} as const;

/** Who the call was with, escaped: the company (or the people) in bold, then what else tells it apart. */
export function callCustomerHtml(call: ReviewCall, emptyText: string): string {
  const lines = [call.customer.company, call.customer.participants.join(", "), call.subject].filter(
    (line): line is string => Boolean(line?.trim()),
  );
  if (lines.length === 0) return escapeHtml(emptyText);
  const [first = "", ...rest] = [...new Set(lines)];
  return [`<strong>${escapeHtml(first)}</strong>`, ...rest.map(escapeHtmlLines)].join("<br>");
}
