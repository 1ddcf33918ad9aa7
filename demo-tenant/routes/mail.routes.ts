import { type Context, Hono } from "hono";
import { z } from "zod";
import { graphTimestamp } from "../calendar/graph-date-time.ts";
import type { GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import { parseJsonBody } from "../http/json-body.ts";
import { applySelect, nextLinkFor, odataContext, parseCount, parseSelect } from "../http/odata.ts";
import type { DirectoryUser } from "../seed/people.seed.ts";
import {
  MailStore,
  newConversationId,
  newInternetMessageId,
  newMessageId,
  type StoredEmail,
  type StoredMessage,
} from "../store/mail.store.ts";
import type { TenantServices } from "../tenant-services.ts";

/** Graph's page size for messages when the caller sends no `$top`. */
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;
const BODY_PREVIEW_LENGTH = 255;

const recipientSchema = z.object({
  emailAddress: z.object({ address: z.string().email(), name: z.string().optional() }),
});

/** What `POST /me/sendMail` takes in its JSON form; Graph ignores what it does not know, and so do we. */
const sendMailSchema = z.object({
  message: z.object({
    subject: z.string().optional(),
    body: z.object({ contentType: z.enum(["text", "html", "Text", "HTML"]), content: z.string() }).optional(),
    importance: z.enum(["low", "normal", "high", "Low", "Normal", "High"]).optional(),
    toRecipients: z.array(recipientSchema).optional(),
    ccRecipients: z.array(recipientSchema).optional(),
    bccRecipients: z.array(recipientSchema).optional(),
    singleValueExtendedProperties: z.array(z.object({ id: z.string(), value: z.string() })).optional(),
  }),
  saveToSentItems: z.boolean().optional(),
});
type SendMailInput = z.infer<typeof sendMailSchema>;

/**
 * Mail between the users of the tenant:
 *
 * - `POST /me/sendMail` (202, no body) delivers a copy into the Inbox of each recipient in the tenant, with the
 *   sender's single-value extended properties (Exchange keeps them inside the organization), and keeps one in the
 *   sender's Sent Items unless `saveToSentItems` is `false`. Recipients outside the tenant receive nothing here.
 * - `GET /me/messages` lists the caller's mail, newest first, with `$select`, `$top`, `$skip` and the one `$filter`
 *   Momentum uses: `singleValueExtendedProperties/any(ep: ep/id eq '…' and ep/value eq '…')` (the property's
 *   name is matched case-sensitively, its value not, as the Graph docs say). Any other filter is a 400, and so is
 *   an `$orderby` next to a `$filter` (Graph's `InefficientFilter`). Extended properties are never returned.
 * - `GET /me/messages/{id}`; `/users/{id}/…` of another user is Graph's 403 `ErrorAccessDenied`.
 */
export function mailRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();
  const mail = new MailStore(store.documents);

  const tenantUser = (address: string): DirectoryUser | undefined =>
    store.seed.users.find((user) => user.email === address.toLowerCase());

  routes.post("/me/sendMail", async (c) => {
    const sender = c.get("user");
    const { message, saveToSentItems } = await parseJsonBody(c, sendMailSchema);
    const sent = sentMessage(message, sender, store.now);
    const recipients = [...sent.toRecipients, ...sent.ccRecipients, ...sent.bccRecipients];
    if (recipients.length === 0) {
      throw new GraphHttpError(
        400,
        "ErrorInvalidRecipients",
        "At least one recipient is not valid., A message can't be sent because it contains no recipients.",
      );
    }
    const delivered = new Set<string>();
    for (const recipient of recipients) {
      const user = tenantUser(recipient.address);
      if (!user || delivered.has(user.id)) continue;
      delivered.add(user.id);
      await mail.save(user.id, {
        ...sent,
        id: newMessageId(),
        folder: "inbox",
        isRead: false,
        bccRecipients: [],
      });
    }
    if (saveToSentItems !== false) await mail.save(sender.id, sent);
    return c.body(null, 202);
  });

  const listMessages = (c: Context<GraphEnv>) => {
    const user = ownMailbox(c);
    const top = Math.min(
      Math.max(parseCount("$top", c.req.query("$top"), DEFAULT_PAGE_SIZE), 1),
      MAX_PAGE_SIZE,
    );
    const skip = parseCount("$skip", c.req.query("$skip"), 0);
    const filter = parseFilter(c.req.query("$filter"));
    const ascending = parseOrderBy(c.req.query("$orderby"), filter !== null);
    const matching = mail
      .messages(user.id)
      .filter((message) => filter === null || filter(message))
      .sort((a, b) => (ascending ? 1 : -1) * a.receivedDateTime.localeCompare(b.receivedDateTime));
    const select = parseSelect(c.req.query("$select"));
    return c.json({
      "@odata.context": odataContext(c.req.url, `users('${user.id}')/messages`),
      value: matching.slice(skip, skip + top).map((message) => applySelect(toGraphMessage(message), select)),
      ...(skip + top < matching.length ? { "@odata.nextLink": nextLinkFor(c.req.url, skip + top) } : {}),
    });
  };

  const getMessage = (c: Context<GraphEnv>) => {
    const user = ownMailbox(c);
    const message = mail.message(user.id, c.req.param("messageId") ?? "");
    if (!message) {
      throw new GraphHttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    }
    return c.json({
      "@odata.context": odataContext(c.req.url, `users('${user.id}')/messages/$entity`),
      ...applySelect(toGraphMessage(message), parseSelect(c.req.query("$select"))),
    });
  };

  routes.get("/me/messages", listMessages);
  routes.get("/users/:userId/messages", listMessages);
  routes.get("/me/messages/:messageId", getMessage);
  routes.get("/users/:userId/messages/:messageId", getMessage);

  return routes;
}

