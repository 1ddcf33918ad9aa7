import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestGraphClient } from "../graph/graph-client.fake.ts";
import { demoPaneFromUrl, demoReviewPaneUrl, openDemoMailboxItem } from "./demo-mailbox-item.ts";

const BASE = "http://demo.test/graph";
const EVENT = `${BASE}/v1.0/me/events/AAMkInvite`;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The manager's copy of a review invite in the emulator, with the packet and an attached agenda. */
function reviewInviteInCalendar() {
  server.use(
    http.get(EVENT, () =>
      HttpResponse.json({ id: "AAMkInvite", subject: "Call review: 2 calls with Daan Visser" }),
    ),
    http.get(`${EVENT}/attachments`, () =>
      HttpResponse.json({
        value: [
          {
            "@odata.type": "#microsoft.graph.fileAttachment",
            id: "att-1",
            name: "review-packet.json",
            size: 10,
          },
          { "@odata.type": "#microsoft.graph.itemAttachment", id: "att-2", name: "Agenda", size: 5 },
        ],
      }),
    ),
    http.get(`${EVENT}/attachments/att-1`, () =>
      HttpResponse.json({
        "@odata.type": "#microsoft.graph.fileAttachment",
        id: "att-1",
        name: "review-packet.json",
        contentBytes: "e30=",
      }),
    ),
  );
}

const notFound = () =>
  HttpResponse.json({ error: { code: "ErrorItemNotFound", message: "Not found." } }, { status: 404 });

const graph = () =>
  createTestGraphClient({ baseUrl: BASE, token: "demo:megan.bowen@contoso.example" }).client;

describe("the demo's stand-in for the manager's Outlook item", () => {
  it("reads the invite, its attachments and the packet's content like Office.js would hand them over", async () => {
    reviewInviteInCalendar();

    const item = await openDemoMailboxItem(graph(), "AAMkInvite");

    expect(item).toMatchObject({
      mode: "read",
      itemType: "appointment",
      restId: "AAMkInvite",
      subject: "Call review: 2 calls with Daan Visser",
    });
    await expect(item.listAttachments()).resolves.toEqual([
      { id: "att-1", name: "review-packet.json", kind: "file", size: 10, isInline: false },
      { id: "att-2", name: "Agenda", kind: "item", size: 5, isInline: false },
    ]);
    await expect(item.getAttachmentContent("att-1")).resolves.toEqual({ format: "base64", content: "e30=" });
  });

  it("says notFound for an event that is not in the signed-in user's calendar", async () => {
    server.use(http.get(EVENT, notFound));

    await expect(openDemoMailboxItem(graph(), "AAMkInvite")).rejects.toMatchObject({
      name: "MailboxItemError",
      reason: "notFound",
    });
  });

  it("says notFound for an attachment that is gone, and failed when Graph cannot be reached", async () => {
    reviewInviteInCalendar();
    const item = await openDemoMailboxItem(graph(), "AAMkInvite");
    server.use(
      http.get(`${EVENT}/attachments/att-1`, notFound),
      http.get(`${EVENT}/attachments`, () => HttpResponse.error()),
    );

    await expect(item.getAttachmentContent("att-1")).rejects.toMatchObject({ reason: "notFound" });
    await expect(item.listAttachments()).rejects.toMatchObject({
      reason: "failed",
      cause: { name: "GraphRequestError", kind: "network" },
    });
  });
});

describe("opening the manager's pane in the demo", () => {
  it.each([
    ["?pane=review&eventId=AAMk%2Babc%3D", { pane: "review", eventId: "AAMk+abc=" }],
    ["?host=demo&pane=review&eventId=AAMk1", { pane: "review", eventId: "AAMk1" }],
    ["?pane=review", null],
    ["?pane=review&eventId=%20", null],
    ["?pane=compose&eventId=AAMk1", null],
    ["?eventId=AAMk1", null],
  ])("reads %s", (query, expected) => {
    expect(demoPaneFromUrl(new URL(`http://localhost:3000/${query}`))).toEqual(expected);
  });

  it("writes a URL that reads back as the same event, keeping the page's other choices", () => {
    const url = demoReviewPaneUrl(new URL("http://localhost:3000/?lang=nl"), "AAMk+abc/=");

    expect(url.searchParams.get("lang")).toBe("nl");
    expect(demoPaneFromUrl(url)).toEqual({ pane: "review", eventId: "AAMk+abc/=" });
  });
});
