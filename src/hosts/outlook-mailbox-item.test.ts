import { afterEach, describe, expect, it, vi } from "vitest";
import {
  composeItemInPane,
  MAILBOX_1_7,
  type OfficeAsyncResult,
  readItemInPane,
  stubOutlook,
} from "./outlook-mailbox-item.office-mock.ts";
import { outlookMailboxItem } from "./outlook-mailbox-item.ts";

/** An Office.js `…Async` method that answers later, like Outlook does, through the callback it was given last. */
function answers(result: OfficeAsyncResult) {
  return vi.fn((...args: unknown[]) => {
    const callback = args.at(-1) as (result: OfficeAsyncResult) => void;
    setTimeout(() => callback(result), 0);
  });
}

const succeeds = (value?: unknown) => answers({ status: "succeeded", value });
const fails = (name: string) =>
  answers({ status: "failed", error: { name, message: `${name} happened`, code: 9000 } });

afterEach(() => {
  vi.unstubAllGlobals();
});

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
    stubOutlook(reviewInvite());

    const item = readItemInPane();

    expect(item.itemType).toBe("appointment");
    expect(item.subject).toBe("Call review: 2 calls with Daan Visser");
    await expect(item.listAttachments()).resolves.toEqual([
      { id: "AAMkAtt/1", name: "review-packet.json", kind: "file", size: 2048, isInline: false },
      { id: "AAMkAtt2", name: "Agenda", kind: "item", size: 300, isInline: false },
    ]);
  });

  it("hands over a file attachment's content as base64 (Mailbox 1.8)", async () => {
    const invite = reviewInvite();
    stubOutlook(invite);

    const content = await readItemInPane().getAttachmentContent("AAMkAtt/1");

    expect(content).toEqual({ format: "base64", content: "eyJraW5kIjoibW9tZW50dW0ifQ==" });
    expect(invite.getAttachmentContentAsync).toHaveBeenCalledWith("AAMkAtt/1", expect.any(Function));
  });

  it("gives the item's REST ID, so the packet can be read through Graph on the manager's own copy", () => {
    stubOutlook(reviewInvite());

    expect(readItemInPane().restId).toBe("rest(v2.0):AAMkEws-Id==");
  });

  it("says unsupported, without calling Outlook, where attachment content needs a newer Outlook", async () => {
    const invite = reviewInvite();
    stubOutlook(invite, { sets: MAILBOX_1_7 });

    const item = readItemInPane();

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
    stubOutlook(reviewInvite(), { sets: ["1.1", "1.2"] });

    expect(readItemInPane().restId).toBeNull();
  });

  it("reports an attachment that is not there as notFound, and another failure as failed", async () => {
    stubOutlook(reviewInvite({ getAttachmentContentAsync: fails("InvalidAttachmentId") }));
    await expect(readItemInPane().getAttachmentContent("gone")).rejects.toMatchObject({
      reason: "notFound",
    });

    stubOutlook(reviewInvite({ getAttachmentContentAsync: fails("InternalServerError") }));
    await expect(readItemInPane().getAttachmentContent("AAMkAtt/1")).rejects.toMatchObject({
      reason: "failed",
      cause: { name: "InternalServerError" },
    });
  });

  it("refuses content in a format Outlook does not document", async () => {
    stubOutlook(reviewInvite({ getAttachmentContentAsync: succeeds({ format: "html", content: "<b>" }) }));

    await expect(readItemInPane().getAttachmentContent("AAMkAtt/1")).rejects.toMatchObject({
      reason: "failed",
    });
  });

  it("knows a meeting request in the Inbox is a message", () => {
    stubOutlook(reviewInvite({ itemType: "message" }));

    expect(readItemInPane().itemType).toBe("message");
  });

  it("has no item when Outlook opened the pane on none", () => {
    stubOutlook(null);

    expect(outlookMailboxItem()).toBeNull();
  });
});

