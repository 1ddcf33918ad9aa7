import { describe, expect, it, vi } from "vitest";
import type { PacketLoad, ReviewPacketRepository } from "../../data/review-packet.repository.ts";
import { buildFollowUpMail, buildReviewPacket } from "../../domain/review/index.ts";
import { formatTestDate, makePacketInput } from "../../domain/review/review.fixtures.ts";
import type { ComposeMailboxItem, ReadMailboxItem } from "../../hosts/mailbox-item.ts";
import { createI18n } from "../../i18n/index.ts";
import { createFakeNotesStore } from "../flag/notes.fake-store.ts";
import { followUpMailLabels } from "./follow-up-mail-labels.ts";
import { createManagerPaneStore } from "./manager-pane.store.ts";

const packet = buildReviewPacket(makePacketInput());
const mail = buildFollowUpMail({
  packet,
  agreedLearning: {},
  labels: followUpMailLabels(createI18n({ locale: "en" })),
  formatDate: formatTestDate,
  timeZone: "Europe/Amsterdam",
});

const READ_ITEM = { mode: "read", itemType: "appointment" } as ReadMailboxItem;

function repository(overrides: Partial<ReviewPacketRepository> = {}): ReviewPacketRepository {
  return {
    loadPacketForItem: vi.fn(async (): Promise<PacketLoad> => ({ kind: "ok", packet })),
    sendFollowUp: vi.fn(async () => {}),
    findFollowUps: vi.fn(async () => new Map()),
    ...overrides,
  };
}

describe("the manager pane store", () => {
  it("reads the packet of the invite the pane is open on", async () => {
    const store = createManagerPaneStore({
      openItem: async () => READ_ITEM,
      repository: repository(),
      notes: createFakeNotesStore(),
    });

    await store.getState().open();

    expect(store.getState().invite).toEqual({ status: "loaded", load: { kind: "ok", packet } });
  });

  it("has no invite when the pane is open on nothing, or on an item being written", async () => {
    const packets = repository();
    for (const item of [null, { mode: "compose" } as ComposeMailboxItem]) {
      const store = createManagerPaneStore({
        openItem: async () => item,
        repository: packets,
        notes: createFakeNotesStore(),
      });
      await store.getState().open();
      expect(store.getState().invite).toEqual({ status: "noItem" });
    }
    expect(packets.loadPacketForItem).not.toHaveBeenCalled();
  });

  it("sends the follow-up once for presses while it is sending, and records it as sent", async () => {
    let answer: () => void = () => {};
    const packets = repository({
      sendFollowUp: vi.fn(() => new Promise<void>((resolve) => (answer = resolve))),
    });
    const notes = createFakeNotesStore();
    const store = createManagerPaneStore({ openItem: async () => READ_ITEM, repository: packets, notes });

    const first = store.getState().sendFollowUp(mail);
    const second = store.getState().sendFollowUp(mail);
    expect(store.getState().sending).toEqual({ status: "sending" });
    answer();
    await Promise.all([first, second]);

    expect(packets.sendFollowUp).toHaveBeenCalledOnce();
    expect(notes.getState().coaching.get(packet.reviewId)?.followUpSentAt.value).toEqual(expect.any(String));
    expect(store.getState().sending).toEqual({ status: "idle" });

    await store.getState().sendFollowUp(mail);
    expect(packets.sendFollowUp).toHaveBeenCalledOnce();
  });

  it("keeps a failed send's error, and does not record it as sent", async () => {
    const failure = { kind: "network" };
    const notes = createFakeNotesStore();
    const store = createManagerPaneStore({
      openItem: async () => READ_ITEM,
      repository: repository({ sendFollowUp: vi.fn(async () => Promise.reject(failure)) }),
      notes,
    });

    await store.getState().sendFollowUp(mail);

    expect(store.getState().sending).toEqual({ status: "failed", error: failure });
    expect(notes.getState().coaching.get(packet.reviewId)).toBeUndefined();
  });
});
