import { randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import type { DocumentStore, JsonValue } from "./document.store.ts";

const emailSchema = z.object({ name: z.string(), address: z.string() });

const storedMessageSchema = z.object({
  id: z.string(),
  /** The same in the sender's and every recipient's copy, as the `Message-ID` header is. */
  internetMessageId: z.string(),
  conversationId: z.string(),
  folder: z.enum(["inbox", "sentitems"]),
  subject: z.string(),
  body: z.object({ contentType: z.enum(["text", "html"]), content: z.string() }),
  importance: z.enum(["low", "normal", "high"]),
  from: emailSchema,
  toRecipients: z.array(emailSchema),
  ccRecipients: z.array(emailSchema),
  /** Only in the sender's copy: nobody else sees who else got it blind. */
  bccRecipients: z.array(emailSchema),
  sentDateTime: z.string(),
  receivedDateTime: z.string(),
  isRead: z.boolean(),
  /** Single-value extended properties as the sender set them, by property ID. */
  extendedProperties: z.array(z.object({ id: z.string(), value: z.string() })),
});

/** One mailbox's copy of a message, as the emulator keeps it. */
export type StoredMessage = z.infer<typeof storedMessageSchema>;
export type StoredEmail = z.infer<typeof emailSchema>;

/**
 * Sent and received mail, one document per mailbox copy (collection `messages:<user ID>`, keyed by message ID),
 * as Exchange keeps one item per mailbox: the sender's in Sent Items, each recipient's in their Inbox.
 */
export class MailStore {
  constructor(private readonly documents: DocumentStore) {}

  messages(userId: string): StoredMessage[] {
    return this.documents.list(collectionOf(userId)).flatMap(([, document]) => {
      const parsed = storedMessageSchema.safeParse(document);
      return parsed.success ? [parsed.data] : [];
    });
  }

  message(userId: string, id: string): StoredMessage | null {
    const parsed = storedMessageSchema.safeParse(this.documents.get(collectionOf(userId), id));
    return parsed.success ? parsed.data : null;
  }

  async save(userId: string, message: StoredMessage): Promise<void> {
    await this.documents.put(collectionOf(userId), message.id, message as unknown as JsonValue);
  }
}

function collectionOf(userId: string): string {
  return `messages:${userId}`;
}

/** Shaped like an Exchange message ID (`AAMkAD…=`), URL-safe like the IDs Graph returns. */
export function newMessageId(): string {
  return `AAMkAD${randomBytes(32).toString("base64url")}AAA=`;
}

/** An RFC 5322 `Message-ID` in Exchange Online's style. */
export function newInternetMessageId(domain: string): string {
  return `<${randomUUID().replaceAll("-", "").toUpperCase()}@${domain}>`;
}

/** Shaped like an Exchange conversation ID. */
export function newConversationId(): string {
  return `AAQkAD${randomBytes(24).toString("base64url")}=`;
}
