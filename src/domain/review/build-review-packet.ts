import type { Call } from "../calls/call.ts";
import { companyNameFromDomain } from "../calls/company-name.ts";
import { type CallNotes, REFRAME_QUESTIONS, type ReflectionQuestion } from "../notes/call-notes.ts";
import type { KeyMoment, TranscriptCue, TranscriptInsights } from "../transcript/index.ts";
import { parseReviewPacket } from "./parse-review-packet.ts";
import {
  PACKET_REFLECTION_QUESTIONS,
  type PacketReflectionQuestion,
  REVIEW_PACKET_KIND,
  REVIEW_PACKET_SCHEMA_VERSION,
  type ReviewCall,
  type ReviewPacket,
  type ReviewPerson,
} from "./review-packet.schema.ts";

/** A key moment the rep chose to discuss, as the rep saw it. */
export interface ReviewMomentSelection {
  /** The moment's ID in the rep's notes (`priceEarly@150000`). */
  readonly id: string;
  readonly moment: KeyMoment;
  /** The moment in one sentence in the rep's language, as the rep's screen words it. */
  readonly description: string;
  /** The transcript lines around the moment that the rep chose to share. */
  readonly excerpt: readonly TranscriptCue[];
}

/** One flagged call as the rep chose to share it. */
export interface ReviewCallSelection {
  readonly call: Call;
  readonly notes: CallNotes;
  /**
   * The company as the rep knows it (a logged call's typed company); when absent, named from the first
   * external email domain.
   */
  readonly company?: string | null;
  /** The reflection answers the rep chose to include; `discussWithManager` always goes in. */
  readonly includedReflection: readonly ReflectionQuestion[];
  readonly moments: readonly ReviewMomentSelection[];
  /** `null` without a transcript. */
  readonly insights: TranscriptInsights | null;
}

export interface ReviewPacketInput {
  /** The review session's ID: the `transactionId` its event will be created with. */
  readonly reviewId: string;
  readonly rep: ReviewPerson;
  readonly manager: ReviewPerson;
  readonly calls: readonly ReviewCallSelection[];
  readonly now: Date;
}

/**
 * The review packet for the rep's selections. It goes through the same validation as a received packet, so
 * nothing invalid leaves: too many calls, or text over a limit, throws a {@link ReviewPacketError}.
 */
export function buildReviewPacket(input: ReviewPacketInput): ReviewPacket {
  return parseReviewPacket({
    schemaVersion: REVIEW_PACKET_SCHEMA_VERSION,
    kind: REVIEW_PACKET_KIND,
    reviewId: input.reviewId,
    createdAt: input.now.toISOString(),
    rep: { name: input.rep.name, email: input.rep.email },
    manager: { name: input.manager.name, email: input.manager.email },
    calls: input.calls.map(reviewCallOf),
  } satisfies ReviewPacket);
}

function reviewCallOf(selection: ReviewCallSelection): ReviewCall {
  const { call, notes, insights } = selection;
  const included = new Set(selection.includedReflection);
  return {
    id: call.id,
    source: call.source,
    subject: call.subject,
    start: call.start.toISOString(),
    end: call.end.toISOString(),
    customer: {
      company: selection.company ?? companyOf(call),
      participants: customersOf(call).map((participant) => participant.name),
    },
    flagNote: notes.flagNote.value,
    reframe: answersOf(REFRAME_QUESTIONS, (question) => notes.reframe[question]?.value),
    reflection: answersOf(PACKET_REFLECTION_QUESTIONS, (question: PacketReflectionQuestion) =>
      included.has(question) ? notes.reflection[question]?.value : undefined,
    ),
    discussWithManager: notes.reflection.discussWithManager?.value ?? "",
    keyMoments: selection.moments.map(({ id, moment, description, excerpt }) => ({
      id,
      atMs: moment.atMs,
      kind: moment.kind,
      description,
      excerpt: excerpt.map((cue) => ({ atMs: cue.startMs, speaker: cue.speaker, text: cue.text })),
    })),
    transcript: insights && {
      durationMs: insights.durationMs,
      repTalkShare: insights.repTalkShare,
      longestRepMonologueMs: insights.longestRepMonologueMs,
      longestCustomerMonologueMs: insights.longestCustomerMonologueMs,
      repQuestionCount: insights.repQuestionCount,
      firstPriceMentionMs: insights.firstPriceMentionMs,
    },
  };
}

/** The non-empty answers, by question; an answer cleared to `""` is no answer. */
function answersOf<Question extends string>(
  questions: readonly Question[],
  answerTo: (question: Question) => string | undefined,
): Partial<Record<Question, string>> {
  const answers: Partial<Record<Question, string>> = {};
  for (const question of questions) {
    const answer = answerTo(question);
    if (answer?.trim()) answers[question] = answer;
  }
  return answers;
}

function companyOf(call: Call): string | null {
  const domain = call.externalDomains[0];
  return domain === undefined ? null : companyNameFromDomain(domain);
}

/** The people outside the rep's company; a logged call's contact has no email and is a customer too. */
function customersOf(call: Call) {
  const external = new Set(call.externalDomains.map((domain) => domain.toLowerCase()));
  return call.participants.filter(
    ({ email }) => email === null || external.has(email.slice(email.lastIndexOf("@") + 1).toLowerCase()),
  );
}
