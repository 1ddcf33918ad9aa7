// @vitest-environment jsdom
// The body is parsed as Outlook's editor would hold it; attaching again must find what it wrote before.
import { afterEach, describe, expect, it, vi } from "vitest";
import { meetingInOutlook } from "./compose-review.office-mock.ts";
import { attachReviewToMeeting, REVIEW_BLOCK_ID } from "./compose-review.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

const REVIEW = { html: "<table><tr><td>Fabrikam</td></tr></table>", packetBase64: "eyJhIjoxfQ==" };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

describe("attaching the chosen calls to the meeting the rep is writing", () => {
  it("attaches the packet and puts the calls, as one fragment, above what the rep wrote", async () => {
    const { item, meeting } = meetingInOutlook({ body: "<p>Agenda: our calls</p>" });

    const id = await attachReviewToMeeting(item, REVIEW);

    expect(meeting.attachments).toEqual([{ id, name: "review-packet.json", base64: "eyJhIjoxfQ==" }]);
    expect(meeting.body).toBe(
      `<div id="${REVIEW_BLOCK_ID}"><table><tr><td>Fabrikam</td></tr></table></div><p>Agenda: our calls</p>`,
    );
  });

  it("replaces the calls it wrote before where they stand, keeping what the rep wrote around them", async () => {
    const { item, meeting } = meetingInOutlook({
      body: [
        "<html><head><style>p { margin: 0 }</style></head><body><p>Hi Megan,</p>",
        `<div id="${REVIEW_BLOCK_ID}"><p>Old calls</p></div><p>See you then.</p></body></html>`,
      ].join(""),
    });

    await attachReviewToMeeting(item, { ...REVIEW, html: "<p>New calls</p>" });
    await attachReviewToMeeting(item, { ...REVIEW, html: "<p>Newest calls</p>" });

    const body = parse(meeting.body);
    expect(body.querySelectorAll(`[id="${REVIEW_BLOCK_ID}"]`)).toHaveLength(1);
    expect([...body.body.children].map((element) => element.textContent)).toEqual([
      "Hi Megan,",
      "Newest calls",
      "See you then.",
    ]);
    expect(body.head.querySelector("style")?.textContent).toBe("p { margin: 0 }");
  });

  it("leaves one block where Outlook kept two copies of it", async () => {
    const block = `<div id="${REVIEW_BLOCK_ID}"><p>Old calls</p></div>`;
    const { item, meeting } = meetingInOutlook({ body: `${block}<p>Agenda</p>${block}` });

    await attachReviewToMeeting(item, { ...REVIEW, html: "<p>New calls</p>" });

    expect(parse(meeting.body).body.textContent).toBe("New callsAgenda");
  });

  it("replaces a packet attached before, leaving the rep's other files", async () => {
    const { item, meeting } = meetingInOutlook({
      attachments: [
        { id: "old", name: "Review-Packet.json", base64: "b2xk" },
        { id: "deck", name: "deck.pptx", base64: "ZGVjaw==" },
      ],
    });

    await attachReviewToMeeting(item, REVIEW);

    expect(meeting.attachments.map((attachment) => attachment.name)).toEqual([
      "deck.pptx",
      "review-packet.json",
    ]);
    expect(meeting.attachments.find((attachment) => attachment.name === "review-packet.json")?.base64).toBe(
      "eyJhIjoxfQ==",
    );
  });

  it("leaves the body as the rep wrote it when Outlook refuses the packet", async () => {
    const { item, meeting } = meetingInOutlook({ refuse: { addFile: "SizeLimitExceeded" } });

    await expect(attachReviewToMeeting(item, REVIEW)).rejects.toMatchObject({ reason: "failed" });
    expect(meeting.body).toBe("<p>Agenda</p>");
  });

  it("attaches nothing to a plain-text meeting, whose body cannot take the calls", async () => {
    const { item, meeting } = meetingInOutlook({ bodyType: "text" });

    await expect(attachReviewToMeeting(item, REVIEW)).rejects.toMatchObject({ reason: "unsupported" });
    expect(meeting.attachments).toEqual([]);
    expect(meeting.body).toBe("<p>Agenda</p>");
  });
});
