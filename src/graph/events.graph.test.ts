import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  addFileAttachment,
  createEvent,
  getEventSubject,
  getFileAttachment,
  listAttachments,
  updateEvent,
} from "./events.graph.ts";
import { createTestGraphClient } from "./graph-client.fake.ts";

const BASE = "http://graph.test/graph";
const EVENTS = `${BASE}/v1.0/me/events`;
const UPLOAD = "https://outlook.office.test/api/v2.0/AttachmentSessions/session-1";
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const graphEvent = {
  id: "AAMk1",
  webLink: "https://outlook.office365.test/owa/?itemid=AAMk1",
  onlineMeeting: { joinUrl: "https://teams.microsoft.test/l/meetup-join/1" },
  start: { dateTime: "2026-11-30T09:00:00.0000000", timeZone: "UTC" },
  end: { dateTime: "2026-11-30T09:30:00.0000000", timeZone: "UTC" },
  transactionId: "tx-1",
};

const expectedEvent = {
  id: "AAMk1",
  webLink: "https://outlook.office365.test/owa/?itemid=AAMk1",
  joinUrl: "https://teams.microsoft.test/l/meetup-join/1",
  start: new Date("2026-11-30T09:00:00Z"),
  end: new Date("2026-11-30T09:30:00Z"),
  transactionId: "tx-1",
};

const base64Of = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