/** The caller, when the path names their own mailbox; another user's mailbox is not theirs to read. */
function ownMailbox(c: Context<GraphEnv>): DirectoryUser {
  const user = c.get("user");
  const named = c.req.param("userId");
  if (named !== undefined && named !== user.id && named.toLowerCase() !== user.email) {
    throw new GraphHttpError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
  }
  return user;
}

function sentMessage(input: SendMailInput["message"], sender: DirectoryUser, now: Date): StoredMessage {
  const at = now.toISOString();
  const emails = (recipients: SendMailInput["message"]["toRecipients"]): StoredEmail[] =>
    (recipients ?? []).map(({ emailAddress }) => ({
      name: emailAddress.name ?? emailAddress.address,
      address: emailAddress.address,
    }));
  const extendedProperties = (input.singleValueExtendedProperties ?? []).map((property) => {
    if (propertyKey(property.id) === null) {
      throw new GraphHttpError(400, "BadRequest", `The extended property ID '${property.id}' is not valid.`);
    }
    return property;
  });
  return {
    id: newMessageId(),
    internetMessageId: newInternetMessageId(sender.email.split("@")[1] ?? "contoso.example"),
    conversationId: newConversationId(),
    folder: "sentitems",
    subject: input.subject ?? "",
    body: input.body
      ? { contentType: input.body.contentType.toLowerCase() as "text" | "html", content: input.body.content }
      : { contentType: "text", content: "" },
    importance: (input.importance?.toLowerCase() ?? "normal") as StoredMessage["importance"],
    from: { name: sender.name, address: sender.email },
    toRecipients: emails(input.toRecipients),
    ccRecipients: emails(input.ccRecipients),
    bccRecipients: emails(input.bccRecipients),
    sentDateTime: at,
    receivedDateTime: at,
    isRead: true,
    extendedProperties,
  };
}

const PROPERTY_TYPE =
  "(?:Binary|Boolean|CLSID|Currency|Double|Integer|Long|Null|Object|Short|SystemTime|String)(?:Array)?";
const GUID = "\\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\}";
const PROPERTY_ID = new RegExp(`^(${PROPERTY_TYPE}) (?:(${GUID}) (Name|Id) (.+)|(0x[0-9a-f]{1,4}))$`, "i");

