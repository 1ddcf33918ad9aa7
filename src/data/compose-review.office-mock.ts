import { vi } from "vitest";
import type { ComposeMailboxItem } from "../hosts/mailbox-item.ts";
import {
  answerLater,
  composeItemInPane,
  MAILBOX_1_8,
  type OfficeCallback,
  stubOutlook,
} from "../hosts/outlook-mailbox-item.office-mock.ts";

/** The Office.js calls a meeting can be told to refuse, each with the error name Outlook would give. */
export type MeetingOperation = "addFile" | "removeAttachment" | "setBody" | "prependBody" | "addAttendee";

export interface MeetingInOutlookOptions {
  /** What the rep wrote so far; `<p>Agenda</p>` by default. */
  readonly body?: string;
  /** The body's format; a plain-text body refuses HTML. */
  readonly bodyType?: "html" | "text";
  /** Files attached before the pane opened. */
  readonly attachments?: MeetingState["attachments"];
  /** `message`: a mail being written, which has no attendees. */
  readonly itemType?: "appointment" | "message";
  /** Operations Outlook refuses, with the error name it gives (e.g. `SizeLimitExceeded`). */
  readonly refuse?: Partial<Record<MeetingOperation, string>>;
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
 * A meeting the rep is writing in Outlook (Appointment Organizer), on Office.js mocked with office-addin-mock,
 * keeping its body, attachments and attendees like Outlook does; the pane's item is read from it through the
 * app's own Office.js wrapper. The body is kept as the HTML last written, and handed back as it is.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function meetingInOutlook({
  body = "<p>Agenda</p>",
  bodyType = "html",
  attachments = [],
  itemType = "appointment",
  refuse = {},
  sets = MAILBOX_1_8,
}: MeetingInOutlookOptions = {}): { readonly item: ComposeMailboxItem; readonly meeting: MeetingState } {
  const meeting: MeetingState = { body, attachments: [...attachments], requiredAttendees: [] };
  let nextId = 1;
  /** Answers as Outlook would: the refusal it was told to give for `operation`, else success after `change`. */
  const answer = (operation: MeetingOperation, callback: OfficeCallback, change: () => unknown) => {
    const refusal = refuse[operation];
    if (refusal) return answerLater(callback, { status: "failed", error: { name: refusal } });
    answerLater(callback, { status: "succeeded", value: change() });
  };
  stubOutlook(
    {
      itemType,
      subject: { getAsync: vi.fn() },
      getAttachmentsAsync: (callback: OfficeCallback) =>
        answerLater(callback, {
          status: "succeeded",
          value: meeting.attachments.map(({ id, name }) => ({
            id,
            name,
            attachmentType: "file",
            size: 1,
            isInline: false,
          })),
        }),
      addFileAttachmentFromBase64Async: (base64: string, name: string, callback: OfficeCallback) =>
        answer("addFile", callback, () => {
          const id = `attachment-${nextId++}`;
          meeting.attachments.push({ id, name, base64 });
          return id;
        }),
      removeAttachmentAsync: (id: string, callback: OfficeCallback) =>
        answer("removeAttachment", callback, () => {
          meeting.attachments = meeting.attachments.filter((attachment) => attachment.id !== id);
        }),
      body: {
        getTypeAsync: (callback: OfficeCallback) =>
          answerLater(callback, { status: "succeeded", value: bodyType }),
        getAsync: (_coercionType: string, callback: OfficeCallback) =>
          answerLater(callback, { status: "succeeded", value: meeting.body }),
        setAsync: (html: string, _options: unknown, callback: OfficeCallback) =>
          answer("setBody", callback, () => {
            meeting.body = html;
          }),
        prependAsync: (html: string, _options: unknown, callback: OfficeCallback) =>
          answer("prependBody", callback, () => {
            meeting.body = html + meeting.body;
          }),
      },
      ...(itemType === "appointment" && {
        requiredAttendees: {
          addAsync: (people: MeetingState["requiredAttendees"], callback: OfficeCallback) =>
            answer("addAttendee", callback, () => {
              meeting.requiredAttendees.push(...people);
            }),
        },
      }),
    },
    { sets },
  );
  return { item: composeItemInPane(), meeting };
}
