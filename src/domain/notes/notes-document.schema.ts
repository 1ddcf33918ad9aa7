import * as z from "zod/mini";
import { issuesInEnglish } from "../issues-in-english.ts";
import {
  CALL_OUTCOMES,
  CHOSEN_MOMENT_LIMITS,
  type LoggedCall,
  REFLECTION_QUESTIONS,
  REFRAME_QUESTIONS,
  TEXT_LIMITS,
} from "./call-notes.ts";
import {
  NOTES_SCHEMA_VERSION,
  type NotesDocument,
  READABLE_NOTES_SCHEMA_VERSIONS,
} from "./notes-document.ts";
import {
  type ChosenManager,
  COACHING_LIMITS,
  type CoachingRecord,
  REVIEW_RECORD_LIMITS,
  type ReviewRecord,
} from "./review-record.ts";

/*
 * The composite schemas here, and those of notes edits, review packets and events, are built when first used
 * (`z.lazy`), not on import: Zod sets up every schema instance's methods one by one, and the ~430 instances made at
 * import were half of the start-up script's evaluation (4x-slowed CPU profile); ~330 of them were these modules',
 * for documents the first screen mostly never reads. Small schemas stay plain: a lazy wrapper is an instance too.
 */

/**
 * Free text is kept exactly as the rep wrote it, markup included: it is limited in length, never rewritten
 * or sanitized (the UI shows it as text, and HTML output escapes it).
 */
export function limitedText(limit: number) {
  return z.string().check(z.maxLength(limit, { error: `longer than ${limit} characters` }));
}

/** An instant as `Date.toISOString()` writes it (UTC). */
export const instantSchema = z.iso.datetime({ error: "not an ISO 8601 UTC date and time" });

function stamped<Value extends z.ZodMiniType>(value: Value) {
  return z.strictObject({ value, at: instantSchema });
}

/** The check of a span of two instants (a review session, a call in a packet): it does not end before it starts. */
export function endsNotBeforeStart() {
  return z.refine<{ readonly start: string; readonly end: string }>(
    (span) => Date.parse(span.end) >= Date.parse(span.start),
    { error: "ends before it starts", path: ["end"] },
  );
}

/**
 * Names that mean something to a JavaScript object. As a call ID they are refused: a record holding one would
 * lose it without a word (zod skips `__proto__`), and the next write would drop what was stored under it.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A call ID (from Graph) or a logged call's ID (from `crypto.randomUUID()`); a record's key. */
export const recordKey = z.string().check(
  z.minLength(1, { error: "an empty key" }),
  z.maxLength(1024, { error: "a key longer than 1024 characters" }),
  z.refine((key) => !RESERVED_KEYS.has(key), { error: "a reserved key" }),
);

/** The key moments the rep chose to discuss, by moment ID (`priceEarly@150000`). */
export const chosenMomentsSchema = z.lazy(() =>
  z
    .array(
      z.string().check(
        z.minLength(1, { error: "an empty moment ID" }),
        z.maxLength(CHOSEN_MOMENT_LIMITS.idLength, {
          error: `a moment ID longer than ${CHOSEN_MOMENT_LIMITS.idLength} characters`,
        }),
      ),
    )
    .check(
      z.maxLength(CHOSEN_MOMENT_LIMITS.count, { error: `more than ${CHOSEN_MOMENT_LIMITS.count} moments` }),
    ),
);

export const storedCallNotesSchema = z.lazy(() =>
  z.strictObject({
    flagged: z.optional(stamped(z.boolean())),
    flagNote: z.optional(stamped(limitedText(TEXT_LIMITS.flagNote))),
    reframe: z.optional(
      z.partialRecord(z.enum(REFRAME_QUESTIONS), stamped(limitedText(TEXT_LIMITS.reframeAnswer))),
    ),
    reframeSkipped: z.optional(stamped(z.boolean())),
    reflection: z.optional(
      z.partialRecord(z.enum(REFLECTION_QUESTIONS), stamped(limitedText(TEXT_LIMITS.reflectionAnswer))),
    ),
    // Absent in documents written before moments could be chosen: the same as none chosen.
    chosenMoments: z.optional(stamped(chosenMomentsSchema)),
  }),
);

export const loggedCallSchema: z.ZodMiniType<LoggedCall> = z.lazy(() =>
  z.strictObject({
    id: recordKey,
    contactName: limitedText(TEXT_LIMITS.contactName),
    company: limitedText(TEXT_LIMITS.company),
    phone: limitedText(TEXT_LIMITS.phone),
    start: instantSchema,
    durationMinutes: z
      .number()
      .check(
        z.int({ error: "not a whole number of minutes" }),
        z.gte(0, { error: "a negative duration" }),
        z.lte(24 * 60, { error: "longer than a day" }),
      ),
    outcome: z.enum(CALL_OUTCOMES),
    loggedAt: instantSchema,
    deleted: z.optional(z.boolean()),
  }),
);

