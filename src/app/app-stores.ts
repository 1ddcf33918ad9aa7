import { GraphCallsRepository } from "../data/calls.graph-repository.ts";
import { type CallsStore, createCallsStore } from "../features/calls/index.ts";
import type { GraphClient } from "../graph/graph-client.ts";

/** Every store of one signed-in user's session; made anew when the demo switches who is signed in. */
export interface AppStores {
  readonly calls: CallsStore;
}

export function createAppStores(graph: GraphClient): AppStores {
  return {
    calls: createCallsStore(new GraphCallsRepository(graph)),
  };
}
