import type { Message } from "@microsoft/microsoft-graph-types";
import { escapeHtml, escapeHtmlLines } from "./escape-html.ts";
import { callCustomerHtml, MAIL_STYLE } from "./mail-html.ts";
import type { ReviewCall, ReviewPacket, ReviewPerson } from "./review-packet.schema.ts";

/**
 * The property set of Momentum's own named MAPI properties. Fixed for good: a mail tagged by one release or tenant
 * must be found by every other.
 */
export const MOMENTUM_PROPERTY_SET = "{045868cc-d869-4ba6-ac7b-72636eff5e17}";

/**
 * The String extended property a follow-up mail carries its review's ID in, so the rep's reviews list can find
 * it (`singleValueExtendedProperties`; Exchange keeps named properties on mail within the organization).
 */
export const REVIEW_ID_PROPERTY_ID = `String ${MOMENTUM_PROPERTY_SET} Name MomentumReviewId`;

/** The follow-up's words in the manager's language; the caller takes them from the i18n catalogs. */
export interface FollowUpMailLabels {
  /** BCP 47 tag of the language the labels are in, e.g. `nl`. */
  readonly lang: string;
  /** e.g. `What we agreed in our call review (3 calls)`. */
  subject(callCount: number, managerName: string): string;
  /** e.g. `Hi Daan,` */
  greeting(repName: string): string;
  /** The sentence above the table. */
  intro(callCount: number): string;
  readonly call: string;
  readonly date: string;
  readonly learning: string;
  /** In the learning cell of a call nothing was agreed for. */
  readonly noLearning: string;
  /** In a cell with nothing to show, e.g. a call without subject or customer. */
  readonly empty: string;
  /** e.g. `Keep calling, Megan`; line breaks are kept. */
  signOff(managerName: string): string;
}

export interface FollowUpMailInput {
  readonly packet: ReviewPacket;
  /** The learning agreed in the session, by call ID; a call without one shows `labels.noLearning`. */
  readonly agreedLearning: Readonly<Record<string, string>>;
  /** The manager's own words under the greeting; left out when empty. */
  readonly note?: string;
  readonly labels: FollowUpMailLabels;
  /** A call's start in the manager's language, in `timeZone`. */
  readonly formatDate: (date: Date, timeZone: string) => string;
  /** The manager's IANA time zone. */
  readonly timeZone: string;
}

/** The follow-up as the manager previews it and as `POST /me/sendMail` sends it: the same subject and HTML. */
export interface FollowUpMail {
  readonly reviewId: string;
  readonly to: ReviewPerson;
  readonly subject: string;
  /** The whole HTML document; a preview shows it in a sandboxed frame, never as the pane's own markup. */
  readonly html: string;
  readonly message: Message;
}

/**
 * The mail in which the manager sends the rep what they agreed for each call of the review. Every string that a
 * person wrote (the learning, the note, names, subjects, companies) and every label is escaped: markup in them
 * shows as written. It carries the review's ID as {@link REVIEW_ID_PROPERTY_ID}. The manager's private notes are
 * not an input, so they cannot end up in it.
 */
export function buildFollowUpMail(input: FollowUpMailInput): FollowUpMail {
  const { packet, labels } = input;
  const subject = labels.subject(packet.calls.length, packet.manager.name).replace(/\s+/g, " ").trim();
  const html = followUpHtml(input);
  return {
    reviewId: packet.reviewId,
    to: packet.rep,
    subject,
    html,
    message: {
      subject,
      body: { contentType: "html", content: html },
      toRecipients: [{ emailAddress: { address: packet.rep.email, name: packet.rep.name } }],
      singleValueExtendedProperties: [{ id: REVIEW_ID_PROPERTY_ID, value: packet.reviewId }],
    },
  };
}

function followUpHtml(input: FollowUpMailInput): string {
  const { packet, labels } = input;
  const lang = escapeHtml(labels.lang);
  const headings = [labels.call, labels.date, labels.learning]
    .map((heading) => `<th style="${MAIL_STYLE.headCell}">${escapeHtml(heading)}</th>`)
    .join("");
  const rows = packet.calls.map((call) => callRow(call, input)).join("");
  const note = input.note?.trim() ? `<p>${escapeHtmlLines(input.note.trim())}</p>` : "";
  return [
    `<html lang="${lang}"><head><meta charset="utf-8"></head>`,
    `<body><div lang="${lang}" style="${MAIL_STYLE.font}">`,
    `<p>${escapeHtmlLines(labels.greeting(packet.rep.name))}</p>`,
    note,
    `<p>${escapeHtmlLines(labels.intro(packet.calls.length))}</p>`,
    `<table cellpadding="0" cellspacing="0" style="${MAIL_STYLE.table}">`,
    `<thead><tr>${headings}</tr></thead><tbody>${rows}</tbody></table>`,
    `<p>${escapeHtmlLines(labels.signOff(packet.manager.name))}</p>`,
    "</div></body></html>",
  ].join("");
}

function callRow(
  call: ReviewCall,
  { agreedLearning, labels, formatDate, timeZone }: FollowUpMailInput,
): string {
  const learning = agreedLearning[call.id]?.trim();
  const cells = [
    callCustomerHtml(call, labels.empty),
    escapeHtml(formatDate(new Date(call.start), timeZone)),
    learning
      ? escapeHtmlLines(learning)
      : `<span style="${MAIL_STYLE.muted}">${escapeHtml(labels.noLearning)}</span>`,
  ];
  return `<tr>${cells.map((cell) => `<td style="${MAIL_STYLE.cell}">${cell}</td>`).join("")}</tr>`;
}
