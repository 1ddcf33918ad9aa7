import { OfficeMockObject } from "office-addin-mock";
import { vi } from "vitest";
import type { ComposeMailboxItem } from "../../hosts/mailbox-item.ts";
import { outlookMailboxItem } from "../../hosts/outlook-mailbox-item.ts";

type Callback = (result: { status: string; value?: unknown; error?: { name: string } }) => void;

export interface MeetingInOutlookOptions {
  /** The body's format; a plain-text body refuses HTML. */
  readonly bodyType?: "html" | "text";
  /** Outlook refuses new files (e.g. over the size limit). */
  readonly refuseAttachments?: boolean;
  /** The Mailbox requirement sets this Outlook has; 1.1 to 1.8 by default. */
  readonly sets?: readonly string[];
}

/** What Outlook holds of the meeting, as the rep would see it. */
export interface MeetingState {
  body: string;
  attachments: Array<{ readonly id: string; readonly name: string; readonly base64: string }>;
  requiredAttendees: Array<{ readonly emailAddress: string; readonly displayName: string }>;
}

/**
 * A meeting the rep is writing in Outlook (Appointment Organizer), mocked with office-addin-mock as Outlook puts
 * Office.js on `window`, keeping its body, attachments and attendees like Outlook does; the pane's item is read
 * from it through the app's own Office.js wrapper. Undo with `vi.unstubAllGlobals()`.
 */
export function meetingInOutlook({
  bodyType = "html",
  refuseAttachments = false,
  sets = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"],
}: MeetingInOutlookOptions = {}): { readonly item: ComposeMailboxItem; readonly meeting: MeetingState } {
  const meeting: MeetingState = { body: "<p>Agenda</p>", attachments: [], requiredAttendees: [] };
  let nextId = 1;
  const later = (callback: Callback, result: Parameters<Callback>[0]) =>
    setTimeout(() => callback(result), 0);
  const office = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    MailboxEnums: { ItemType: { Appointment: "appointment", Message: "message" } },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "Mailbox" && sets.includes(version),
      },
      mailbox: {
        item: {
          itemType: "appointment",
          subject: { getAsync: vi.fn() },
          getAttachmentsAsync: (callback: Callback) =>
            later(callback, {
              status: "succeeded",
              value: meeting.attachments.map(({ id, name }) => ({
                id,
                name,
                attachmentType: "file",
                size: 1,
                isInline: false,
              })),
            }),
          addFileAttachmentFromBase64Async: (base64: string, name: string, callback: Callback) => {
            if (refuseAttachments)
              return later(callback, { status: "failed", error: { name: "SizeLimitExceeded" } });
            const id = `attachment-${nextId++}`;
            meeting.attachments.push({ id, name, base64 });
            later(callback, { status: "succeeded", value: id });
          },
          removeAttachmentAsync: (id: string, callback: Callback) => {
            meeting.attachments = meeting.attachments.filter((attachment) => attachment.id !== id);
            later(callback, { status: "succeeded" });
          },
          body: {
            getTypeAsync: (callback: Callback) => later(callback, { status: "succeeded", value: bodyType }),
            prependAsync: (html: string, _options: unknown, callback: Callback) => {
              meeting.body = html + meeting.body;
              later(callback, { status: "succeeded" });
            },
          },
          requiredAttendees: {
            addAsync: (people: MeetingState["requiredAttendees"], callback: Callback) => {
              meeting.requiredAttendees.push(...people);
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
  return { item, meeting };
}