/**
 * An extended property's ID (`String {guid} Name X`, `String {guid} Id 0x…`, `String 0x0070`) in a form that
 * compares as Exchange does: the type and the GUID in any case, the name exactly. `null` for no valid ID.
 */
function propertyKey(id: string): string | null {
  const match = PROPERTY_ID.exec(id.trim());
  if (!match) return null;
  const [, type = "", guid, kind, name, tag] = match;
  if (tag) return `${type.toLowerCase()} ${tag.toLowerCase()}`;
  return `${type.toLowerCase()} ${guid?.toLowerCase()} ${kind?.toLowerCase()} ${kind === "Name" ? name : name?.toLowerCase()}`;
}

const ODATA_STRING = "'((?:[^']|'')*)'";
const EXTENDED_PROPERTY_FILTER = new RegExp(
  `^singleValueExtendedProperties/any\\(\\s*(\\w+)\\s*:\\s*\\1/id eq ${ODATA_STRING} and \\1/value eq ${ODATA_STRING}\\s*\\)$`,
  "i",
);

/** The emulated `$filter` as a predicate; `null` without one; Graph's 400 for anything else. */
function parseFilter(filter: string | undefined): ((message: StoredMessage) => boolean) | null {
  if (filter === undefined || filter.trim() === "") return null;
  const match = EXTENDED_PROPERTY_FILTER.exec(filter.trim());
  const key = match ? propertyKey(unquote(match[2] ?? "")) : null;
  if (!match || key === null) {
    throw new GraphHttpError(400, "BadRequest", `Invalid filter clause: '${filter}' is not supported.`);
  }
  const value = unquote(match[3] ?? "").toLowerCase();
  return (message) =>
    message.extendedProperties.some(
      (property) => propertyKey(property.id) === key && property.value.toLowerCase() === value,
    );
}

/** Whether to list oldest first; newest first is Graph's default for messages. */
function parseOrderBy(orderBy: string | undefined, filtered: boolean): boolean {
  if (orderBy === undefined || orderBy.trim() === "") return false;
  if (filtered) {
    // Graph requires the $orderby property to appear first in the $filter; Momentum's filter never names one.
    throw new GraphHttpError(
      400,
      "InefficientFilter",
      "The restriction or sort order is too complex for this operation.",
    );
  }
  const match = /^receivedDateTime(?:\s+(asc|desc))?$/i.exec(orderBy.trim());
  if (!match) throw new GraphHttpError(400, "BadRequest", `Ordering by '${orderBy}' is not supported.`);
  return match[1]?.toLowerCase() !== "desc";
}

function unquote(text: string): string {
  return text.replaceAll("''", "'");
}

function recipient(email: StoredEmail) {
  return { emailAddress: { name: email.name, address: email.address } };
}

/** Graph's message resource; extended properties only ever come with `$expand`, which is not emulated. */
function toGraphMessage(message: StoredMessage) {
  return {
    "@odata.etag": `W/"${message.id.slice(-12)}"`,
    id: message.id,
    createdDateTime: graphTimestamp(new Date(message.sentDateTime)),
    lastModifiedDateTime: graphTimestamp(new Date(message.receivedDateTime)),
    receivedDateTime: graphTimestamp(new Date(message.receivedDateTime)),
    sentDateTime: graphTimestamp(new Date(message.sentDateTime)),
    hasAttachments: false,
    internetMessageId: message.internetMessageId,
    subject: message.subject,
    bodyPreview: bodyPreview(message.body),
    importance: message.importance,
    parentFolderId: message.folder,
    conversationId: message.conversationId,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: message.isRead,
    isDraft: false,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(message.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    body: message.body,
    sender: recipient(message.from),
    from: recipient(message.from),
    toRecipients: message.toRecipients.map(recipient),
    ccRecipients: message.ccRecipients.map(recipient),
    bccRecipients: message.bccRecipients.map(recipient),
    replyTo: [],
  };
}

function bodyPreview(body: StoredMessage["body"]): string {
  const text = body.contentType === "html" ? body.content.replace(/<[^>]*>/g, " ") : body.content;
  return text.replace(/\s+/g, " ").trim().slice(0, BODY_PREVIEW_LENGTH);
}
