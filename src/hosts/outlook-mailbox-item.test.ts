import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ComposeMailboxItem, MailboxItem, ReadMailboxItem } from "./mailbox-item.ts";
import { outlookMailboxItem } from "./outlook-mailbox-item.ts";

const ALL_SETS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"];

interface AsyncResultLike {
  status: "succeeded" | "failed";
  value?: unknown;
  error?: { name: string; message: string; code: number };
}

/** An Office.js `…Async` method that answers later, like Outlook does, through the callback it was given last. */
function answers(result: AsyncResultLike) {
  return vi.fn((...args: unknown[]) => {
    const callback = args.at(-1) as (result: AsyncResultLike) => void;
    setTimeout(() => callback(result), 0);
  });
}

const succeeds = (value?: unknown) => answers({ status: "succeeded", value });
const fails = (name: string) =>
  answers({ status: "failed", error: { name, message: `${name} happened`, code: 9000 } });

/** Office.js as Outlook leaves it on `window`, mocked with office-addin-mock, with `item` open in the pane. */
function openInOutlook(item: Record<string, unknown> | null, options: { sets?: readonly string[] } = {}) {
  const sets = options.sets ?? ALL_SETS;
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
        ...(item ? { item } : {}),
        convertToRestId: (itemId: string, version: string) =>
          `rest(${version}):${itemId.replaceAll("/", "-")}`,
      },
    },
  });
  vi.stubGlobal("Office", office);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

function readItem(item: MailboxItem | null): ReadMailboxItem {
  if (item?.mode !== "read") throw new Error(`Expected a read item, got ${item?.mode ?? "none"}`);
  return item;
}

function composeItem(item: MailboxItem | null): ComposeMailboxItem {
  if (item?.mode !== "compose") throw new Error(`Expected a compose item, got ${item?.mode ?? "none"}`);
  return item;
}

const packetAttachment = {
  id: "AAMkAtt/1",
  name: "review-packet.json",
  contentType: "application/json",
  size: 2048,
  attachmentType: "file",
  isInline: false,
};

/** A review invite in the manager's calendar, opened in read mode (Appointment Attendee). */
function reviewInvite(extra: Record<string, unknown> = {}) {
  return {
    itemType: "appointment",
    itemId: "AAMkEws/Id==",
    subject: "Call review: 2 calls with Daan Visser",
    attachments: [
      packetAttachment,
      { id: "AAMkAtt2", name: "Agenda", size: 300, attachmentType: "item", isInline: false },
    ],
    getAttachmentContentAsync: succeeds({ format: "base64", content: "eyJraW5kIjoibW9tZW50dW0ifQ==" }),
    ...extra,
  };
}

