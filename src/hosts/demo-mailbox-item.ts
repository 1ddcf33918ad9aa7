import { getEventSubject, getFileAttachment, listAttachments } from "../graph/events.graph.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { GraphRequestError } from "../graph/graph-error.ts";
import { MailboxItemError, type ReadMailboxItem } from "./mailbox-item.ts";

/**
 * Which Outlook pane the demo shows without Outlook: `?pane=review&eventId=<ID of an event in the signed-in
 * user's calendar>` opens the manager's pane on that review invite. (`host=demo` may be added; it changes nothing.)
 */
export interface DemoPaneRequest {
  readonly pane: "review";
  readonly eventId: string;
}

export function demoPaneFromUrl(url: URL): DemoPaneRequest | null {
  const eventId = url.searchParams.get("eventId")?.trim();
  return url.searchParams.get("pane") === "review" && eventId ? { pane: "review", eventId } : null;
}

/** The URL that opens the demo's manager pane on `eventId`, on the page at `base`. */
export function demoReviewPaneUrl(base: URL, eventId: string): URL {
  const url = new URL(base);
  url.searchParams.set("pane", "review");
  url.searchParams.set("eventId", eventId);
  return url;
}

/**
 * A stand-in for Office.js's read-mode item, for an event in the signed-in demo user's calendar, fed by the Graph
 * emulator: so a newcomer sees the manager's pane in the same browser as the rep's tab. It reads the event and
 * its attachments through the same Graph calls the app makes elsewhere; its ID is already a Graph ID.
 *
 * Rejects with `notFound` when the event is not in the user's calendar (another user's event, a stale link).
 */
export async function openDemoMailboxItem(
  graph: GraphClient,
  eventId: string,
  signal?: AbortSignal,
): Promise<ReadMailboxItem> {
  const subject = await asMailboxItemError("Opening the event", () =>
    getEventSubject(graph, eventId, { signal }),
  );
  return {
    mode: "read",
    itemType: "appointment",
    restId: eventId,
    subject,
    listAttachments: () =>
      asMailboxItemError("Listing attachments", async () =>
        (await listAttachments(graph, eventId, { signal })).map(({ id, name, size, kind, isInline }) => ({
          id,
          name,
          size,
          kind,
          isInline,
        })),
      ),
    getAttachmentContent: (attachmentId) =>
      asMailboxItemError("Reading an attachment", async () => {
        const file = await getFileAttachment(graph, eventId, attachmentId, { signal });
        return { format: "base64" as const, content: file.contentBytes };
      }),
  };
}

/** A Graph failure as the item's own error, as Office.js would report it; the Graph error stays as the cause. */
async function asMailboxItemError<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const notFound = error instanceof GraphRequestError && error.kind === "notFound";
    throw new MailboxItemError(notFound ? "notFound" : "failed", `${what} failed`, { cause: error });
  }
}
