import type { Message } from "@microsoft/microsoft-graph-types";
import * as z from "zod/mini";
import { sendBatch } from "./batch.graph.ts";
import type { GraphClient } from "./graph-client.ts";
import { GraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";

export interface MailRequestOptions {
  readonly signal?: AbortSignal;
}

/** A message found by its tag: enough to say that it arrived, and to open it. */
export interface TaggedMessage {
  readonly id: string;
  readonly subject: string;
  /** When it reached this mailbox; `null` when Graph does not say. */
  readonly receivedAt: Date | null;
  /** Opens the message in Outlook on the web. */
  readonly webLink: string | null;
}

/** How many tagged messages are listed per value: one is enough to know it arrived, a few show a resend. */
const TAGGED_MESSAGES_PER_VALUE = 10;

const taggedMessagesPageSchema = z.object({
  value: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      subject: z.nullish(z.string()),
      receivedDateTime: z.nullish(z.string()),
      webLink: z.nullish(z.string()),
    }),
  ),
});

/**
 * Sends a message as the signed-in user (`POST /me/sendMail`, Mail.Send) and keeps it in their Sent Items. Graph
 * answers 202 Accepted: accepted for delivery, not yet delivered.
 *
 * Sending is not idempotent, so nothing here repeats it: the client retries a POST only after a 429 or 503 (which
 * Graph answers before doing anything). When the connection drops, the mail may or may not have gone out; the
 * caller decides, e.g. by looking for its tag in the recipient's mailbox with {@link findTaggedMessages}.
 */
export async function sendMail(
  client: GraphClient,
  message: Message,
  options: MailRequestOptions = {},
): Promise<void> {
  await client
    .api("/me/sendMail", [GraphScope.MailSend])
    .option("signal", options.signal)
    .post({ message, saveToSentItems: true });
}

/**
 * The signed-in user's messages that carry the String extended property `propertyId` with each of `values`, by
 * value (`GET /me/messages?$filter=singleValueExtendedProperties/any(…)`, one request per value in `$batch`es).
 * Reading extended properties takes Mail.Read: Mail.ReadBasic excludes them. Only the subject, the date and the
 * link are fetched, never a body. Newest first, sorted here: Graph refuses an `$orderby` on a property that its
 * `$filter` does not name first.
 *
 * A value whose request fails rejects the whole call with that error, so a missing message is never confused
 * with one that could not be looked for.
 */
export async function findTaggedMessages(
  client: GraphClient,
  propertyId: string,
  values: readonly string[],
  options: MailRequestOptions = {},
): Promise<Map<string, TaggedMessage[]>> {
  const unique = [...new Set(values)];
  const results = await sendBatch(
    client,
    unique.map((value, index) => ({
      id: String(index),
      method: "GET",
      url: taggedMessagesUrl(propertyId, value),
    })),
    { scopes: [GraphScope.MailRead], signal: options.signal },
  );
  const found = new Map<string, TaggedMessage[]>();
  unique.forEach((value, index) => {
    const result = results.get(String(index));
    if (!result) throw unreadable();
    if (!result.ok) throw result.error;
    const page = taggedMessagesPageSchema.safeParse(result.body);
    if (!page.success) throw unreadable(page.error);
    const messages = page.data.value.map((message) => ({
      id: message.id,
      subject: message.subject ?? "",
      receivedAt: instantOrNull(message.receivedDateTime),
      webLink: message.webLink || null,
    }));
    found.set(value, messages.sort(newestFirst));
  });
  return found;
}

function taggedMessagesUrl(propertyId: string, value: string): string {
  const filter = `singleValueExtendedProperties/any(ep: ep/id eq ${odataString(propertyId)} and ep/value eq ${odataString(value)})`;
  const query = [
    `$filter=${encodeURIComponent(filter)}`,
    `$select=${encodeURIComponent("id,subject,receivedDateTime,webLink")}`,
    `$top=${TAGGED_MESSAGES_PER_VALUE}`,
  ];
  return `/me/messages?${query.join("&")}`;
}

/** An OData string literal: quoted, with a quote inside doubled. */
function odataString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function newestFirst(a: TaggedMessage, b: TaggedMessage): number {
  return (b.receivedAt?.getTime() ?? 0) - (a.receivedAt?.getTime() ?? 0);
}

function instantOrNull(value: string | null | undefined): Date | null {
  if (!value) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

function unreadable(cause?: unknown): GraphRequestError {
  return new GraphRequestError("Microsoft Graph sent a messages answer Momentum cannot read", {
    kind: "other",
    status: null,
    cause,
  });
}
