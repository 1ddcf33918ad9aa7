import { OfficeMockObject } from "office-addin-mock";
import { vi } from "vitest";
import type { ReadMailboxItem } from "../../hosts/mailbox-item.ts";
import { outlookMailboxItem } from "../../hosts/outlook-mailbox-item.ts";

type Callback = (result: { status: string; value?: unknown; error?: { name: string } }) => void;

export interface ReviewInviteInOutlook {
  /** The attachments' base64 content by ID; an attachment without content here is listed only. */
  readonly attachments?: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly base64?: string;
  }>;
  /** The Mailbox requirement sets this Outlook has; 1.1 to 1.8 by default. */
  readonly sets?: readonly string[];
}

/**
 * A review invite open in Outlook in read mode (Appointment Attendee), mocked with office-addin-mock as Outlook
 * puts Office.js on `window`, and the pane's item read from it through the app's own Office.js wrapper.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function reviewInviteInOutlook({
  attachments = [],
  sets = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"],
}: ReviewInviteInOutlook = {}): ReadMailboxItem {
  const later = (callback: Callback, result: Parameters<Callback>[0]) =>
    setTimeout(() => callback(result), 0);
  const office = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    MailboxEnums: {
      ItemType: { Appointment: "appointment", Message: "message" },
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "Mailbox" && sets.includes(version),
      },
      mailbox: {
        item: {
          itemType: "appointment",
          itemId: "AAMkInvite",
          subject: "Call review: 1 call with Daan Visser",
          attachments: attachments.map(({ id, name }) => ({
            id,
            name,
            contentType: "application/json",
            size: 1000,
            attachmentType: "file",
            isInline: false,
          })),
          getAttachmentContentAsync: (id: string, callback: Callback) => {
            const content = attachments.find((attachment) => attachment.id === id)?.base64;
            later(
              callback,
              content === undefined
                ? { status: "failed", error: { name: "InvalidAttachmentId" } }
                : { status: "succeeded", value: { format: "base64", content } },
            );
          },
        },
        convertToRestId: (itemId: string) => `rest-${itemId}`,
      },
    },
  });
  vi.stubGlobal("Office", office);
  const item = outlookMailboxItem();
  if (item?.mode !== "read") throw new Error("Expected an invite in read mode");
  return item;
}
