import type { CallTranscriptText } from "../../data/transcripts.repository.ts";
import type { Call } from "../../domain/calls/call.ts";
import { FakeCallsRepository } from "../calls/calls.fake-repository.ts";
import { type CallsStore, createCallsStore } from "../calls/index.ts";
import { createFakeNotesStore, type FakeNotesStore } from "../flag/notes.fake-store.ts";
import type { NotesState } from "../flag/notes-state.ts";
import { createTranscriptStore, type TranscriptStore } from "../transcript/index.ts";
import { FakeTranscriptsRepository } from "../transcript/transcripts.fake-repository.ts";
import { FakeFollowUpsRepository } from "./review-follow-ups.fake-repository.ts";
import { createReviewFollowUpsStore, type ReviewFollowUpsStore } from "./review-follow-ups.store.ts";
import { createReviewPlannerStore, type ReviewPlannerStore } from "./review-planner.store.ts";
import { FakeReviewSessionRepository } from "./review-session.fake-repository.ts";

export interface ReviewTestStoresOptions {
  readonly calls?: readonly Call[];
  readonly notes?: Partial<NotesState>;
  /** Each call's transcript; calls not named have none. */
  readonly transcripts?: Readonly<Record<string, CallTranscriptText>>;
  readonly now?: () => Date;
  /** The rep's mailbox the follow-ups are looked for in; an empty one unless given. */
  readonly followUps?: FakeFollowUpsRepository;
}

export interface ReviewTestStores {
  readonly repository: FakeReviewSessionRepository;
  readonly calls: CallsStore;
  readonly notes: FakeNotesStore;
  readonly transcriptsRepository: FakeTranscriptsRepository;
  readonly transcripts: TranscriptStore;
  readonly planner: ReviewPlannerStore;
  readonly followUpsRepository: FakeFollowUpsRepository;
  readonly followUps: ReviewFollowUpsStore;
  /** The `transactionId`s plans were given, in order. */
  readonly transactionIds: string[];
}

/**
 * The stores a review is planned with, on fakes: calls already listed, an in-memory notes store, transcripts
 * answered at once, a fake review repository, and a fake mailbox for the manager's follow-ups.
 */
export function createReviewTestStores({
  calls = [],
  notes = {},
  transcripts = {},
  now = () => new Date(),
  followUps = new FakeFollowUpsRepository(),
}: ReviewTestStoresOptions = {}): ReviewTestStores {
  const callsStore = createCallsStore(new FakeCallsRepository());
  callsStore.setState({ status: "ready", calls, transcripts: new Map() });
  const notesStore = createFakeNotesStore(notes);
  const transcriptsRepository = new FakeTranscriptsRepository().answerOtherCalls({
    status: "unavailable",
    reason: "noTranscript",
  });
  for (const [callId, transcript] of Object.entries(transcripts)) {
    transcriptsRepository.answer(callId, transcript);
  }
  const transcriptStore = createTranscriptStore(transcriptsRepository);
  const repository = new FakeReviewSessionRepository();
  const transactionIds: string[] = [];
  const planner = createReviewPlannerStore({
    repository,
    calls: callsStore,
    notes: notesStore,
    transcripts: transcriptStore,
    now,
    newTransactionId: () => {
      const id = `transaction-${transactionIds.length + 1}`;
      transactionIds.push(id);
      return id;
    },
  });
  return {
    repository,
    calls: callsStore,
    notes: notesStore,
    transcriptsRepository,
    transcripts: transcriptStore,
    planner,
    followUpsRepository: followUps,
    followUps: createReviewFollowUpsStore(followUps),
    transactionIds,
  };
}
