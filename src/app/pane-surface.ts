import type { GraphClient } from "../graph/graph-client.ts";
import { demoPaneFromUrl } from "../hosts/demo-mailbox-item.ts";
import type { Host } from "../hosts/host.ts";
import type { ComposeMailboxItem, MailboxItem } from "../hosts/mailbox-item.ts";

/**
 * What this page shows: the rep's home (Teams, a browser, Outlook's personal app), the manager's pane on an
 * invite they opened (Outlook read mode, or the demo with `?pane=review&eventId=`), or the organizer pane on a
 * meeting the rep is writing (Outlook compose mode).
 */
export type PaneSurface =
  | { readonly kind: "home" }
  | { readonly kind: "attendee"; readonly openItem: () => Promise<MailboxItem | null> }
  | { readonly kind: "organizer"; readonly item: ComposeMailboxItem };

const HOME: PaneSurface = { kind: "home" };

/**
 * Which surface the host is showing. In the demo the URL says so and the pane opens its stand-in itself (through
 * Graph, after sign-in); in Outlook the item Office.js hands over says so. An item Outlook cannot hand over
 * is the manager's pane, which words the failure and can try again.
 */
export async function paneSurface(host: Host, graph: GraphClient, url: URL): Promise<PaneSurface> {
  const { getMailboxItem } = host;
  if (!getMailboxItem) return HOME;
  const openItem = () => getMailboxItem.call(host, graph);
  if (host.kind === "demo") return demoPaneFromUrl(url) ? { kind: "attendee", openItem } : HOME;
  let item: MailboxItem | null;
  try {
    item = await openItem();
  } catch {
    return { kind: "attendee", openItem };
  }
  if (item === null) return HOME;
  if (item.mode === "compose") return { kind: "organizer", item };
  const opened = item;
  return { kind: "attendee", openItem: async () => opened };
}
