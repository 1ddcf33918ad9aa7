import * as z from "zod/mini";
import {
  CHOSEN_MOMENT_LIMITS,
  REFLECTION_QUESTIONS,
  REFRAME_QUESTIONS,
  type ReflectionQuestion,
  TEXT_LIMITS,
} from "../notes/call-notes.ts";
import {
  endsNotBeforeStart,
  instantSchema,
  limitedText,
  reviewIdSchema,
  reviewPersonSchema,
} from "../notes/notes-document.schema.ts";
import { REVIEW_RECORD_LIMITS } from "../notes/review-record.ts";
import type { KeyMomentKind } from "../transcript/index.ts";

/** The packet format this version writes and reads; a higher one was written by a newer Momentum. */
export const REVIEW_PACKET_SCHEMA_VERSION = 1;
/** Tells a review packet apart from any other JSON, e.g. another app's attachment. */
export const REVIEW_PACKET_KIND = "momentum.reviewPacket";
export const REVIEW_PACKET_FILE_NAME = "review-packet.json";

/** How much one packet may hold, so that a manager's pane never has to render an unbounded document. */
export const REVIEW_PACKET_LIMITS = {
  // What the rep's review record keeps of a packet, the packet can hold.
  calls: REVIEW_RECORD_LIMITS.calls,
  name: REVIEW_RECORD_LIMITS.name,
  email: REVIEW_RECORD_LIMITS.email,
  subject: REVIEW_RECORD_LIMITS.subject,
  participants: 50,
  keyMoments: CHOSEN_MOMENT_LIMITS.count,
  momentDescription: 500,
  excerptLines: 40,
  excerptLineText: 2000,
} as const;

// The composite schemas are built when first used, as the notes document's are (see there why).
/** Milliseconds on a transcript's clock: a whole number, never negative. */
const millisecondsSchema = z
  .number()
  .check(z.int({ error: "not a whole number of milliseconds" }), z.gte(0, { error: "a negative time" }));

const excerptLineSchema = z.lazy(() =>
  z.strictObject({
    atMs: millisecondsSchema,
    speaker: z.nullable(limitedText(REVIEW_PACKET_LIMITS.name)),
    text: limitedText(REVIEW_PACKET_LIMITS.excerptLineText),
  }),
);

/** Every kind of key moment, checked against the transcript domain's union so neither drifts from the other. */
const KEY_MOMENT_KINDS = {
  priceEarly: "priceEarly",
  priceMention: "priceMention",
  longRepMonologue: "longRepMonologue",
  customerObjection: "customerObjection",
  customerStory: "customerStory",
  questionStreak: "questionStreak",
  noQuestionsStretch: "noQuestionsStretch",
  nextSteps: "nextSteps",
  callClose: "callClose",
} as const satisfies { readonly [Kind in KeyMomentKind]: Kind };

const keyMomentSchema = z.lazy(() =>
  z.strictObject({
    id: z.string().check(
      z.minLength(1, { error: "an empty moment ID" }),
      z.maxLength(CHOSEN_MOMENT_LIMITS.idLength, {
        error: `a moment ID longer than ${CHOSEN_MOMENT_LIMITS.idLength} characters`,
      }),
    ),
    atMs: millisecondsSchema,
    kind: z.enum(KEY_MOMENT_KINDS),
    /** Worded in the rep's language when the packet was built: the manager sees what the rep saw. */
    description: limitedText(REVIEW_PACKET_LIMITS.momentDescription),
    excerpt: z.array(excerptLineSchema).check(
      z.maxLength(REVIEW_PACKET_LIMITS.excerptLines, {
        error: `more than ${REVIEW_PACKET_LIMITS.excerptLines} transcript lines`,
      }),
    ),
  }),
);