describe("createEvent", () => {
  it("POSTs the event with its transactionId, asks for UTC, and reads the created event", async () => {
    let sent: { body: unknown; prefer: string | null } | null = null;
    server.use(
      http.post(EVENTS, async ({ request }) => {
        sent = { body: await request.json(), prefer: request.headers.get("prefer") };
        return HttpResponse.json(graphEvent, { status: 201 });
      }),
    );
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });
    const event = { subject: "Call review: 2 calls", transactionId: "tx-1", isOnlineMeeting: true };

    await expect(createEvent(client, event)).resolves.toEqual(expectedEvent);
    expect(sent).toEqual({ body: event, prefer: 'outlook.timezone="UTC"' });
    expect(tokenRequests).toEqual([["Calendars.ReadWrite"]]);
  });

  it("refuses to create an event without a transactionId", async () => {
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(createEvent(client, { subject: "x" })).rejects.toThrow(RangeError);
  });

  it("does not repeat the POST by itself when the connection drops", async () => {
    let posts = 0;
    server.use(
      http.post(EVENTS, () => {
        posts += 1;
        return HttpResponse.error();
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(createEvent(client, { transactionId: "tx-1" })).rejects.toMatchObject({ kind: "network" });
    expect(posts).toBe(1);
  });
});

describe("updateEvent", () => {
  it("PATCHes the event", async () => {
    let sent: unknown = null;
    server.use(
      http.patch(`${EVENTS}/AAMk1`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(graphEvent);
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });
    const patch = { body: { contentType: "html" as const, content: "<p>Hi</p>" } };

    await expect(updateEvent(client, "AAMk1", patch)).resolves.toEqual(expectedEvent);
    expect(sent).toEqual(patch);
  });
});

describe("listAttachments", () => {
  it("lists names, sizes and kinds, without the content, with the read permission every user has", async () => {
    let select: string | null = null;
    server.use(
      http.get(`${EVENTS}/AAMk1/attachments`, ({ request }) => {
        select = new URL(request.url).searchParams.get("$select");
        return HttpResponse.json({
          value: [
            {
              "@odata.type": "#microsoft.graph.fileAttachment",
              id: "att-1",
              name: "review-packet.json",
              size: 1200,
            },
            {
              "@odata.type": "#microsoft.graph.itemAttachment",
              id: "att-2",
              name: "Agenda",
              isInline: false,
            },
            {
              "@odata.type": "#microsoft.graph.referenceAttachment",
              id: "att-3",
              name: "Deck.pptx",
              isInline: true,
            },
          ],
        });
      }),
    );
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    await expect(listAttachments(client, "AAMk1")).resolves.toEqual([
      { id: "att-1", name: "review-packet.json", size: 1200, kind: "file", isInline: false },
      { id: "att-2", name: "Agenda", size: null, kind: "item", isInline: false },
      { id: "att-3", name: "Deck.pptx", size: null, kind: "cloud", isInline: true },
    ]);
    expect(select).toBe("id,name,size,isInline");
    expect(tokenRequests).toEqual([["Calendars.Read"]]);
  });
});

describe("getFileAttachment", () => {
  it("reads one file attachment with its base64 content", async () => {
    server.use(
      http.get(`${EVENTS}/AAMk1/attachments/att%2F1`, () =>
        HttpResponse.json({
          "@odata.type": "#microsoft.graph.fileAttachment",
          id: "att/1",
          name: "review-packet.json",
          contentType: "application/json",
          size: 2,
          contentBytes: "e30=",
        }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(getFileAttachment(client, "AAMk1", "att/1")).resolves.toEqual({
      name: "review-packet.json",
      contentType: "application/json",
      contentBytes: "e30=",
    });
  });

  it("refuses an attached mail, which has no file content", async () => {
    server.use(
      http.get(`${EVENTS}/AAMk1/attachments/att-2`, () =>
        HttpResponse.json({ "@odata.type": "#microsoft.graph.itemAttachment", id: "att-2", name: "Agenda" }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(getFileAttachment(client, "AAMk1", "att-2")).rejects.toMatchObject({ kind: "other" });
  });

  it("reports an attachment that is gone as notFound", async () => {
    server.use(
      http.get(`${EVENTS}/AAMk1/attachments/gone`, () =>
        HttpResponse.json({ error: { code: "ErrorItemNotFound", message: "Not found" } }, { status: 404 }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(getFileAttachment(client, "AAMk1", "gone")).rejects.toMatchObject({ kind: "notFound" });
  });
});

describe("getEventSubject", () => {
  it("reads the subject of an event in the signed-in user's calendar", async () => {
    server.use(
      http.get(`${EVENTS}/AAMk1`, ({ request }) =>
        new URL(request.url).searchParams.get("$select") === "subject"
          ? HttpResponse.json({ id: "AAMk1", subject: "Call review: 2 calls with Daan Visser" })
          : HttpResponse.json({ error: { code: "BadRequest" } }, { status: 400 }),
      ),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(getEventSubject(client, "AAMk1")).resolves.toBe("Call review: 2 calls with Daan Visser");
  });
});

describe("addFileAttachment", () => {
  it("POSTs a small file as a fileAttachment", async () => {
    let sent: unknown = null;
    server.use(
      http.post(`${EVENTS}/AAMk1/attachments`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json({ id: "att-1" }, { status: 201 });
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });
    const attachment = { name: "review-packet.json", contentType: "application/json", contentBytes: "e30=" };

    await addFileAttachment(client, "AAMk1", attachment);

    expect(sent).toEqual({ "@odata.type": "#microsoft.graph.fileAttachment", ...attachment });
  });

  it("sends a file over 3 MB through an upload session, in ranges, without our token", async () => {
    const size = 3 * 1024 * 1024 + 10;
    const bytes = new Uint8Array(size).map((_, index) => index % 251);
    let sessionRequest: unknown = null;
    const puts: Array<{ range: string | null; authorization: string | null; body: Uint8Array }> = [];
    server.use(
      http.post(`${EVENTS}/AAMk1/attachments/createUploadSession`, async ({ request }) => {
        sessionRequest = await request.json();
        return HttpResponse.json(
          { uploadUrl: `${UPLOAD}?authtoken=opaque`, nextExpectedRanges: ["0-"] },
          { status: 201 },
        );
      }),
      http.put(UPLOAD, async ({ request }) => {
        puts.push({
          range: request.headers.get("content-range"),
          authorization: request.headers.get("authorization"),
          body: new Uint8Array(await request.arrayBuffer()),
        });
        const received = puts.reduce((sum, put) => sum + put.body.byteLength, 0);
        return received < size
          ? HttpResponse.json({ nextExpectedRanges: [`${received}`] })
          : new HttpResponse(null, { status: 201 });
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await addFileAttachment(client, "AAMk1", {
      name: "review-packet.json",
      contentType: "application/json",
      contentBytes: base64Of(bytes),
    });

    expect(sessionRequest).toEqual({
      AttachmentItem: {
        attachmentType: "file",
        name: "review-packet.json",
        contentType: "application/json",
        size,
      },
    });
    expect(puts.map((put) => put.range)).toEqual([
      `bytes 0-2097151/${size}`,
      `bytes 2097152-${size - 1}/${size}`,
    ]);
    expect(puts.map((put) => put.authorization)).toEqual([null, null]);
    const uploaded = new Uint8Array(size);
    uploaded.set(puts[0]?.body ?? new Uint8Array(), 0);
    uploaded.set(puts[1]?.body ?? new Uint8Array(), 2_097_152);
    // Compared as buffers: a deep equality over three million elements takes seconds.
    expect(Buffer.from(uploaded).equals(Buffer.from(bytes))).toBe(true);
  });

  it("reports a range the upload URL refuses", async () => {
    server.use(
      http.post(`${EVENTS}/AAMk1/attachments/createUploadSession`, () =>
        HttpResponse.json({ uploadUrl: UPLOAD, nextExpectedRanges: ["0-"] }, { status: 201 }),
      ),
      http.put(UPLOAD, () => HttpResponse.json({ error: { code: "ErrorItemNotFound" } }, { status: 404 })),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });
    const contentBytes = base64Of(new Uint8Array(3 * 1024 * 1024 + 1));

    await expect(
      addFileAttachment(client, "AAMk1", { name: "a.json", contentType: "application/json", contentBytes }),
    ).rejects.toMatchObject({ kind: "notFound" });
  });
});
