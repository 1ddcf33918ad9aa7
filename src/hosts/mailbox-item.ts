/**
 * The Outlook item a pane is open on, whatever hosts it: Office.js in Outlook, or the demo's stand-in fed by the
 * Graph emulator. The panes and repositories see only this interface; Office.js stays in `src/hosts`.
 *
 * Every method is promise-based and rejects with a {@link MailboxItemError} only, whose reason the UI words.
 */
export type MailboxItem = ReadMailboxItem | ComposeMailboxItem;

/** What Outlook calls the item: a calendar item, or a mail (a meeting request in the Inbox is a message). */
export type MailboxItemType = "appointment" | "message";

/** An attachment as the item lists it, without its content. */
export interface MailboxAttachment {
  readonly id: string;
  readonly name: string;
  /** `file` for a file, `item` for an attached mail or event, `cloud` for a link to a file in OneDrive. */
  readonly kind: "file" | "item" | "cloud";
  /** Bytes; `null` when the host does not say. */
  readonly size: number | null;
  readonly isInline: boolean;
}

/**
 * An attachment's content as Outlook hands it over: base64 for a file, a URL for a cloud attachment, the `.eml`
 * or `.ics` text of an attached mail or event.
 */
export interface MailboxAttachmentContent {
  readonly format: "base64" | "url" | "eml" | "iCalendar";
  readonly content: string;
}

/** The item a user is reading: the manager opening a review invite. */
export interface ReadMailboxItem {
  readonly mode: "read";
  readonly itemType: MailboxItemType;
  /**
   * The item's ID as Microsoft Graph knows it in the signed-in user's own mailbox (`/me/events/{id}`), for when
   * the host cannot hand over attachment content itself; `null` when the host cannot tell.
   */
  readonly restId: string | null;
  readonly subject: string;
  listAttachments(): Promise<MailboxAttachment[]>;
  /**
   * Rejects with `unsupported` when this Outlook cannot hand over attachment content (before Mailbox 1.8): the
   * caller then reads it through Graph with {@link restId}.
   */
  getAttachmentContent(attachmentId: string): Promise<MailboxAttachmentContent>;
}

/** The item a user is writing: the rep composing a review meeting by hand. */
export interface ComposeMailboxItem {
  readonly mode: "compose";
  readonly itemType: MailboxItemType;
  /** Rejects with `unsupported` before Mailbox 1.8. */
  listAttachments(): Promise<MailboxAttachment[]>;
  /** Attaches a file from its base64 content; resolves with the new attachment's ID (Mailbox 1.8). */
  addFileAttachment(name: string, base64Content: string): Promise<string>;
  removeAttachment(attachmentId: string): Promise<void>;
  /**
   * The whole body as HTML (Mailbox 1.3), as Outlook hands it over: a full document, possibly rewritten by its
   * editor. Rejects with `unsupported` for a plain-text body.
   */
  getHtmlBody(): Promise<string>;
  /**
   * Replaces the whole body with this HTML, which the caller has escaped (Mailbox 1.3). Rejects with
   * `unsupported` when the body is plain text, where the tags would show.
   */
  setHtmlBody(html: string): Promise<void>;
  /** Puts this HTML before what the user has written (Mailbox 1.1); `unsupported` for a plain-text body. */
  prependHtmlBody(html: string): Promise<void>;
  /** Adds a required attendee; rejects with `notAnAppointment` on a mail. */
  addRequiredAttendee(email: string, name: string): Promise<void>;
}

/** Why an item could not do what was asked; the UI turns each into a sentence in the user's language. */
export type MailboxItemFailureReason =
  /** This Outlook lacks the Mailbox requirement set the operation needs (an older Outlook, or Outlook on a phone). */
  | "unsupported"
  /** The operation exists for calendar items only, and the item is a mail. */
  | "notAnAppointment"
  /** The item, or the attachment asked for, is not (or no longer) there. */
  | "notFound"
  /** The host refused or failed; `cause` holds what it said, for developers. */
  | "failed";

export class MailboxItemError extends Error {
  override readonly name = "MailboxItemError";
  constructor(
    readonly reason: MailboxItemFailureReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