/** A review's ID: the `transactionId` its event was created with, also the packet's `reviewId`. */
export const reviewIdSchema = z.string().check(
  z.minLength(1, { error: "an empty review ID" }),
  z.maxLength(200, { error: "a review ID longer than 200 characters" }),
  z.refine((key) => !RESERVED_KEYS.has(key), { error: "a reserved key" }),
);

/** An address as a review packet names people: something@somewhere, nothing more is checked. */
export const emailAddressSchema = z.string().check(
  z.maxLength(REVIEW_RECORD_LIMITS.email, {
    error: `longer than ${REVIEW_RECORD_LIMITS.email} characters`,
  }),
  z.regex(/^[^\s@]+@[^\s@]+$/, { error: "not an email address" }),
);

/** A rep or manager as a review names them. */
export const reviewPersonSchema = z.strictObject({
  name: limitedText(REVIEW_RECORD_LIMITS.name),
  email: emailAddressSchema,
});

export const chosenManagerSchema: z.ZodMiniType<ChosenManager> = z.lazy(() =>
  z.extend(reviewPersonSchema, {
    id: z.nullable(
      z
        .string()
        .check(
          z.minLength(1, { error: "an empty person ID" }),
          z.maxLength(1024, { error: "a person ID longer than 1024 characters" }),
        ),
    ),
  }),
);

/** Only `https:` links: the reviews list opens them, so a hand-edited file must not slip in a `javascript:` one. */
const linkSchema = z
  .url({ protocol: /^https$/, error: "not an https URL" })
  .check(
    z.maxLength(REVIEW_RECORD_LIMITS.link, { error: `longer than ${REVIEW_RECORD_LIMITS.link} characters` }),
  );

const reviewedCallSchema = z.lazy(() =>
  z.strictObject({
    callId: z
      .string()
      .check(
        z.minLength(1, { error: "an empty call ID" }),
        z.maxLength(1024, { error: "a call ID longer than 1024 characters" }),
      ),
    subject: limitedText(REVIEW_RECORD_LIMITS.subject),
    start: instantSchema,
    company: z.nullable(limitedText(TEXT_LIMITS.company)),
  }),
);

const reviewCallOutcomeSchema = z.lazy(() =>
  z.strictObject({
    discussed: z.optional(stamped(z.boolean())),
    learning: z.optional(stamped(limitedText(REVIEW_RECORD_LIMITS.learning))),
  }),
);

export const reviewRecordSchema: z.ZodMiniType<ReviewRecord> = z.lazy(() =>
  z
    .strictObject({
      id: reviewIdSchema,
      eventId: z
        .string()
        .check(
          z.minLength(1, { error: "an empty event ID" }),
          z.maxLength(1024, { error: "an event ID longer than 1024 characters" }),
        ),
      webLink: z.nullable(linkSchema),
      joinUrl: z.nullable(linkSchema),
      start: instantSchema,
      end: instantSchema,
      manager: reviewPersonSchema,
      calls: z
        .array(reviewedCallSchema)
        .check(
          z.minLength(1, { error: "no calls" }),
          z.maxLength(REVIEW_RECORD_LIMITS.calls, { error: `more than ${REVIEW_RECORD_LIMITS.calls} calls` }),
        ),
      scheduledAt: instantSchema,
      outcomes: z.record(recordKey, reviewCallOutcomeSchema),
    })
    .check(endsNotBeforeStart()),
);

export const coachingRecordSchema: z.ZodMiniType<CoachingRecord> = z.lazy(() =>
  z.strictObject({
    reviewId: reviewIdSchema,
    rep: reviewPersonSchema,
    privateNotes: z.record(recordKey, stamped(limitedText(COACHING_LIMITS.privateNote))),
    agreedLearning: z.record(recordKey, stamped(limitedText(COACHING_LIMITS.agreedLearning))),
    followUpSentAt: stamped(z.nullable(instantSchema)),
  }),
);

/** Records that repeat their key in a field of their own (`id`): the two must agree. */
function storedUnderOwnKey<Entry extends object>(entry: z.ZodMiniType<Entry>, idField: keyof Entry & string) {
  return z.record(recordKey, entry).check((context) => {
    for (const [key, value] of Object.entries(context.value)) {
      const id: unknown = value[idField];
      if (id !== key) {
        context.issues.push({
          code: "custom",
          input: id,
          path: [key, idField],
          message: "not the key it is stored under",
        });
      }
    }
  });
}

/** What both versions hold. */
function callsShape() {
  return {
    calls: z.record(recordKey, storedCallNotesSchema),
    loggedCalls: storedUnderOwnKey(loggedCallSchema, "id"),
    updatedAt: instantSchema,
  };
}

