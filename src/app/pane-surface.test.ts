import { describe, expect, it, vi } from "vitest";
import type { GraphClient } from "../graph/graph-client.ts";
import type { Host } from "../hosts/host.ts";
import {
  type ComposeMailboxItem,
  type MailboxItem,
  MailboxItemError,
  type ReadMailboxItem,
} from "../hosts/mailbox-item.ts";
import { paneSurface } from "./pane-surface.ts";

const graph = {} as GraphClient;
const READ = { mode: "read" } as ReadMailboxItem;
const COMPOSE = { mode: "compose" } as ComposeMailboxItem;

function host(kind: Host["kind"], getMailboxItem?: () => Promise<MailboxItem | null>): Host {
  return {
    kind,
    supportsNestedAppAuth: false,
    getContext: () => ({ theme: "light", locale: "en" }),
    onContextChange: () => () => {},
    ...(getMailboxItem ? { getMailboxItem } : {}),
  };
}

const PAGE = new URL("https://momentum.example/");

describe("which surface the page shows", () => {
  it("is the rep's home on hosts without items, and in Outlook's pane open on no item", async () => {
    await expect(paneSurface(host("teams"), graph, PAGE)).resolves.toEqual({ kind: "home" });
    await expect(
      paneSurface(
        host("outlook", async () => null),
        graph,
        PAGE,
      ),
    ).resolves.toEqual({ kind: "home" });
  });

  it("is the manager's pane on an item Outlook opened in read mode, the organizer pane in compose mode", async () => {
    const attendee = await paneSurface(
      host("outlook", async () => READ),
      graph,
      PAGE,
    );
    expect(attendee.kind).toBe("attendee");
    if (attendee.kind === "attendee") await expect(attendee.openItem()).resolves.toBe(READ);

    await expect(
      paneSurface(
        host("outlook", async () => COMPOSE),
        graph,
        PAGE,
      ),
    ).resolves.toEqual({
      kind: "organizer",
      item: COMPOSE,
    });
  });

  it("is the manager's pane when Outlook could not hand the item over, so the pane can say so", async () => {
    const failing = vi.fn(async () => Promise.reject(new MailboxItemError("failed", "no")));
    const surface = await paneSurface(host("outlook", failing), graph, PAGE);
    expect(surface.kind).toBe("attendee");
  });

  it("in the demo, follows the URL without opening the item before sign-in", async () => {
    const open = vi.fn(async () => READ);
    const demo = host("demo", open);

    await expect(paneSurface(demo, graph, PAGE)).resolves.toEqual({ kind: "home" });
    const surface = await paneSurface(demo, graph, new URL("?pane=review&eventId=AAMk1", PAGE));
    expect(surface.kind).toBe("attendee");
    expect(open).not.toHaveBeenCalled();
  });
});
