import type { ReviewSessionRepository } from "../data/review-session.repository.ts";
import type { GraphClient } from "../graph/graph-client.ts";

/**
 * The review session's Graph code (the manager, people search, free times, the event and its packet) is not on the
 * rep's first screen: it is fetched on the first request, once the rep plans a review. A fetch that fails rejects
 * that request as a network failure would, and the next request fetches again.
 */
export function lazyReviewSessionRepository(graph: GraphClient): ReviewSessionRepository {
  let loaded: Promise<ReviewSessionRepository> | undefined;
  const repository = (): Promise<ReviewSessionRepository> => {
    loaded ??= import("../data/review-session.graph-repository.ts").then(
      ({ GraphReviewSessionRepository }) => new GraphReviewSessionRepository(graph),
      (error: unknown) => {
        loaded = undefined;
        throw error;
      },
    );
    return loaded;
  };
  return {
    getRep: async (signal) => (await repository()).getRep(signal),
    lookUpManager: async (signal) => (await repository()).lookUpManager(signal),
    searchPeople: async (query, signal) => (await repository()).searchPeople(query, signal),
    findMeetingTimes: async (query) => (await repository()).findMeetingTimes(query),
    scheduleReview: async (request) => (await repository()).scheduleReview(request),
  };
}
