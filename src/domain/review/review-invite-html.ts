import { REFRAME_QUESTIONS, type ReframeQuestion } from "../notes/call-notes.ts";
import { escapeHtml, escapeHtmlLines } from "./escape-html.ts";
import { callCustomerHtml, MAIL_STYLE } from "./mail-html.ts";
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

/**
 * The invite's body: a short intro and a table of the calls that any mail client can show, as a whole HTML
 * document (Graph's `body.content`). Every string from the packet, the labels or the formatter is escaped; there
 * are no scripts and no external resources.
 */
export function reviewInviteHtml(packet: ReviewPacket, options: ReviewInviteHtmlOptions): string {
  return [
    `<html lang="${escapeHtml(options.labels.lang)}"><head><meta charset="utf-8"></head>`,
    `<body>${reviewCallsHtml(packet, options)}</body></html>`,
  ].join("");
}

/**
 * The same intro and table as an HTML fragment (one `<div>`), for a body that already exists: Outlook's
 * `body.prependAsync` inserts markup into the meeting being written, where a second `<html>` would not belong.
 */
export function reviewCallsHtml(packet: ReviewPacket, options: ReviewInviteHtmlOptions): string {
  const { labels } = options;
  const headings = [labels.customer, labels.date, labels.flagNote, labels.reframe, labels.discuss]
    .map((heading) => `<th style="${MAIL_STYLE.headCell}">${escapeHtml(heading)}</th>`)
    .join("");
  const rows = packet.calls.map((call) => callRow(call, options)).join("");
  return [
    `<div lang="${escapeHtml(labels.lang)}" style="${MAIL_STYLE.font}">`,
    `<p>${escapeHtmlLines(labels.intro(packet.rep.name, packet.calls.length))}</p>`,
    `<table cellpadding="0" cellspacing="0" style="${MAIL_STYLE.table}">`,
    `<thead><tr>${headings}</tr></thead><tbody>${rows}</tbody></table>`,
    `<p style="${MAIL_STYLE.muted}">${escapeHtml(labels.timesIn(options.timeZone))}<br>`,
    `${escapeHtml(labels.packetNote(options.fileName))}</p>`,
    "</div>",
  ].join("");
}

function callRow(call: ReviewCall, { labels, formatDate, timeZone }: ReviewInviteHtmlOptions): string {
  const cells = [
    callCustomerHtml(call, labels.empty),
    escapeHtml(formatDate(new Date(call.start), timeZone)),
    textOrEmpty(call.flagNote, labels),
    reframeCell(call, labels),
    textOrEmpty(call.discussWithManager, labels),
  ];
  return `<tr>${cells.map((cell) => `<td style="${MAIL_STYLE.cell}">${cell}</td>`).join("")}</tr>`;
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
