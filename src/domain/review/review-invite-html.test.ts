// @vitest-environment jsdom
// Parsed by a real HTML parser, as a mail client would: a string check alone would miss what a parser finds.
import { describe, expect, it } from "vitest";
import { makeCall } from "../calls/call.fixtures.ts";
import { buildReviewPacket } from "./build-review-packet.ts";
import {
  formatTestDate,
  HTML_ATTACKS,
  MAIL_HTML_ELEMENTS,
  makeCallSelection,
  makeNotes,
  makePacketInput,
  TEST_LABELS,
} from "./review.fixtures.ts";
import { reviewCallsHtml, reviewInviteHtml } from "./review-invite-html.ts";

const AT = "2026-11-18T13:02:11.504Z";
const OPTIONS = {
  labels: TEST_LABELS,
  formatDate: formatTestDate,
  timeZone: "Europe/Amsterdam",
  fileName: "review-packet.json",
};
/** A packet with `text` in every field the rep (or their calendar) wrote. */
function packetWritten(text: string) {
  const id = "c1";
  return buildReviewPacket(
    makePacketInput({
      rep: { name: `Daan ${text}`, email: "daan@contoso.example" },
      calls: [
        makeCallSelection(id, {
          call: makeCall({
            id,
            subject: `Subject ${text}`,
            start: new Date("2026-11-18T09:00:00.000Z"),
            end: new Date("2026-11-18T09:30:00.000Z"),
            participants: [{ name: `Lena ${text}`, email: "lena@fabrikam.example" }],
          }),
          company: `Fabrikam ${text}`,
          notes: makeNotes(id, {
            flagNote: { value: `Note ${text}`, at: AT },
            reframe: {
              permanent: { value: `Permanent ${text}`, at: AT },
              pervasive: { value: `Pervasive ${text}`, at: AT },
              personal: { value: `Personal ${text}`, at: AT },
            },
            reflection: { discussWithManager: { value: `Discuss ${text}`, at: AT } },
          }),
        }),
      ],
    }),
  );
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

function cellTexts(document: Document): string[] {
  return [...document.querySelectorAll("tbody td")].map((cell) => cell.textContent ?? "");
}

describe("reviewInviteHtml", () => {
  it.each(HTML_ATTACKS)("shows markup in every user-written field as text: %s", (attack) => {
    const document = parse(reviewInviteHtml(packetWritten(attack), OPTIONS));

    const elements = [...document.querySelectorAll("*")];
    expect(elements.map((element) => element.tagName).filter((tag) => !MAIL_HTML_ELEMENTS.has(tag))).toEqual(
      [],
    );
    const attributes = elements.flatMap((element) => element.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith("on") || name === "src" || name === "href")).toEqual(
      [],
    );
    const [customer, , note, reframe, discuss] = cellTexts(document);
    expect(customer).toContain(`Fabrikam ${attack}`);
    expect(customer).toContain(`Lena ${attack}`);
    expect(customer).toContain(`Subject ${attack}`);
    expect(note).toBe(`Note ${attack}`);
    for (const answer of ["Permanent", "Pervasive", "Personal"])
      expect(reframe).toContain(`${answer} ${attack}`);
    expect(discuss).toBe(`Discuss ${attack}`);
    expect(document.querySelector("p")?.textContent).toContain(`Daan ${attack}`);
  });

  it("escapes the markup characters in the source, leaving no raw tag from user text", () => {
    const html = reviewInviteHtml(packetWritten(HTML_ATTACKS.join(" ")), OPTIONS);

    expect(html).not.toMatch(/<script|<img|<svg/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;svg onload=alert(1)&gt;");
    expect(html).toContain("Tom &amp;amp; Jerry");
  });

  it("keeps Dutch text and emoji intact", () => {
    const text = 'Één klant zei "nee" 😅';

    const [, , note] = cellTexts(parse(reviewInviteHtml(packetWritten(text), OPTIONS)));

    expect(note).toBe(`Note ${text}`);
  });

  it("turns the rep's line breaks into <br>", () => {
    const document = parse(reviewInviteHtml(packetWritten("first\nsecond\r\nthird"), OPTIONS));

    const note = document.querySelectorAll("tbody td")[2];
    expect(note?.querySelectorAll("br")).toHaveLength(2);
    expect(note?.textContent).toBe("Note firstsecondthird");
  });

  it("has one row per call with the date in the rep's time zone, and says which zone", () => {
    const packet = buildReviewPacket(
      makePacketInput({ calls: [makeCallSelection("a"), makeCallSelection("b")] }),
    );

    const document = parse(reviewInviteHtml(packet, OPTIONS));

    expect(document.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(cellTexts(document)[1]).toBe("18 Nov 2026, 10:00");
    expect(document.body.textContent).toContain("Times in Europe/Amsterdam.");
    expect(document.body.textContent).toContain("review-packet.json");
  });

  it("shows the headings, the language and a mark in cells the rep left empty", () => {
    const selection = makeCallSelection("c1", {
      notes: makeNotes("c1", { flagNote: { value: "", at: AT }, reframe: {}, reflection: {} }),
    });
    const packet = buildReviewPacket(makePacketInput({ calls: [selection] }));

    const document = parse(reviewInviteHtml(packet, { ...OPTIONS, labels: { ...TEST_LABELS, lang: "nl" } }));

    expect(document.documentElement.lang).toBe("nl");
    expect([...document.querySelectorAll("th")].map((heading) => heading.textContent)).toEqual([
      "Customer",
      "Date",
      "Note",
      "Reframe",
      "To discuss",
    ]);
    const [, , note, reframe, discuss] = cellTexts(document);
    expect([note, reframe, discuss]).toEqual(["—", "—", "—"]);
  });

  it("has no style block, script or external resource: inline styles only", () => {
    const html = reviewInviteHtml(buildReviewPacket(makePacketInput()), OPTIONS);

    expect(html).not.toMatch(/<style|<link|<script|url\(|https?:/i);
    expect(parse(html).querySelector("table")?.getAttribute("style")).toContain("border-collapse");
  });

  it("gives the same calls as a fragment for a body that exists, without a document around them", () => {
    const packet = buildReviewPacket(makePacketInput({ calls: [makeCallSelection("a")] }));

    const fragment = reviewCallsHtml(packet, OPTIONS);

    expect(fragment).not.toMatch(/<html|<head|<meta|<body/i);
    expect(fragment).toMatch(/^<div lang="en"[^>]*>.*<\/div>$/);
    expect(parse(reviewInviteHtml(packet, OPTIONS)).body.innerHTML).toBe(fragment);
  });
});
