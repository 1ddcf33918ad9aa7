import { describe, expect, it } from "vitest";
import { makeCall } from "../calls/call.fixtures.ts";
import { loggedCallToCall } from "../notes/logged-call-to-call.ts";
import { makeLoggedCall } from "../notes/notes.fixtures.ts";
import { buildReviewPacket } from "./build-review-packet.ts";
import { parseReviewPacket } from "./parse-review-packet.ts";
import { makeCallSelection, makeNotes, makePacketInput } from "./review.fixtures.ts";
import { ReviewPacketError } from "./review-packet-error.ts";

describe("buildReviewPacket", () => {
  it("round-trips through JSON and the parser unchanged", () => {
    const packet = buildReviewPacket(makePacketInput());

    expect(parseReviewPacket(JSON.parse(JSON.stringify(packet)))).toEqual(packet);
  });

  it("carries the review's ID, the rep, the manager, the time it was made and each call's notes", () => {
    const packet = buildReviewPacket(makePacketInput());

    expect(packet).toMatchObject({
      schemaVersion: 1,
      kind: "momentum.reviewPacket",
      reviewId: "review-7d1c2f0e",
      createdAt: "2026-11-20T08:00:00.000Z",
      rep: { name: "Daan Visser", email: "daan.visser@contoso.example" },
      manager: { name: "Sophie Bakker", email: "sophie.bakker@contoso.example" },
    });
    expect(packet.calls[0]).toMatchObject({
      id: "AAMkADk0ZWQ5ZTEx=",
      source: "calendar",
      subject: "Discovery call Fabrikam",
      start: "2026-11-18T09:00:00.000Z",
      end: "2026-11-18T09:45:00.000Z",
      flagNote: "Named the price too early",
      reframe: {
        permanent: "No: next quarter their budget opens again",
        personal: "No: they froze all new vendors this week",
      },
      discussWithManager: "How do I hold the price until they have told their story?",
    });
  });

  it("names the customer's company and only the people outside the rep's company", () => {
    const [call] = buildReviewPacket(makePacketInput()).calls;

    expect(call?.customer).toEqual({ company: "Fabrikam", participants: ["Lena Vos"] });
  });

  it("takes a logged call's contact and the company the rep typed", () => {
    const logged = makeLoggedCall();
    const selection = makeCallSelection(logged.id, {
      call: loggedCallToCall(logged),
      company: logged.company,
      moments: [],
      insights: null,
    });

    const [call] = buildReviewPacket(makePacketInput({ calls: [selection] })).calls;

    expect(call).toMatchObject({
      source: "manual",
      customer: { company: "Van den Berg Logistiek", participants: ["Sanne de Vries"] },
      keyMoments: [],
      transcript: null,
    });
  });

  it("includes only the reflection answers the rep chose, and leaves out empty answers", () => {
    const at = "2026-11-18T13:02:11.504Z";
    const selection = makeCallSelection("c1", {
      notes: makeNotes("c1", {
        reframe: { pervasive: { value: "  ", at } },
        reflection: {
          whatHappened: { value: "I pitched first", at },
          preparation: { value: "Not enough", at },
          nextTime: { value: "", at },
        },
      }),
      includedReflection: ["whatHappened", "nextTime"],
    });

    const [call] = buildReviewPacket(makePacketInput({ calls: [selection] })).calls;

    expect(call?.reframe).toEqual({});
    expect(call?.reflection).toEqual({ whatHappened: "I pitched first" });
    expect(call?.discussWithManager).toBe("");
  });

  it("keeps the chosen moments with their wording, excerpt and the transcript figures", () => {
    const [call] = buildReviewPacket(makePacketInput()).calls;

    expect(call?.keyMoments).toEqual([
      {
        id: "priceEarly@0",
        atMs: 0,
        kind: "priceEarly",
        description: "You named the price after 0:00, before the customer told their story.",
        excerpt: [
          { atMs: 0, speaker: "Daan Visser", text: "Our licence is 40 euro per user per month." },
          {
            atMs: 10_500,
            speaker: "Lena Vos",
            text: "We are not there yet; we are still looking at what we need.",
          },
        ],
      },
    ]);
    expect(call?.transcript).toEqual({
      durationMs: 39_000,
      repTalkShare: expect.closeTo(18 / 38, 5),
      longestRepMonologueMs: 10_000,
      longestCustomerMonologueMs: 20_000,
      repQuestionCount: 1,
      firstPriceMentionMs: 0,
    });
  });

  it("refuses what the parser would refuse: more than 20 calls, text over a limit", () => {
    const calls = Array.from({ length: 21 }, (_, index) => makeCallSelection(`call-${index}`));

    expect(() => buildReviewPacket(makePacketInput({ calls }))).toThrow(
      new ReviewPacketError("calls: more than 20 calls"),
    );
    const long = makeCallSelection("c1", {
      call: makeCall({ id: "c1", start: new Date(0), end: new Date(0), subject: "x".repeat(1001) }),
    });
    expect(() => buildReviewPacket(makePacketInput({ calls: [long] }))).toThrow(
      "calls[0].subject: longer than 1000 characters",
    );
  });
});
