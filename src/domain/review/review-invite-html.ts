import { REFRAME_QUESTIONS, type ReframeQuestion } from "../notes/call-notes.ts";
import { escapeHtml, escapeHtmlLines } from "./escape-html.ts";
import type { ReviewCall, ReviewPacket } from "./review-packet.schema.ts";

/** The invite's words in the rep's language; the caller takes them from the i18n catalogs. */
export interface ReviewInviteLabels {
  /** BCP 47 tag of the language the labels are in, e.g. `nl`. */
  readonly lang: string;
  /** The event's subject, e.g. `Call review: 3 calls with Daan Visser`. */
  subject(callCount: number, repName: string): string;
  /** The opening sentence of the body. */
  intro(repName: string, callCount: number): string;
  /** Under the table, e.g. `Times in Europe/Amsterdam.` */
  timesIn(timeZone: string): string;
  /** Where the details are: the attached packet, read in Momentum. */
  packetNote(fileName: string): string;
  readonly customer: string;
  readonly date: string;
  readonly flagNote: string;
  readonly reframe: string;
  readonly discuss: string;
  readonly reframeQuestions: Readonly<Record<ReframeQuestion, string>>;
  /** Shown in a cell the rep left empty. */
  readonly empty: string;
}

export interface ReviewInviteHtmlOptions {
  readonly labels: ReviewInviteLabels;
  /** A call's start in the rep's language, in `timeZone`. */
  readonly formatDate: (date: Date, timeZone: string) => string;
  /** The rep's IANA time zone. */
  readonly timeZone: string;
  readonly fileName: string;
}

// Inline styles only: Outlook desktop (Word's renderer) and Gmail drop <style> blocks and most CSS.
const FONT = "font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#242424";
const TABLE = "border-collapse:collapse;width:100%";
const CELL = "border:1px solid #d1d1d1;padding:6px 8px;vertical-align:top;text-align:left";
const HEAD_CELL = `${CELL};background-color:#f0f0f0;font-weight:bold`;
const MUTED = "color:#616161";

/**
 * The invite's body: a short intro and a table of the calls that any mail client can show. Every string
 * from the packet, the labels or the formatter is escaped; there are no scripts and no external resources.
 */
export function reviewInviteHtml(packet: ReviewPacket, options: ReviewInviteHtmlOptions): string {
  const { labels } = options;
  const headings = [labels.customer, labels.date, labels.flagNote, labels.reframe, labels.discuss]
    .map((heading) => `<th style="${HEAD_CELL}">${escapeHtml(heading)}</th>`)
    .join("");
  const rows = packet.calls.map((call) => callRow(call, options)).join("");
  return [
    `<html lang="${escapeHtml(labels.lang)}"><head><meta charset="utf-8"></head>`,
    `<body><div lang="${escapeHtml(labels.lang)}" style="${FONT}">`,
    `<p>${escapeHtmlLines(labels.intro(packet.rep.name, packet.calls.length))}</p>`,
    `<table cellpadding="0" cellspacing="0" style="${TABLE}">`,
    `<thead><tr>${headings}</tr></thead><tbody>${rows}</tbody></table>`,
    `<p style="${MUTED}">${escapeHtml(labels.timesIn(options.timeZone))}<br>`,
    `${escapeHtml(labels.packetNote(options.fileName))}</p>`,
    "</div></body></html>",
  ].join("");
}

function callRow(call: ReviewCall, { labels, formatDate, timeZone }: ReviewInviteHtmlOptions): string {
  const cells = [
    customerCell(call, labels),
    escapeHtml(formatDate(new Date(call.start), timeZone)),
    textOrEmpty(call.flagNote, labels),
    reframeCell(call, labels),
    textOrEmpty(call.discussWithManager, labels),
  ];
  return `<tr>${cells.map((cell) => `<td style="${CELL}">${cell}</td>`).join("")}</tr>`;
}

function customerCell(call: ReviewCall, labels: ReviewInviteLabels): string {
  const lines = [call.customer.company, call.customer.participants.join(", "), call.subject].filter(
    (line): line is string => Boolean(line?.trim()),
  );
  if (lines.length === 0) return escapeHtml(labels.empty);
  const [first = "", ...rest] = [...new Set(lines)];
  return [`<strong>${escapeHtml(first)}</strong>`, ...rest.map(escapeHtmlLines)].join("<br>");
}

function reframeCell(call: ReviewCall, labels: ReviewInviteLabels): string {
  const answers = REFRAME_QUESTIONS.flatMap((question) => {
    const answer = call.reframe[question];
    return answer
      ? [`<strong>${escapeHtml(labels.reframeQuestions[question])}</strong> ${escapeHtmlLines(answer)}`]
      : [];
  });
  return answers.length > 0 ? answers.join("<br>") : escapeHtml(labels.empty);
}

function textOrEmpty(text: string, labels: ReviewInviteLabels): string {
  return text.trim() ? escapeHtmlLines(text) : escapeHtml(labels.empty);
}
