import {
  type ComposeMailboxItem,
  type MailboxAttachment,
  type MailboxAttachmentContent,
  type MailboxItem,
  MailboxItemError,
  type MailboxItemFailureReason,
  type MailboxItemType,
  type ReadMailboxItem,
} from "./mailbox-item.ts";

/** The Mailbox requirement sets behind the calls below (see "Outlook add-in API requirement sets"). */
const MAILBOX_SET = {
  /** `convertToRestId`, `body.getAsync`, `body.setAsync`. */
  restIdsAndSetBody: "1.3",
  /** `getAttachmentContentAsync`, `getAttachmentsAsync`, `addFileAttachmentFromBase64Async`. */
  attachments: "1.8",
} as const;

const ATTACHMENT_CONTENT_FORMATS: readonly MailboxAttachmentContent["format"][] = [
  "base64",
  "url",
  "eml",
  "iCalendar",
];
const ATTACHMENT_KINDS: readonly MailboxAttachment["kind"][] = ["file", "item", "cloud"];

type ReadItem = Office.AppointmentRead | Office.MessageRead;
type ComposeItem = Office.AppointmentCompose | Office.MessageCompose;

/**
 * The item the Outlook pane is open on, through Office.js; `null` when Outlook opened the pane on none. Call it after
 * `Office.onReady`. Each call reads `Office.context.mailbox.item` afresh, as a pinned pane moves to the next item.
 */
export function outlookMailboxItem(): MailboxItem | null {
  const item = Office.context.mailbox?.item as ReadItem | ComposeItem | null | undefined;
  if (!item) return null;
  const itemType: MailboxItemType =
    item.itemType === Office.MailboxEnums.ItemType.Appointment ? "appointment" : "message";
  // Read forms give the subject as a string; compose forms as an object with getAsync and setAsync.
  return typeof item.subject === "string"
    ? readItem(item as ReadItem, itemType)
    : composeItem(item as ComposeItem, itemType);
}

function supports(version: string): boolean {
  return Office.context.requirements.isSetSupported("Mailbox", version);
}

function unsupported(what: string, version: string): MailboxItemError {
  return new MailboxItemError("unsupported", `${what} needs Mailbox ${version}, which this Outlook lacks`);
}

function readItem(item: ReadItem, itemType: MailboxItemType): ReadMailboxItem {
  return {
    mode: "read",
    itemType,
    restId: restIdOf(item),
    subject: item.subject,
    listAttachments: async () => (item.attachments ?? []).map(toMailboxAttachment),
    async getAttachmentContent(attachmentId) {
      if (!supports(MAILBOX_SET.attachments)) {
        throw unsupported("Reading an attachment", MAILBOX_SET.attachments);
      }
      const content = await officeCall<Office.AttachmentContent>("Reading an attachment", (callback) =>
        item.getAttachmentContentAsync(attachmentId, callback),
      );
      const format = ATTACHMENT_CONTENT_FORMATS.find((known) => known === content.format);
      if (!format)
        throw new MailboxItemError("failed", `Outlook sent attachment content as ${content.format}`);
      return { format, content: content.content };
    },
  };
}

/** Office.js gives the EWS ID; Graph takes the REST form of it. */
function restIdOf(item: ReadItem): string | null {
  if (!item.itemId || !supports(MAILBOX_SET.restIdsAndSetBody)) return null;
  return Office.context.mailbox.convertToRestId(item.itemId, Office.MailboxEnums.RestVersion.v2_0);
}

