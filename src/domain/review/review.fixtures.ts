import { makeCall } from "../calls/call.fixtures.ts";
import type { CallNotes, Stamped } from "../notes/call-notes.ts";
import { analyzeTranscript } from "../transcript/index.ts";
import { conversation } from "../transcript/transcript.fixtures.ts";
import type { ReviewCallSelection, ReviewPacketInput } from "./build-review-packet.ts";
import type { ReviewInviteLabels } from "./review-invite-html.ts";

const AT = "2026-11-18T13:02:11.504Z";

function stamped<T>(value: T): Stamped<T> {
  return { value, at: AT };
}

/** A rep's notes on a flagged call; override what the test is about. */
export function makeNotes(callId: string, overrides: Partial<CallNotes> = {}): CallNotes {
  return {
    callId,
    flagged: stamped(true),
    flagNote: stamped("Named the price too early"),
    reframe: {
      permanent: stamped("No: next quarter their budget opens again"),
      personal: stamped("No: they froze all new vendors this week"),
    },
    reframeSkipped: stamped(false),
    reflection: {
      whatHappened: stamped("I pitched before they told me their problem"),
      priceTooEarly: stamped("Yes, in minute 2"),
      discussWithManager: stamped("How do I hold the price until they have told their story?"),
    },
    chosenMoments: stamped(["priceEarly@2500"]),
    ...overrides,
  };
}

const CUES = conversation([
  ["Daan Visser", 10, "Our licence is 40 euro per user per month."],
  ["Lena Vos", 20, "We are not there yet; we are still looking at what we need."],
  ["Daan Visser", 8, "What do you need most?"],
]);

/** A flagged customer call with its notes, one chosen key moment with an excerpt, and transcript figures. */
export function makeCallSelection(
  id = "AAMkADk0ZWQ5ZTEx=",
  overrides: Partial<ReviewCallSelection> = {},
): ReviewCallSelection {
  const insights = analyzeTranscript(CUES, { repName: "Daan Visser" });
  return {
    call: makeCall({
      id,
      subject: "Discovery call Fabrikam",
      start: new Date("2026-11-18T09:00:00.000Z"),
      end: new Date("2026-11-18T09:45:00.000Z"),
      participants: [
        { name: "Lena Vos", email: "lena.vos@fabrikam.example" },
        { name: "Pieter Jansen", email: "pieter@contoso.example" },
      ],
    }),
    notes: makeNotes(id),
    includedReflection: ["whatHappened"],
    moments: [
      {
        id: "priceEarly@0",
        moment: {
          atMs: 0,
          kind: "priceEarly",
          reason: "price named early",
          details: { speaker: "Daan Visser", word: "euro", sinceStartMs: 0 },
        },
        description: "You named the price after 0:00, before the customer told their story.",
        excerpt: CUES.slice(0, 2),
      },
    ],
    insights,
    ...overrides,
  };
}

export function makePacketInput(overrides: Partial<ReviewPacketInput> = {}): ReviewPacketInput {
  return {
    reviewId: "review-7d1c2f0e",
    rep: { name: "Daan Visser", email: "daan.visser@contoso.example" },
    manager: { name: "Sophie Bakker", email: "sophie.bakker@contoso.example" },
    calls: [makeCallSelection()],
    now: new Date("2026-11-20T08:00:00.000Z"),
    ...overrides,
  };
}

/** English labels as a caller would pass them from the i18n catalogs. */
export const TEST_LABELS: ReviewInviteLabels = {
  lang: "en",
  subject: (count, repName) => `Call review: ${count} ${count === 1 ? "call" : "calls"} with ${repName}`,
  intro: (repName, count) => `${repName} would like to go through ${count} calls with you.`,
  timesIn: (timeZone) => `Times in ${timeZone}.`,
  packetNote: (fileName) => `The details are in ${fileName}; open it with Momentum in Outlook.`,
  customer: "Customer",
  date: "Date",
  flagNote: "Note",
  reframe: "Reframe",
  discuss: "To discuss",
  reframeQuestions: { permanent: "Permanent?", pervasive: "Pervasive?", personal: "Personal?" },
  empty: "—",
};

export function formatTestDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** Markup a person might write into a field that ends up in mail HTML, each of which must come out as text. */
export const HTML_ATTACKS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "Tom &amp; Jerry",
] as const;

/** The elements Momentum's mail HTML (invite, follow-up) is built of, as a parser names them: nothing else may appear. */
export const MAIL_HTML_ELEMENTS: ReadonlySet<string> = new Set([
  "HTML",
  "HEAD",
  "META",
  "BODY",
  "DIV",
  "P",
  "BR",
  "TABLE",
  "THEAD",
  "TBODY",
  "TR",
  "TH",
  "TD",
  "STRONG",
]);
