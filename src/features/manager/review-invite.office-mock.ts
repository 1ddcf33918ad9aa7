import type { ReadMailboxItem } from "../../hosts/mailbox-item.ts";
import {
  answerLater,
  MAILBOX_1_8,
  type OfficeCallback,
  readItemInPane,
  stubOutlook,
} from "../../hosts/outlook-mailbox-item.office-mock.ts";

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
 * A review invite open in Outlook in read mode (Appointment Attendee), on Office.js mocked with office-addin-mock,
 * and the pane's item read from it through the app's own Office.js wrapper. Undo with `vi.unstubAllGlobals()`.
 */
export function reviewInviteInOutlook({
  attachments = [],
  sets = MAILBOX_1_8,
}: ReviewInviteInOutlook = {}): ReadMailboxItem {
  stubOutlook(
    {
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
      getAttachmentContentAsync: (id: string, callback: OfficeCallback) => {
        const content = attachments.find((attachment) => attachment.id === id)?.base64;
        answerLater(
          callback,
          content === undefined
            ? { status: "failed", error: { name: "InvalidAttachmentId" } }
            : { status: "succeeded", value: { format: "base64", content } },
        );
      },
    },
    { sets },
  );
  return readItemInPane();
}