const transcriptFiguresSchema = z.lazy(() =>
  z.strictObject({
    durationMs: millisecondsSchema,
    repTalkShare: z
      .number()
      .check(z.gte(0, { error: "a share below 0" }), z.lte(1, { error: "a share above 1" })),
    longestRepMonologueMs: millisecondsSchema,
    longestCustomerMonologueMs: millisecondsSchema,
    repQuestionCount: z
      .number()
      .check(z.int({ error: "not a whole number" }), z.gte(0, { error: "a negative count" })),
    firstPriceMentionMs: z.nullable(millisecondsSchema),
  }),
);

/**
 * The reflection questions whose answers may go into a packet; `discussWithManager` has a field of its own,
 * because the invite body shows it for every call.
 */
export const PACKET_REFLECTION_QUESTIONS = REFLECTION_QUESTIONS.filter(
  (question): question is Exclude<ReflectionQuestion, "discussWithManager"> =>
    question !== "discussWithManager",
);

const reviewCallSchema = z.lazy(() =>
  z
    .strictObject({
      id: z
        .string()
        .check(
          z.minLength(1, { error: "an empty call ID" }),
          z.maxLength(1024, { error: "a call ID longer than 1024 characters" }),
        ),
      source: z.enum(["calendar", "manual"]),
      subject: limitedText(REVIEW_PACKET_LIMITS.subject),
      start: instantSchema,
      end: instantSchema,
      customer: z.strictObject({
        company: z.nullable(limitedText(TEXT_LIMITS.company)),
        participants: z.array(limitedText(REVIEW_PACKET_LIMITS.name)).check(
          z.maxLength(REVIEW_PACKET_LIMITS.participants, {
            error: `more than ${REVIEW_PACKET_LIMITS.participants} participants`,
          }),
        ),
      }),
      flagNote: limitedText(TEXT_LIMITS.flagNote),
      reframe: z.partialRecord(z.enum(REFRAME_QUESTIONS), limitedText(TEXT_LIMITS.reframeAnswer)),
      /** Only the answers the rep chose to include. */
      reflection: z.partialRecord(
        z.enum(PACKET_REFLECTION_QUESTIONS),
        limitedText(TEXT_LIMITS.reflectionAnswer),
      ),
      discussWithManager: limitedText(TEXT_LIMITS.reflectionAnswer),
      keyMoments: z.array(keyMomentSchema).check(
        z.maxLength(REVIEW_PACKET_LIMITS.keyMoments, {
          error: `more than ${REVIEW_PACKET_LIMITS.keyMoments} moments`,
        }),
      ),
      transcript: z.nullable(transcriptFiguresSchema),
    })
    .check(endsNotBeforeStart()),
);

export const reviewPacketSchema = z.lazy(() =>
  z.strictObject({
    schemaVersion: z.literal(REVIEW_PACKET_SCHEMA_VERSION, { error: `not ${REVIEW_PACKET_SCHEMA_VERSION}` }),
    kind: z.literal(REVIEW_PACKET_KIND, { error: `not "${REVIEW_PACKET_KIND}"` }),
    /**
     * The review session's ID: the `transactionId` of its event and the ID of the rep's review record. The manager
     * keeps their coaching notes under it.
     */
    reviewId: reviewIdSchema,
    createdAt: instantSchema,
    rep: reviewPersonSchema,
    manager: reviewPersonSchema,
    calls: z
      .array(reviewCallSchema)
      .check(
        z.minLength(1, { error: "no calls" }),
        z.maxLength(REVIEW_PACKET_LIMITS.calls, { error: `more than ${REVIEW_PACKET_LIMITS.calls} calls` }),
      ),
  }),
);

/** What the rep sends their manager for a review session: the flagged calls, as the rep chose to share them. */
export type ReviewPacket = z.infer<typeof reviewPacketSchema>;
export type ReviewCall = ReviewPacket["calls"][number];
export type ReviewKeyMoment = ReviewCall["keyMoments"][number];
export type ReviewExcerptLine = ReviewKeyMoment["excerpt"][number];
export type ReviewTranscriptFigures = NonNullable<ReviewCall["transcript"]>;
export type ReviewPerson = ReviewPacket["rep"];
export type PacketReflectionQuestion = (typeof PACKET_REFLECTION_QUESTIONS)[number];
