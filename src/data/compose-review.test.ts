import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ComposeMailboxItem } from "../hosts/mailbox-item.ts";
import { outlookMailboxItem } from "../hosts/outlook-mailbox-item.ts";
import { attachReviewToMeeting } from "./compose-review.ts";

const MAILBOX_1_8 = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"];

interface Attached {
  readonly id: string;
  readonly name: string;
  readonly content: string;
}

type Callback = (result: { status: string; value?: unknown; error?: { name: string } }) => void;

/**
 * A meeting being written in Outlook (Appointment Organizer), mocked with office-addin-mock, that keeps its
 * attachments and body like Outlook does; `refuseAttachments` makes Outlook refuse new files.
 */
function meetingInOutlook(
  options: { attached?: Attached[]; body?: string; refuseAttachments?: boolean } = {},
) {
  const state = { attached: [...(options.attached ?? [])], body: options.body ?? "<p>Agenda: our calls</p>" };
  let nextId = 1;
  const later = (callback: Callback, result: Parameters<Callback>[0]) =>
    setTimeout(() => callback(result), 0);
  const office = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html" },
    MailboxEnums: { ItemType: { Appointment: "appointment", Message: "message" } },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "Mailbox" && MAILBOX_1_8.includes(version),
      },
      mailbox: {
        item: {
          itemType: "appointment",
          subject: { getAsync: vi.fn() },
          getAttachmentsAsync: (callback: Callback) =>
            later(callback, {
              status: "succeeded",
              value: state.attached.map(({ id, name }) => ({
                id,
                name,
                attachmentType: "file",
                size: 1,
                isInline: false,
              })),
            }),
          addFileAttachmentFromBase64Async: (content: string, name: string, callback: Callback) => {
            if (options.refuseAttachments)
              return later(callback, { status: "failed", error: { name: "SizeLimitExceeded" } });
            const id = `new-${nextId++}`;
            state.attached.push({ id, name, content });
            later(callback, { status: "succeeded", value: id });
          },
          removeAttachmentAsync: (id: string, callback: Callback) => {
            state.attached = state.attached.filter((attachment) => attachment.id !== id);
            later(callback, { status: "succeeded" });
          },
          body: {
            getTypeAsync: (callback: Callback) => later(callback, { status: "succeeded", value: "html" }),
            prependAsync: (html: string, _options: unknown, callback: Callback) => {
              state.body = html + state.body;
              later(callback, { status: "succeeded" });
            },
          },
        },
      },
    },
  });
  vi.stubGlobal("Office", office);
  const item = outlookMailboxItem();
  if (item?.mode !== "compose") throw new Error("Expected a meeting being written");
  return { item: item as ComposeMailboxItem, state };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const REVIEW = { html: "<table><tr><td>Fabrikam</td></tr></table>", packetBase64: "eyJhIjoxfQ==" };

describe("attaching the chosen calls to the meeting the rep is writing", () => {
  it("attaches the packet and puts the calls above what the rep wrote", async () => {
    const { item, state } = meetingInOutlook();

    const id = await attachReviewToMeeting(item, REVIEW);

    expect(state.attached).toEqual([{ id, name: "review-packet.json", content: "eyJhIjoxfQ==" }]);
    expect(state.body).toBe("<table><tr><td>Fabrikam</td></tr></table><p>Agenda: our calls</p>");
  });

  it("replaces a packet attached before, leaving the rep's other files", async () => {
    const { item, state } = meetingInOutlook({
      attached: [
        { id: "old", name: "Review-Packet.json", content: "b2xk" },
        { id: "deck", name: "deck.pptx", content: "ZGVjaw==" },
      ],
    });

    await attachReviewToMeeting(item, REVIEW);

    expect(state.attached.map((attachment) => attachment.name)).toEqual(["deck.pptx", "review-packet.json"]);
    expect(state.attached.find((attachment) => attachment.name === "review-packet.json")?.content).toBe(
      "eyJhIjoxfQ==",
    );
  });

  it("leaves the body as the rep wrote it when Outlook refuses the packet", async () => {
    const { item, state } = meetingInOutlook({ refuseAttachments: true });

    await expect(attachReviewToMeeting(item, REVIEW)).rejects.toMatchObject({ reason: "failed" });
    expect(state.body).toBe("<p>Agenda: our calls</p>");
  });
});
