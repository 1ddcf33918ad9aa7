import type * as z from "zod/mini";
import { issuesInEnglish } from "../issues-in-english.ts";
import {
  REVIEW_PACKET_KIND,
  REVIEW_PACKET_SCHEMA_VERSION,
  type ReviewPacket,
  reviewPacketSchema,
} from "./review-packet.schema.ts";
import { ReviewPacketError } from "./review-packet-error.ts";

const NOT_A_PACKET = "not a Momentum review packet";

/**
 * Validates a review packet read from an invite's attachment. Returns the typed packet, or throws a
 * {@link ReviewPacketError} whose message names the field and the problem, e.g.
 * `calls[0].reframe.permanent: longer than 280 characters`, or says
 * `written by a newer version of Momentum (schemaVersion 2)` / `not a Momentum review packet: …`.
 */
export function parseReviewPacket(json: unknown): ReviewPacket {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ReviewPacketError(`${NOT_A_PACKET}: expected a JSON object`);
  }
  const { kind, schemaVersion } = json as { kind?: unknown; schemaVersion?: unknown };
  // The kind first: another app's JSON with a large `schemaVersion` is not "from a newer Momentum".
  if (kind !== REVIEW_PACKET_KIND) {
    throw new ReviewPacketError(`${NOT_A_PACKET}: kind is not "${REVIEW_PACKET_KIND}"`);
  }
  if (typeof schemaVersion === "number" && schemaVersion > REVIEW_PACKET_SCHEMA_VERSION) {
    throw new ReviewPacketError(`written by a newer version of Momentum (schemaVersion ${schemaVersion})`);
  }
  const parsed = reviewPacketSchema.safeParse(json, issuesInEnglish());
  if (parsed.success) return parsed.data;
  throw new ReviewPacketError(describeIssue(json, parsed.error.issues[0]));
}

/** {@link parseReviewPacket} for the attachment's text, which may start with a byte order mark. */
export function parseReviewPacketText(text: string): ReviewPacket {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new ReviewPacketError(`${NOT_A_PACKET}: not valid JSON`);
  }
  return parseReviewPacket(json);
}

function describeIssue(json: object, issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return NOT_A_PACKET;
  return issue.path.length === 0
    ? messageOf(json, issue)
    : `${formatPath(issue.path)}: ${messageOf(json, issue)}`;
}

function messageOf(json: object, issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => JSON.stringify(key)).join(", ");
    return `unknown ${issue.keys.length === 1 ? "field" : "fields"} ${keys}`;
  }
  if (issue.code !== "invalid_type") return issue.message;
  const found = valueAt(json, issue.path);
  if (!found.present) return "missing";
  // Schemas with their own wording (a date, a version) say it; the rest get a plain "expected …".
  return issue.message.startsWith("Invalid input")
    ? `expected ${issue.expected}, found ${found.value === null ? "null" : Array.isArray(found.value) ? "array" : typeof found.value}`
    : issue.message;
}

/** What the packet holds at an issue's path, telling a missing field from one with a wrong value. */
function valueAt(json: object, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let value: unknown = json;
  for (const segment of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment))
      return { present: false };
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return { present: true, value };
}

/** `["calls", 0, "reframe", "permanent"]` → `calls[0].reframe.permanent`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      if (typeof segment !== "string") return `[${String(segment)}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join("");
}