/** A meeting the rep is writing by hand (Appointment Organizer). */
function meetingBeingWritten(extra: Record<string, unknown> = {}) {
  return {
    itemType: "appointment",
    subject: { getAsync: succeeds("Review"), setAsync: succeeds() },
    body: {
      getTypeAsync: succeeds("html"),
      getAsync: succeeds("<html><head></head><body><p>Agenda</p></body></html>"),
      setAsync: succeeds(),
      prependAsync: succeeds(),
    },
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
    stubOutlook(meeting);

    const item = composeItemInPane();

    await expect(item.addFileAttachment("review-packet.json", "e30=")).resolves.toBe("AAMkNewAtt");
    expect(meeting.addFileAttachmentFromBase64Async).toHaveBeenCalledWith(
      "e30=",
      "review-packet.json",
      expect.any(Function),
    );
  });

  it("lists what is attached already, so a packet is replaced rather than attached twice", async () => {
    const meeting = meetingBeingWritten();
    stubOutlook(meeting);

    const item = composeItemInPane();

    await expect(item.listAttachments()).resolves.toEqual([
      { id: "AAMkAtt/1", name: "review-packet.json", kind: "file", size: 2048, isInline: false },
    ]);
    await item.removeAttachment("AAMkAtt/1");
    expect(meeting.removeAttachmentAsync).toHaveBeenCalledWith("AAMkAtt/1", expect.any(Function));
  });

  it("reads the body as HTML, and writes it as HTML, replacing it or before what the rep wrote", async () => {
    const meeting = meetingBeingWritten();
    stubOutlook(meeting);
    const item = composeItemInPane();

    await expect(item.getHtmlBody()).resolves.toBe("<html><head></head><body><p>Agenda</p></body></html>");
    expect(meeting.body.getAsync).toHaveBeenCalledWith("html", expect.any(Function));
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
      body: {
        getTypeAsync: succeeds("text"),
        getAsync: succeeds("Agenda"),
        setAsync: succeeds(),
        prependAsync: succeeds(),
      },
    });
    stubOutlook(meeting);
    const item = composeItemInPane();

    await expect(item.getHtmlBody()).rejects.toMatchObject({ reason: "unsupported" });
    await expect(item.prependHtmlBody("<p>Calls</p>")).rejects.toMatchObject({ reason: "unsupported" });
    await expect(item.setHtmlBody("<p>Calls</p>")).rejects.toMatchObject({ reason: "unsupported" });
    expect(meeting.body.prependAsync).not.toHaveBeenCalled();
    expect(meeting.body.setAsync).not.toHaveBeenCalled();
  });

  it("adds the manager as a required attendee in one call", async () => {
    const meeting = meetingBeingWritten();
    stubOutlook(meeting);

    await composeItemInPane().addRequiredAttendee("megan.bowen@contoso.example", "Megan Bowen");

    expect(meeting.requiredAttendees.addAsync).toHaveBeenCalledWith(
      [{ emailAddress: "megan.bowen@contoso.example", displayName: "Megan Bowen" }],
      expect.any(Function),
    );
  });

  it("refuses attendees on a mail, which has recipients instead", async () => {
    stubOutlook(meetingBeingWritten({ itemType: "message" }));

    await expect(
      composeItemInPane().addRequiredAttendee("megan.bowen@contoso.example", "Megan Bowen"),
    ).rejects.toMatchObject({ reason: "notAnAppointment" });
  });

  it("says unsupported before Mailbox 1.8 instead of attaching nothing silently", async () => {
    const meeting = meetingBeingWritten();
    stubOutlook(meeting, { sets: MAILBOX_1_7 });
    const item = composeItemInPane();

    await expect(item.addFileAttachment("review-packet.json", "e30=")).rejects.toMatchObject({
      reason: "unsupported",
    });
    await expect(item.listAttachments()).rejects.toMatchObject({ reason: "unsupported" });
    expect(meeting.addFileAttachmentFromBase64Async).not.toHaveBeenCalled();
  });

  it("says unsupported for reading or replacing the whole body before Mailbox 1.3, where only prepending works", async () => {
    const meeting = meetingBeingWritten();
    stubOutlook(meeting, { sets: ["1.1", "1.2"] });
    const item = composeItemInPane();

    await expect(item.getHtmlBody()).rejects.toMatchObject({ reason: "unsupported" });
    await expect(item.setHtmlBody("<p>Calls</p>")).rejects.toMatchObject({ reason: "unsupported" });
    await item.prependHtmlBody("<p>Calls</p>");
    expect(meeting.body.getAsync).not.toHaveBeenCalled();
    expect(meeting.body.prependAsync).toHaveBeenCalledTimes(1);
  });

  it("turns Outlook's failure, reported or thrown, into a MailboxItemError", async () => {
    stubOutlook(meetingBeingWritten({ addFileAttachmentFromBase64Async: fails("SizeLimitExceeded") }));
    await expect(composeItemInPane().addFileAttachment("review-packet.json", "e30=")).rejects.toMatchObject({
      name: "MailboxItemError",
      reason: "failed",
    });

    stubOutlook(
      meetingBeingWritten({
        body: {
          getTypeAsync: succeeds("html"),
          prependAsync: () => {
            throw new Error("Not implemented on this platform");
          },
        },
      }),
    );
    await expect(composeItemInPane().prependHtmlBody("<p>x</p>")).rejects.toMatchObject({
      reason: "failed",
    });
  });
});
