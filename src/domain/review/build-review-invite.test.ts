import { describe, expect, it } from "vitest";
import { buildReviewInvite } from "./build-review-invite.ts";
import { buildReviewPacket } from "./build-review-packet.ts";
import { parseReviewPacketText } from "./parse-review-packet.ts";
import {
  formatTestDate,
  makeCallSelection,
  makeNotes,
  makePacketInput,
  TEST_LABELS,
} from "./review.fixtures.ts";

const OPTIONS = {
  labels: TEST_LABELS,
  formatDate: formatTestDate,
  timeZone: "Europe/Amsterdam",
  start: new Date("2026-11-24T13:30:00.000Z"),
  end: new Date("2026-11-24T14:00:00.000Z"),
};

/** Decodes `contentBytes` as a receiving client would: base64, then UTF-8. */
function decodeAttachment(contentBytes: string): { text: string; bytes: number } {
  const binary = atob(contentBytes);
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), bytes: bytes.length };
}

describe("buildReviewInvite", () => {
  it("makes a Teams meeting with the manager, named after the number of calls and the rep", () => {
    const packet = buildReviewPacket(
      makePacketInput({ calls: [makeCallSelection("a"), makeCallSelection("b")] }),
    );

    const { event } = buildReviewInvite(packet, OPTIONS);

    expect(event).toMatchObject({
      subject: "Call review: 2 calls with Daan Visser",
      attendees: [
        {
          emailAddress: { address: "sophie.bakker@contoso.example", name: "Sophie Bakker" },
          type: "required",
        },
      ],
      isOnlineMeeting: true,
      onlineMeetingProvider: "teamsForBusiness",
      allowNewTimeProposals: true,
      transactionId: "review-7d1c2f0e",
      start: { dateTime: "2026-11-24T13:30:00.000", timeZone: "UTC" },
      end: { dateTime: "2026-11-24T14:00:00.000", timeZone: "UTC" },
    });
    expect(event.body?.contentType).toBe("html");
    expect(event.body?.content).toContain("Daan Visser would like to go through 2 calls with you.");
  });

  it("attaches the packet as review-packet.json that parses back to the same packet", () => {
    const packet = buildReviewPacket(makePacketInput());

    const { attachment } = buildReviewInvite(packet, OPTIONS);

    expect(attachment).toMatchObject({
      "@odata.type": "#microsoft.graph.fileAttachment",
      name: "review-packet.json",
      contentType: "application/json",
    });
    expect(parseReviewPacketText(decodeAttachment(attachment.contentBytes).text)).toEqual(packet);
  });

  it("keeps Dutch text and emoji through base64, JSON and the parser, and counts UTF-8 bytes", () => {
    const text = 'Één klant zei "nee" 😅';
    const at = "2026-11-18T13:02:11.504Z";
    const selection = makeCallSelection("c1", { notes: makeNotes("c1", { flagNote: { value: text, at } }) });
    const packet = buildReviewPacket(makePacketInput({ calls: [selection] }));

    const { attachment, event, packetBytes } = buildReviewInvite(packet, OPTIONS);

    const decoded = decodeAttachment(attachment.contentBytes);
    expect(parseReviewPacketText(decoded.text).calls[0]?.flagNote).toBe(text);
    expect(event.body?.content).toContain("Één klant zei &quot;nee&quot; 😅");
    expect(packetBytes).toBe(decoded.bytes);
    // "Één" and the emoji take more bytes than characters: a character count would be wrong.
    expect(packetBytes).toBeGreaterThan(decoded.text.length);
  });

  it("encodes a packet larger than one encoding chunk correctly", () => {
    const at = "2026-11-18T13:02:11.504Z";
    const calls = Array.from({ length: 20 }, (_, index) =>
      makeCallSelection(`call-${index}`, {
        notes: makeNotes(`call-${index}`, {
          reflection: { discussWithManager: { value: "ë😅".repeat(666), at } },
        }),
      }),
    );
    const packet = buildReviewPacket(makePacketInput({ calls }));

    const { attachment, packetBytes } = buildReviewInvite(packet, OPTIONS);

    expect(packetBytes).toBeGreaterThan(0x8000 * 3);
    expect(attachment.contentBytes).toBe(Buffer.from(JSON.stringify(packet), "utf8").toString("base64"));
  });
});
