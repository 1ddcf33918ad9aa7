import { describe, expect, it } from "vitest";
import { buildReviewPacket } from "./build-review-packet.ts";
import { parseReviewPacket, parseReviewPacketText } from "./parse-review-packet.ts";
import { makePacketInput } from "./review.fixtures.ts";
import { ReviewPacketError } from "./review-packet-error.ts";

function validJson(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(buildReviewPacket(makePacketInput())));
}

function messageFor(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ReviewPacketError);
    return (error as ReviewPacketError).message;
  }
  throw new Error("expected the packet to be refused");
}

describe("parseReviewPacket", () => {
  it("returns a valid packet as it is", () => {
    const json = validJson();

    expect(parseReviewPacket(json)).toEqual(json);
  });

  it("names the path of a missing field", () => {
    const json = validJson();
    const calls = json.calls as Record<string, unknown>[];
    delete calls[0]?.flagNote;

    expect(messageFor(() => parseReviewPacket(json))).toBe("calls[0].flagNote: missing");
  });

  it("names the path and the problem of a wrong value", () => {
    const json = validJson();
    const calls = json.calls as { reframe: Record<string, unknown>; keyMoments: { atMs: unknown }[] }[];
    const call = calls[0];
    if (!call?.keyMoments[0]) throw new Error("fixture has a key moment");

    call.reframe.permanent = "x".repeat(281);
    expect(messageFor(() => parseReviewPacket(json))).toBe(
      "calls[0].reframe.permanent: longer than 280 characters",
    );

    call.reframe.permanent = "ok";
    call.keyMoments[0].atMs = "soon";
    expect(messageFor(() => parseReviewPacket(json))).toBe(
      "calls[0].keyMoments[0].atMs: expected number, found string",
    );
  });

  it("says which values a field allows when it has no wording of its own", () => {
    const json = validJson();
    const [call] = json.calls as Record<string, unknown>[];
    if (!call) throw new Error("fixture has a call");
    call.source = "phone";

    expect(messageFor(() => parseReviewPacket(json))).toBe(
      'calls[0].source: Invalid option: expected one of "calendar"|"manual"',
    );
  });

  it("refuses a packet without a usable review ID: the manager keeps their notes under it", () => {
    const { reviewId: _reviewId, ...withoutId } = validJson();

    expect(messageFor(() => parseReviewPacket(withoutId))).toBe("reviewId: missing");
    expect(messageFor(() => parseReviewPacket({ ...validJson(), reviewId: "" }))).toBe(
      "reviewId: an empty review ID",
    );
    expect(messageFor(() => parseReviewPacket({ ...validJson(), reviewId: "r".repeat(201) }))).toBe(
      "reviewId: a review ID longer than 200 characters",
    );
    expect(messageFor(() => parseReviewPacket({ ...validJson(), reviewId: "__proto__" }))).toBe(
      "reviewId: a reserved key",
    );
  });

  it("refuses more than 20 calls, and none", () => {
    const json = validJson();
    const [call] = json.calls as unknown[];

    expect(messageFor(() => parseReviewPacket({ ...json, calls: Array(21).fill(call) }))).toBe(
      "calls: more than 20 calls",
    );
    expect(messageFor(() => parseReviewPacket({ ...json, calls: [] }))).toBe("calls: no calls");
  });

  it("says a packet from a newer version of Momentum is from a newer version", () => {
    expect(messageFor(() => parseReviewPacket({ ...validJson(), schemaVersion: 2 }))).toBe(
      "written by a newer version of Momentum (schemaVersion 2)",
    );
  });

  it("says other JSON is not a review packet", () => {
    expect(messageFor(() => parseReviewPacket({ ...validJson(), kind: "momentum.notes" }))).toBe(
      'not a Momentum review packet: kind is not "momentum.reviewPacket"',
    );
    expect(messageFor(() => parseReviewPacket({ schemaVersion: 7 }))).toBe(
      'not a Momentum review packet: kind is not "momentum.reviewPacket"',
    );
    for (const value of [null, [], "packet", 42]) {
      expect(messageFor(() => parseReviewPacket(value))).toBe(
        "not a Momentum review packet: expected a JSON object",
      );
    }
  });

  it("names fields it does not know", () => {
    expect(messageFor(() => parseReviewPacket({ ...validJson(), secret: true }))).toBe(
      'unknown field "secret"',
    );
  });

  it("refuses a call that ends before it starts", () => {
    const json = validJson();
    const [call] = json.calls as Record<string, unknown>[];
    if (!call) throw new Error("fixture has a call");
    call.end = "2026-11-18T08:00:00.000Z";

    expect(messageFor(() => parseReviewPacket(json))).toBe("calls[0].end: ends before it starts");
  });
});

describe("parseReviewPacketText", () => {
  it("reads a packet with a byte order mark", () => {
    const json = validJson();

    expect(parseReviewPacketText(`\uFEFF${JSON.stringify(json)}`)).toEqual(json);
  });

  it("says text that is not JSON is not a packet", () => {
    expect(messageFor(() => parseReviewPacketText("{ not json"))).toBe(
      "not a Momentum review packet: not valid JSON",
    );
    expect(messageFor(() => parseReviewPacketText(""))).toBe("not a Momentum review packet: not valid JSON");
  });
});