/** Version 1, before reviews: read as version 2 with none, so the next write upgrades the file. */
const version1Schema = z.lazy(() =>
  z.pipe(
    z.strictObject({ schemaVersion: z.literal(1), ...callsShape() }),
    z.transform(
      (document): NotesDocument => ({
        ...document,
        schemaVersion: NOTES_SCHEMA_VERSION,
        reviews: {},
        coaching: {},
      }),
    ),
  ),
);

const version2Schema = z.lazy(() =>
  z.strictObject({
    schemaVersion: z.literal(NOTES_SCHEMA_VERSION),
    ...callsShape(),
    manager: z.optional(stamped(z.nullable(chosenManagerSchema))),
    reviews: storedUnderOwnKey(reviewRecordSchema, "id"),
    coaching: storedUnderOwnKey(coachingRecordSchema, "reviewId"),
  }),
);

/** Any readable version, as the version this build writes. */
export const notesDocumentSchema: z.ZodMiniType<NotesDocument, unknown> = z.lazy(() =>
  z.discriminatedUnion("schemaVersion", [version1Schema, version2Schema]),
);

export type NotesDocumentParseResult =
  | { readonly ok: true; readonly document: NotesDocument }
  | { readonly ok: false; readonly reason: string };

/**
 * Validates a stored notes document. A document that fails says why in one line naming the field, e.g.
 * `calls["AAMk…"].reframe.permanent.value: longer than 280 characters`, or
 * `written by a newer version of Momentum (schemaVersion 3)`; the caller reports it and keeps the file as it is.
 */
export function parseNotesDocument(json: unknown): NotesDocumentParseResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, reason: "not a Momentum notes document: expected a JSON object" };
  }
  const version: unknown = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === "number" && version > NOTES_SCHEMA_VERSION) {
    return { ok: false, reason: `written by a newer version of Momentum (schemaVersion ${version})` };
  }
  if (!READABLE_NOTES_SCHEMA_VERSIONS.some((readable) => readable === version)) {
    return { ok: false, reason: `schemaVersion: not ${READABLE_NOTES_SCHEMA_VERSIONS.join(" or ")}` };
  }
  const reserved = reservedKeyIn(json, [], MAX_DOCUMENT_DEPTH);
  if (reserved) return { ok: false, reason: `${formatPath(reserved)}: a reserved key` };
  const parsed = notesDocumentSchema.safeParse(json, issuesInEnglish());
  if (parsed.success) return { ok: true, document: parsed.data };
  return { ok: false, reason: describeIssue(parsed.error.issues[0]) };
}

/** {@link parseNotesDocument} for the file's text: JSON that does not parse is a reason too. */
export function parseNotesDocumentText(text: string): NotesDocumentParseResult {
  let json: unknown;
  try {
    // Notepad and friends may save a byte order mark in front.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, reason: "not valid JSON" };
  }
  return parseNotesDocument(json);
}

/** Deeper than any field of the document (`coaching[…].privateNotes[…].value`): the schema refuses what is below. */
const MAX_DOCUMENT_DEPTH = 8;

/**
 * The path of the first reserved key anywhere in the document (a call ID, a review ID, a call ID inside a review's
 * outcomes or a coaching record's notes), which the schema would never get to see.
 */
function reservedKeyIn(value: unknown, path: readonly PropertyKey[], depth: number): PropertyKey[] | null {
  if (typeof value !== "object" || value === null || depth === 0) return null;
  for (const [key, child] of Object.entries(value)) {
    const segment = Array.isArray(value) ? Number(key) : key;
    if (RESERVED_KEYS.has(key)) return [...path, segment];
    const found = reservedKeyIn(child, [...path, segment], depth - 1);
    if (found) return found;
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "not a Momentum notes document";
  const message =
    issue.code === "unrecognized_keys"
      ? `unknown ${issue.keys.length === 1 ? "field" : "fields"} ${issue.keys.map((key) => JSON.stringify(key)).join(", ")}`
      : issue.message;
  return issue.path.length === 0 ? message : `${formatPath(issue.path)}: ${message}`;
}

/**
 * `["calls", "AAMk=", "reframe", "permanent"]` → `calls["AAMk="].reframe.permanent`: IDs in brackets, as are
 * array positions (`chosenMoments.value[0]`, `reviews["r1"].calls[2]`).
 */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      const name = String(segment);
      if (isIdSegment(path, index) || typeof segment !== "string") return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join("");
}

/** The records keyed by an ID: the document's own, and those by call ID inside a review or coaching record. */
const KEYED_BY_ID: ReadonlySet<string> = new Set(["calls", "loggedCalls", "reviews", "coaching"]);
const KEYED_BY_CALL_ID_WITHIN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["reviews", new Set(["outcomes"])],
  ["coaching", new Set(["privateNotes", "agreedLearning"])],
]);

function isIdSegment(path: readonly PropertyKey[], index: number): boolean {
  const field = String(path[0]);
  if (index === 1) return KEYED_BY_ID.has(field);
  return index === 3 && KEYED_BY_CALL_ID_WITHIN.get(field)?.has(String(path[2])) === true;
}
