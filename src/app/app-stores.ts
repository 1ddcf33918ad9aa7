import { GraphCallsRepository } from "../data/calls.graph-repository.ts";
import { GraphNotesRepository } from "../data/notes.graph-repository.ts";
import { openOnlineMeetingIdCache } from "../data/online-meeting-ids.cache.ts";
import { GraphTranscriptsRepository } from "../data/transcripts.graph-repository.ts";
import { type CallsStore, createCallsStore } from "../features/calls/index.ts";
import { createNotesStore, type NotesStore } from "../features/flag/index.ts";
import type { ReviewPlannerStoreSource } from "../features/review/ReviewPlannerStoreProvider.tsx";
import {
  createReviewFollowUpsStore,
  type ReviewFollowUpsStore,
} from "../features/review/review-follow-ups.store.ts";
import type { ReviewPlannerStore } from "../features/review/review-planner.store.ts";
import { createTranscriptStore, type TranscriptStore } from "../features/transcript/index.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { lazyReviewSessionRepository } from "./lazy-review-session-repository.ts";

/** Every store of one signed-in user's session; made anew when the demo switches who is signed in. */
export interface AppStores {
  readonly calls: CallsStore;
  readonly notes: NotesStore;
  readonly transcripts: TranscriptStore;
  /**
   * Made by the Reviews tab the first time it shows, with the planner's code that comes with the tab: the review
   * domain and its Graph code are not the first screen's. One planner per signed-in user.
   */
  readonly reviewPlanner: ReviewPlannerStoreSource;
  /** The manager's follow-ups that arrived in the rep's mailbox, for the reviews list. */
  readonly reviewFollowUps: ReviewFollowUpsStore;
  /** Stops the session's background work (saving notes), so nothing of one user is sent as another's. */
  dispose(): void;
}

/**
 * `username` names the user's notes outbox and transcript cache in this browser, so their notes show even when
 * starting offline, and one user's transcripts are never shown to another.
 */
export function createAppStores(graph: GraphClient, username: string | null): AppStores {
  const notesRepository = new GraphNotesRepository(graph, { userKey: username });
  const callsRepository = new GraphCallsRepository(graph, undefined, {
    openMeetingIdCache: openOnlineMeetingIdCache,
  });
  const calls = createCallsStore(callsRepository);
  const notes = createNotesStore(notesRepository);
  const transcriptsRepository = new GraphTranscriptsRepository(graph, { userKey: username });
  const transcripts = createTranscriptStore({
    getTranscript: (call, signal) => transcriptsRepository.getTranscript(call, signal),
    // The online meeting IDs the calls list keeps are how this browser finds the rep's transcripts: when the rep
    // deletes their data, they go with the transcripts.
    forgetTranscripts: async () => {
      await Promise.all([transcriptsRepository.forgetTranscripts(), callsRepository.forgetMeetingIds()]);
    },
  });
  let reviewPlanner: ReviewPlannerStore | undefined;
  return {
    calls,
    notes,
    transcripts,
    reviewPlanner: (createReviewPlannerStore) => {
      reviewPlanner ??= createReviewPlannerStore({
        repository: lazyReviewSessionRepository(graph),
        calls,
        notes,
        transcripts,
      });
      return reviewPlanner;
    },
    reviewFollowUps: createReviewFollowUpsStore({
      // The review packet's code is not on the rep's first screen: it loads when the Reviews tab first looks.
      findFollowUps: async (reviewIds, signal) => {
        const { GraphReviewPacketRepository } = await import("../data/review-packet.graph-repository.ts");
        return new GraphReviewPacketRepository(graph).findFollowUps(reviewIds, signal);
      },
    }),
    dispose: () => notesRepository.dispose(),
  };
}
