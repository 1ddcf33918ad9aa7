import { useEffect, useMemo } from "react";
import { GraphReviewPacketRepository } from "../data/review-packet.graph-repository.ts";
import { type NotesStore, NotesStoreProvider } from "../features/flag/index.ts";
import { ManagerPane } from "../features/manager/ManagerPane.tsx";
import { createManagerPaneStore } from "../features/manager/manager-pane.store.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import type { MailboxItem } from "../hosts/mailbox-item.ts";

export interface AttendeeSurfaceProps {
  readonly graph: GraphClient;
  /** The signed-in manager's own notes: their coaching records live there. */
  readonly notes: NotesStore;
  readonly openItem: () => Promise<MailboxItem | null>;
}

/** The manager's pane on a review invite, with its store; loaded only when the page is that pane. */
export function AttendeeSurface({ graph, notes, openItem }: AttendeeSurfaceProps) {
  const store = useMemo(
    () => createManagerPaneStore({ openItem, repository: new GraphReviewPacketRepository(graph), notes }),
    [graph, notes, openItem],
  );
  useEffect(() => () => store.getState().dispose(), [store]);
  return (
    <NotesStoreProvider store={notes}>
      <ManagerPane store={store} />
    </NotesStoreProvider>
  );
}
