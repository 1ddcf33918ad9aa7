import { createStore, type StoreApi } from "zustand/vanilla";
import type { PacketLoad, ReviewPacketRepository } from "../../data/review-packet.repository.ts";
import type { FollowUpMail } from "../../domain/review/index.ts";
import type { MailboxItem } from "../../hosts/mailbox-item.ts";
import type { NotesStore } from "../flag/index.ts";

/**
 * The invite the pane is open on and its packet: `opening` while Outlook (or the demo's stand-in) hands the item
 * over and the packet is read; `noItem` when the pane is open on no invite; `itemFailed` when the item itself could
 * not be had (a `MailboxItemError`); otherwise what reading the packet gave, every outcome worded by the pane.
 */
export type InvitePacket =
  | { readonly status: "idle" }
  | { readonly status: "opening" }
  | { readonly status: "noItem" }
  | { readonly status: "itemFailed"; readonly error: unknown }
  | { readonly status: "loaded"; readonly load: PacketLoad };

/** Sending the follow-up; that it was sent is kept in the manager's notes (`followUpSentAt`), not here. */
export type FollowUpSending =
  | { readonly status: "idle" }
  | { readonly status: "sending" }
  | { readonly status: "failed"; readonly error: unknown };

export interface ManagerPaneState {
  readonly invite: InvitePacket;
  readonly sending: FollowUpSending;
  /** Opens the item and reads its packet; again after a failure (Try again). */
  open(): Promise<void>;
  /**
   * Sends the follow-up the manager previewed, then records it as sent in the manager's notes. Once per review:
   * a second press while it is sending is the same press, and a review whose follow-up went out is not sent again.
   */
  sendFollowUp(mail: FollowUpMail): Promise<void>;
  /** Stops a read under way (the pane is going away). */
  dispose(): void;
}

export type ManagerPaneStore = StoreApi<ManagerPaneState>;

export interface ManagerPaneStoreOptions {
  /** The item the pane is open on: from Office.js in Outlook, the emulator's stand-in in the demo. */
  readonly openItem: () => Promise<MailboxItem | null>;
  readonly repository: ReviewPacketRepository;
  /** The signed-in manager's own notes: their coaching records. */
  readonly notes: NotesStore;
}

/**
 * The manager's pane on a review invite, for the UI: the packet of the open invite and sending the follow-up.
 * Only this store talks to the review packet repository; the manager's notes are the notes store's.
 */
export function createManagerPaneStore({
  openItem,
  repository,
  notes,
}: ManagerPaneStoreOptions): ManagerPaneStore {
  let reading: AbortController | null = null;
  let sending: Promise<void> | null = null;

  return createStore<ManagerPaneState>()((set) => ({
    invite: { status: "idle" },
    sending: { status: "idle" },

    async open() {
      reading?.abort();
      const request = new AbortController();
      reading = request;
      set({ invite: { status: "opening" } });
      let invite: InvitePacket;
      try {
        const item = await openItem();
        invite =
          item?.mode === "read"
            ? { status: "loaded", load: await repository.loadPacketForItem(item, request.signal) }
            : { status: "noItem" };
      } catch (error) {
        invite = { status: "itemFailed", error };
      }
      if (!request.signal.aborted) set({ invite });
    },

    sendFollowUp(mail) {
      if (sending) return sending;
      if (notes.getState().coaching.get(mail.reviewId)?.followUpSentAt.value) return Promise.resolve();
      set({ sending: { status: "sending" } });
      const run = repository
        .sendFollowUp(mail)
        .then(() => {
          notes.getState().markFollowUpSent(mail.reviewId, { name: mail.to.name, email: mail.to.email });
          set({ sending: { status: "idle" } });
        })
        .catch((error: unknown) => set({ sending: { status: "failed", error } }))
        .finally(() => {
          sending = null;
        });
      sending = run;
      return run;
    },

    dispose() {
      reading?.abort();
    },
  }));
}
