import { z } from "zod";
import {
  CALL_OUTCOMES,
  CHOSEN_MOMENT_LIMITS,
  type LoggedCall,
  REFLECTION_QUESTIONS,
  REFRAME_QUESTIONS,
  TEXT_LIMITS,
} from "./call-notes.ts";
import { NOTES_SCHEMA_VERSION, type NotesDocument } from "./notes-document.ts";

/**
 * Free text is kept exactly as the rep wrote it, markup included: it is limited in length, never rewritten
 * or sanitized (the UI shows it as text, and HTML output escapes it).
 */
export function limitedText(limit: number) {
  return z.string().max(limit, { error: `longer than ${limit} characters` });
}

/** An instant as `Date.toISOString()` writes it (UTC). */
export const instantSchema = z.iso.datetime({ error: "not an ISO 8601 UTC date and time" });

function stamped<Value extends z.ZodType>(value: Value) {
  return z.strictObject({ value, at: instantSchema });
}

/**
 * Names that mean something to a JavaScript object. As a call ID they are refused: a record holding one would
 * lose it without a word (zod skips `__proto__`), and the next write would drop what was stored under it.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** A call ID (from Graph) or a logged call's ID (from `crypto.randomUUID()`). */
export const recordKey = z
  .string()
  .min(1, { error: "an empty key" })
  .max(1024, { error: "a key longer than 1024 characters" })
  .refine((key) => !RESERVED_KEYS.has(key), { error: "a reserved key" });

/** The key moments the rep chose to discuss, by moment ID (`priceEarly@150000`). */
export const chosenMomentsSchema = z
  .array(
    z
      .string()
      .min(1, { error: "an empty moment ID" })
      .max(CHOSEN_MOMENT_LIMITS.idLength, {
        error: `a moment ID longer than ${CHOSEN_MOMENT_LIMITS.idLength} characters`,
      }),
  )
  .max(CHOSEN_MOMENT_LIMITS.count, { error: `more than ${CHOSEN_MOMENT_LIMITS.count} moments` });

export const storedCallNotesSchema = z.strictObject({
  flagged: stamped(z.boolean()).optional(),
  flagNote: stamped(limitedText(TEXT_LIMITS.flagNote)).optional(),
  reframe: z
    .partialRecord(z.enum(REFRAME_QUESTIONS), stamped(limitedText(TEXT_LIMITS.reframeAnswer)))
    .optional(),
  reframeSkipped: stamped(z.boolean()).optional(),
  reflection: z
    .partialRecord(z.enum(REFLECTION_QUESTIONS), stamped(limitedText(TEXT_LIMITS.reflectionAnswer)))
    .optional(),
  // Absent in documents written before moments could be chosen: the same as none chosen.
  chosenMoments: stamped(chosenMomentsSchema).optional(),
});

export const loggedCallSchema: z.ZodType<LoggedCall> = z.strictObject({
  id: recordKey,
  contactName: limitedText(TEXT_LIMITS.contactName),
  company: limitedText(TEXT_LIMITS.company),
  phone: limitedText(TEXT_LIMITS.phone),
  start: instantSchema,
  durationMinutes: z
    .number()
    .int({ error: "not a whole number of minutes" })
    .min(0, { error: "a negative duration" })
    .max(24 * 60, { error: "longer than a day" }),
  outcome: z.enum(CALL_OUTCOMES),
  loggedAt: instantSchema,
  deleted: z.boolean().optional(),
});

export const notesDocumentSchema: z.ZodType<NotesDocument> = z.strictObject({
  schemaVersion: z.literal(NOTES_SCHEMA_VERSION, { error: `not ${NOTES_SCHEMA_VERSION}` }),
  calls: z.record(recordKey, storedCallNotesSchema),
  loggedCalls: z.record(recordKey, loggedCallSchema).check((context) => {
    for (const [key, call] of Object.entries(context.value)) {
      if (call.id !== key) {
        context.issues.push({
          code: "custom",
          input: call.id,
          path: [key, "id"],
          message: "not the key it is stored under",
        });
      }
    }
  }),
  updatedAt: instantSchema,
});

export type NotesDocumentParseResult =
  | { readonly ok: true; readonly document: NotesDocument }
  | { readonly ok: false; readonly reason: string };

/**
 * Validates a stored notes document. A document that fails says why in one line naming the field, e.g.
 * `calls["AAMk…"].reframe.permanent.value: longer than 280 characters`, or
 * `written by a newer version of Momentum (schemaVersion 2)`; the caller reports it and keeps the file as it is.
 */
export function parseNotesDocument(json: unknown): NotesDocumentParseResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, reason: "not a Momentum notes document: expected a JSON object" };
  }
  const version: unknown = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === "number" && version > NOTES_SCHEMA_VERSION) {
    return { ok: false, reason: `written by a newer version of Momentum (schemaVersion ${version})` };
  }
  const reserved = reservedKeyIn(json);
  if (reserved) return { ok: false, reason: `${formatPath(reserved)}: a reserved key` };
  const parsed = notesDocumentSchema.safeParse(json);
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

/** The path of a reserved key in `calls` or `loggedCalls`, which the schema would never get to see. */
function reservedKeyIn(json: object): PropertyKey[] | null {
  for (const field of ["calls", "loggedCalls"]) {
    const records: unknown = (json as Record<string, unknown>)[field];
    if (typeof records !== "object" || records === null) continue;
    const key = Object.keys(records).find((name) => RESERVED_KEYS.has(name));
    if (key !== undefined) return [field, key];
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
 * array positions (`chosenMoments.value[0]`).
 */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      const name = String(segment);
      const isId = index === 1 && (path[0] === "calls" || path[0] === "loggedCalls");
      if (isId || typeof segment !== "string") return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join("");
}
