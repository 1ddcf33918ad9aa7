import { useMemo } from "react";
import { GraphReviewSessionRepository } from "../data/review-session.graph-repository.ts";
import { CallsStoreProvider } from "../features/calls/index.ts";
import { ComposePane } from "../features/compose/ComposePane.tsx";
import { createComposePaneStore } from "../features/compose/compose-pane.store.ts";
import { NotesStoreProvider } from "../features/flag/index.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import type { ComposeMailboxItem } from "../hosts/mailbox-item.ts";
import type { AppStores } from "./app-stores.ts";

export interface OrganizerSurfaceProps {
  readonly graph: GraphClient;
  readonly stores: AppStores;
  readonly item: ComposeMailboxItem;
  /** The rep's name as Teams writes it in transcripts. */
  readonly repName: string;
}

/** The organizer pane on a meeting the rep is writing, with its store; loaded only when the page is that pane. */
export function OrganizerSurface({ graph, stores, item, repName }: OrganizerSurfaceProps) {
  const store = useMemo(
    () =>
      createComposePaneStore({
        item,
        repository: new GraphReviewSessionRepository(graph),
        calls: stores.calls,
        notes: stores.notes,
        transcripts: stores.transcripts,
      }),
    [graph, item, stores],
  );
  return (
    <CallsStoreProvider store={stores.calls}>
      <NotesStoreProvider store={stores.notes}>
        <ComposePane store={store} repName={repName} />
      </NotesStoreProvider>
    </CallsStoreProvider>
  );
}