function composeItem(item: ComposeItem, itemType: MailboxItemType): ComposeMailboxItem {
  const html = { coercionType: Office.CoercionType.Html };
  return {
    mode: "compose",
    itemType,
    async listAttachments() {
      if (!supports(MAILBOX_SET.attachments)) {
        throw unsupported("Listing attachments while composing", MAILBOX_SET.attachments);
      }
      const attachments = await officeCall<Office.AttachmentDetailsCompose[]>(
        "Listing attachments",
        (callback) => item.getAttachmentsAsync(callback),
      );
      return attachments.map(toMailboxAttachment);
    },
    async addFileAttachment(name, base64Content) {
      if (!supports(MAILBOX_SET.attachments)) {
        throw unsupported("Attaching a file from base64", MAILBOX_SET.attachments);
      }
      return officeCall<string>("Attaching a file", (callback) =>
        item.addFileAttachmentFromBase64Async(base64Content, name, callback),
      );
    },
    removeAttachment: (attachmentId) =>
      officeCall<void>("Removing an attachment", (callback) =>
        item.removeAttachmentAsync(attachmentId, callback),
      ),
    async getHtmlBody() {
      if (!supports(MAILBOX_SET.restIdsAndSetBody)) {
        throw unsupported("Reading the body", MAILBOX_SET.restIdsAndSetBody);
      }
      await expectHtmlBody(item);
      return officeCall<string>("Reading the body", (callback) =>
        item.body.getAsync(Office.CoercionType.Html, callback),
      );
    },
    async setHtmlBody(content) {
      if (!supports(MAILBOX_SET.restIdsAndSetBody)) {
        throw unsupported("Replacing the body", MAILBOX_SET.restIdsAndSetBody);
      }
      await expectHtmlBody(item);
      return officeCall<void>("Replacing the body", (callback) =>
        item.body.setAsync(content, html, callback),
      );
    },
    async prependHtmlBody(content) {
      await expectHtmlBody(item);
      return officeCall<void>("Adding to the body", (callback) =>
        item.body.prependAsync(content, html, callback),
      );
    },
    async addRequiredAttendee(email, name) {
      if (itemType !== "appointment") {
        throw new MailboxItemError("notAnAppointment", "Only a meeting has required attendees");
      }
      const appointment = item as Office.AppointmentCompose;
      return officeCall<void>("Adding an attendee", (callback) =>
        appointment.requiredAttendees.addAsync([{ emailAddress: email, displayName: name }], callback),
      );
    },
  };
}

/**
 * HTML written into a plain-text body would show its tags, so a text body (a plain-text mail; Outlook on phones
 * reports text for every body) is refused as `unsupported`, as the docs on inserting body data advise checking.
 */
async function expectHtmlBody(item: ComposeItem): Promise<void> {
  const type = await officeCall<Office.CoercionType>("Reading the body's format", (callback) =>
    item.body.getTypeAsync(callback),
  );
  if (type !== Office.CoercionType.Html) {
    throw new MailboxItemError("unsupported", "The body is plain text: HTML cannot be written into it");
  }
}

function toMailboxAttachment(
  attachment: Office.AttachmentDetails | Office.AttachmentDetailsCompose,
): MailboxAttachment {
  const kind = ATTACHMENT_KINDS.find((known) => known === attachment.attachmentType) ?? "file";
  return {
    id: attachment.id,
    name: attachment.name,
    kind,
    size: typeof attachment.size === "number" ? attachment.size : null,
    isInline: attachment.isInline === true,
  };
}

/**
 * One Office.js `…Async` call as a promise. Office reports failures in the callback's `AsyncResult`, and some
 * platforms throw instead (a method the client does not implement): both become a {@link MailboxItemError}.
 */
function officeCall<T>(
  what: string,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) {
          resolve(result.value);
          return;
        }
        const error = result.error as Office.Error | undefined;
        reject(
          new MailboxItemError(reasonOf(error), `${what} failed: ${error?.name ?? "unknown"}`, {
            cause: error,
          }),
        );
      });
    } catch (error) {
      reject(new MailboxItemError("failed", `${what} failed`, { cause: error }));
    }
  });
}

/** Office names the error of an attachment that is not there `InvalidAttachmentId`. */
function reasonOf(error: Office.Error | undefined): MailboxItemFailureReason {
  return error?.name === "InvalidAttachmentId" ? "notFound" : "failed";
}
