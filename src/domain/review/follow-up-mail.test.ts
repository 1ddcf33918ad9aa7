// @vitest-environment jsdom
// Parsed by a real HTML parser, as a mail client would: a string check alone would miss what a parser finds.
import { describe, expect, it } from "vitest";
import { makeCall } from "../calls/call.fixtures.ts";
import { buildReviewPacket } from "./build-review-packet.ts";
import { buildFollowUpMail, type FollowUpMailLabels, REVIEW_ID_PROPERTY_ID } from "./follow-up-mail.ts";
import {
  formatTestDate,
  HTML_ATTACKS,
  MAIL_HTML_ELEMENTS,
  makeCallSelection,
  makePacketInput,
} from "./review.fixtures.ts";

/** The follow-up also mutes "nothing agreed" in a span. */
const ALLOWED_ELEMENTS = new Set([...MAIL_HTML_ELEMENTS, "SPAN"]);

const LABELS: FollowUpMailLabels = {
  lang: "en",
  subject: (count) => `What we agreed in our call review (${count} ${count === 1 ? "call" : "calls"})`,
  greeting: (repName) => `Hi ${repName},`,
  intro: (count) => `Thanks for walking me through ${count} calls. This is what we agreed for each one.`,
  call: "Call",
  date: "Date",
  learning: "What we agreed",
  noLearning: "Nothing agreed for this call",
  empty: "—",
  signOff: (managerName) => `Keep calling,\n${managerName}`,
};

/** A packet for two calls, with `text` in every field a person wrote. */
function packetWritten(text: string) {
  const call = (id: string, subject: string) =>
    makeCallSelection(id, {
      call: makeCall({
        id,
        subject,
        start: new Date("2026-11-18T09:00:00.000Z"),
        end: new Date("2026-11-18T09:30:00.000Z"),
        participants: [{ name: `Lena ${text}`, email: "lena@fabrikam.example" }],
      }),
      company: `Fabrikam ${text}`,
    });
  return buildReviewPacket(
    makePacketInput({
      rep: { name: `Daan ${text}`, email: "daan.visser@contoso.example" },
      manager: { name: `Megan ${text}`, email: "megan.bowen@contoso.example" },
      calls: [call("c1", `Subject ${text}`), call("c2", "Pricing follow-up")],
    }),
  );
}

function mailWritten(text: string, agreedLearning: Record<string, string> = { c1: `Learning ${text}` }) {
  return buildFollowUpMail({
    packet: packetWritten(text),
    agreedLearning,
    note: `Note ${text}`,
    labels: LABELS,
    formatDate: formatTestDate,
    timeZone: "Europe/Amsterdam",
  });
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

function rows(document: Document): string[][] {
  return [...document.querySelectorAll("tbody tr")].map((row) =>
    [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? ""),
  );
}

describe("buildFollowUpMail", () => {
  it.each(HTML_ATTACKS)("shows markup in every user-written field as text: %s", (attack) => {
    const document = parse(mailWritten(attack).html);

    const elements = [...document.querySelectorAll("*")];
    expect(elements.map((element) => element.tagName).filter((tag) => !ALLOWED_ELEMENTS.has(tag))).toEqual(
      [],
    );
    const attributes = elements.flatMap((element) => element.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith("on") || name === "src" || name === "href")).toEqual(
      [],
    );
    const [customer, , learning] = rows(document)[0] ?? [];
    expect(customer).toContain(`Fabrikam ${attack}`);
    expect(customer).toContain(`Subject ${attack}`);
    expect(learning).toBe(`Learning ${attack}`);
    const paragraphs = [...document.querySelectorAll("p")].map((p) => p.textContent);
    expect(paragraphs).toContain(`Hi Daan ${attack},`);
    expect(paragraphs).toContain(`Note ${attack}`);
    expect(paragraphs).toContain(`Keep calling,Megan ${attack}`);
  });

  it("escapes the markup characters in the source, leaving no raw tag from user text", () => {
    const { html, message } = mailWritten(HTML_ATTACKS.join(" "));

    expect(html).not.toMatch(/<script|<img|<svg/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Tom &amp;amp; Jerry");
    expect(message.body?.content).toBe(html);
  });

  it("keeps Dutch text and emoji intact, and the manager's line breaks", () => {
    const text = "Eerst vragen, dán pas de prijs 💡\nen doorvragen bij “geen budget” 🙌";

    const document = parse(mailWritten(text, { c1: text }).html);

    const learningCell = document.querySelectorAll("tbody td")[2];
    expect(learningCell?.textContent).toBe(text.replace("\n", ""));
    expect(learningCell?.querySelectorAll("br")).toHaveLength(1);
  });

  it("lists every call of the review in order, saying so where nothing was agreed", () => {
    const document = parse(mailWritten("x", { c1: "Ask two questions before any price" }).html);

    expect(rows(document)).toEqual([
      [expect.stringContaining("Subject x"), "18 Nov 2026, 10:00", "Ask two questions before any price"],
      [expect.stringContaining("Pricing follow-up"), "18 Nov 2026, 10:00", "Nothing agreed for this call"],
    ]);
  });

  it("goes to the rep, tagged with the review's ID, with the same subject and HTML as the preview", () => {
    const mail = mailWritten("x");

    expect(mail.to).toEqual({ name: "Daan x", email: "daan.visser@contoso.example" });
    expect(mail.reviewId).toBe("review-7d1c2f0e");
    expect(mail.message).toEqual({
      subject: "What we agreed in our call review (2 calls)",
      body: { contentType: "html", content: mail.html },
      toRecipients: [{ emailAddress: { address: "daan.visser@contoso.example", name: "Daan x" } }],
      singleValueExtendedProperties: [{ id: REVIEW_ID_PROPERTY_ID, value: "review-7d1c2f0e" }],
    });
    expect(REVIEW_ID_PROPERTY_ID).toMatch(/^String \{[0-9a-f-]{36}\} Name MomentumReviewId$/);
  });

  it("leaves out an empty note, and keeps a subject on one line", () => {
    const mail = buildFollowUpMail({
      packet: packetWritten("x"),
      agreedLearning: {},
      note: "   ",
      labels: { ...LABELS, subject: () => "Our review\nfollow-up" },
      formatDate: formatTestDate,
      timeZone: "Europe/Amsterdam",
    });

    expect([...parse(mail.html).querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      "Hi Daan x,",
      "Thanks for walking me through 2 calls. This is what we agreed for each one.",
      "Keep calling,Megan x",
    ]);
    expect(mail.subject).toBe("Our review follow-up");
  });
});