describe("the Outlook item in read mode (the manager opening a review invite)", () => {
  it("lists the invite's attachments with their kind and size", async () => {
    openInOutlook(reviewInvite());

    const item = readItem(outlookMailboxItem());

    expect(item.itemType).toBe("appointment");
    expect(item.subject).toBe("Call review: 2 calls with Daan Visser");
    await expect(item.listAttachments()).resolves.toEqual([
      { id: "AAMkAtt/1", name: "review-packet.json", kind: "file", size: 2048, isInline: false },
      { id: "AAMkAtt2", name: "Agenda", kind: "item", size: 300, isInline: false },
    ]);
  });

  it("hands over a file attachment's content as base64 (Mailbox 1.8)", async () => {
    const invite = reviewInvite();
    openInOutlook(invite);

    const content = await readItem(outlookMailboxItem()).getAttachmentContent("AAMkAtt/1");

    expect(content).toEqual({ format: "base64", content: "eyJraW5kIjoibW9tZW50dW0ifQ==" });
    expect(invite.getAttachmentContentAsync).toHaveBeenCalledWith("AAMkAtt/1", expect.any(Function));
  });

  it("gives the item's REST ID, so the packet can be read through Graph on the manager's own copy", () => {
    openInOutlook(reviewInvite());

    expect(readItem(outlookMailboxItem()).restId).toBe("rest(v2.0):AAMkEws-Id==");
  });

  it("says unsupported, without calling Outlook, where attachment content needs a newer Outlook", async () => {
    const invite = reviewInvite();
    openInOutlook(invite, { sets: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"] });

    const item = readItem(outlookMailboxItem());

    await expect(item.getAttachmentContent("AAMkAtt/1")).rejects.toMatchObject({
      name: "MailboxItemError",
      reason: "unsupported",
    });
    expect(invite.getAttachmentContentAsync).not.toHaveBeenCalled();
    // The Graph route stays open.
    expect(item.restId).toBe("rest(v2.0):AAMkEws-Id==");
    await expect(item.listAttachments()).resolves.toHaveLength(2);
  });

  it("has no REST ID where Outlook cannot convert IDs (before Mailbox 1.3)", () => {
    openInOutlook(reviewInvite(), { sets: ["1.1", "1.2"] });

    expect(readItem(outlookMailboxItem()).restId).toBeNull();
  });

  it("reports an attachment that is not there as notFound, and another failure as failed", async () => {
    openInOutlook(reviewInvite({ getAttachmentContentAsync: fails("InvalidAttachmentId") }));
    await expect(readItem(outlookMailboxItem()).getAttachmentContent("gone")).rejects.toMatchObject({
      reason: "notFound",
    });

    openInOutlook(reviewInvite({ getAttachmentContentAsync: fails("InternalServerError") }));
    await expect(readItem(outlookMailboxItem()).getAttachmentContent("AAMkAtt/1")).rejects.toMatchObject({
      reason: "failed",
      cause: { name: "InternalServerError" },
    });
  });

  it("refuses content in a format Outlook does not document", async () => {
    openInOutlook(reviewInvite({ getAttachmentContentAsync: succeeds({ format: "html", content: "<b>" }) }));

    await expect(readItem(outlookMailboxItem()).getAttachmentContent("AAMkAtt/1")).rejects.toMatchObject({
      reason: "failed",
    });
  });

  it("knows a meeting request in the Inbox is a message", () => {
    openInOutlook(reviewInvite({ itemType: "message" }));

    expect(readItem(outlookMailboxItem()).itemType).toBe("message");
  });

  it("has no item when Outlook opened the pane on none", () => {
    openInOutlook(null);

    expect(outlookMailboxItem()).toBeNull();
  });
});

/** A meeting the rep is writing by hand (Appointment Organizer). */
function meetingBeingWritten(extra: Record<string, unknown> = {}) {
  return {
    itemType: "appointment",
    subject: { getAsync: succeeds("Review"), setAsync: succeeds() },
    body: { getTypeAsync: succeeds("html"), setAsync: succeeds(), prependAsync: succeeds() },
    requiredAttendees: { addAsync: succeeds(), getAsync: succeeds([]) },
    getAttachmentsAsync: succeeds([{ ...packetAttachment, contentType: undefined }]),
    addFileAttachmentFromBase64Async: succeeds("AAMkNewAtt"),
    removeAttachmentAsync: succeeds(),
    ...extra,
  };
}

describe("the Outlook item in compose mode (the rep writing a review meeting)", () => {
  it("attaches the packet from base64 and answers with the new attachment's ID", async () => {
    const meeting = meetingBeingWritten();
    openInOutlook(meeting);

    const item = composeItem(outlookMailboxItem());

    await expect(item.addFileAttachment("review-packet.json", "e30=")).resolves.toBe("AAMkNewAtt");
    expect(meeting.addFileAttachmentFromBase64Async).toHaveBeenCalledWith(
      "e30=",
      "review-packet.json",
      expect.any(Function),
    );
  });

  it("lists what is attached already, so a packet is replaced rather than attached twice", async () => {
    const meeting = meetingBeingWritten();
    openInOutlook(meeting);

    const item = composeItem(outlookMailboxItem());

    await expect(item.listAttachments()).resolves.toEqual([
      { id: "AAMkAtt/1", name: "review-packet.json", kind: "file", size: 2048, isInline: false },
    ]);
    await item.removeAttachment("AAMkAtt/1");
    expect(meeting.removeAttachmentAsync).toHaveBeenCalledWith("AAMkAtt/1", expect.any(Function));
  });

  it("writes the body as HTML, replacing it or before what the rep wrote", async () => {
    const meeting = meetingBeingWritten();
    openInOutlook(meeting);
    const item = composeItem(outlookMailboxItem());

    await item.setHtmlBody("<p>Calls</p>");
    await item.prependHtmlBody("<p>First</p>");

    expect(meeting.body.setAsync).toHaveBeenCalledWith(
      "<p>Calls</p>",
      { coercionType: "html" },
      expect.any(Function),
    );
    expect(meeting.body.prependAsync).toHaveBeenCalledWith(
      "<p>First</p>",
      { coercionType: "html" },
      expect.any(Function),
    );
  });

  it("refuses to write HTML into a plain-text body, where the tags would show", async () => {
    const meeting = meetingBeingWritten({
      body: { getTypeAsync: succeeds("text"), setAsync: succeeds(), prependAsync: succeeds() },
    });
    openInOutlook(meeting);
    const item = composeItem(outlookMailboxItem());

    await expect(item.prependHtmlBody("<p>Calls</p>")).rejects.toMatchObject({ reason: "unsupported" });
    await expect(item.setHtmlBody("<p>Calls</p>")).rejects.toMatchObject({ reason: "unsupported" });
    expect(meeting.body.prependAsync).not.toHaveBeenCalled();
    expect(meeting.body.setAsync).not.toHaveBeenCalled();
  });

  it("adds the manager as a required attendee in one call", async () => {
    const meeting = meetingBeingWritten();
    openInOutlook(meeting);

    await composeItem(outlookMailboxItem()).addRequiredAttendee("megan.bowen@contoso.example", "Megan Bowen");

    expect(meeting.requiredAttendees.addAsync).toHaveBeenCalledWith(
      [{ emailAddress: "megan.bowen@contoso.example", displayName: "Megan Bowen" }],
      expect.any(Function),
    );
  });

  it("refuses attendees on a mail, which has recipients instead", async () => {
    openInOutlook(meetingBeingWritten({ itemType: "message" }));

    await expect(
      composeItem(outlookMailboxItem()).addRequiredAttendee("megan.bowen@contoso.example", "Megan Bowen"),
    ).rejects.toMatchObject({ reason: "notAnAppointment" });
  });

  it("says unsupported before Mailbox 1.8 instead of attaching nothing silently", async () => {
    const meeting = meetingBeingWritten();
    openInOutlook(meeting, { sets: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"] });
    const item = composeItem(outlookMailboxItem());

    await expect(item.addFileAttachment("review-packet.json", "e30=")).rejects.toMatchObject({
      reason: "unsupported",
    });
    await expect(item.listAttachments()).rejects.toMatchObject({ reason: "unsupported" });
    expect(meeting.addFileAttachmentFromBase64Async).not.toHaveBeenCalled();
  });

  it("turns Outlook's failure, reported or thrown, into a MailboxItemError", async () => {
    openInOutlook(meetingBeingWritten({ addFileAttachmentFromBase64Async: fails("SizeLimitExceeded") }));
    await expect(
      composeItem(outlookMailboxItem()).addFileAttachment("review-packet.json", "e30="),
    ).rejects.toMatchObject({ name: "MailboxItemError", reason: "failed" });

    openInOutlook(
      meetingBeingWritten({
        body: {
          getTypeAsync: succeeds("html"),
          prependAsync: () => {
            throw new Error("Not implemented on this platform");
          },
        },
      }),
    );
    await expect(composeItem(outlookMailboxItem()).prependHtmlBody("<p>x</p>")).rejects.toMatchObject({
      reason: "failed",
    });
  });
});
