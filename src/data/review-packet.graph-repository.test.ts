import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { buildReviewPacket, REVIEW_ID_PROPERTY_ID, type ReviewPacket } from "../domain/review/index.ts";
import { makeCallSelection, makeNotes, makePacketInput } from "../domain/review/review.fixtures.ts";
import { createTestGraphClient } from "../graph/graph-client.fake.ts";
import {
  type MailboxAttachment,
  type MailboxAttachmentContent,
  MailboxItemError,
  type ReadMailboxItem,
} from "../hosts/mailbox-item.ts";
import { GraphReviewPacketRepository } from "./review-packet.graph-repository.ts";

const BASE = "http://graph.test/graph";
const EVENT = `${BASE}/v1.0/me/events/AAMkRest`;
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const repository = () => new GraphReviewPacketRepository(createTestGraphClient({ baseUrl: BASE }).client);

/** A packet whose rep wrote Dutch and an emoji. */
function dutchPacket(): ReviewPacket {
  const callId = "AAMkADk0ZWQ5ZTEx=";
  const flagNote = { value: "Prijs té vroeg genoemd 😬", at: "2026-11-18T13:02:11.504Z" };
  return buildReviewPacket(
    makePacketInput({ calls: [makeCallSelection(callId, { notes: makeNotes(callId, { flagNote }) })] }),
  );
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const packetFile = (text: string): MailboxAttachmentContent => ({ format: "base64", content: base64(text) });

const PACKET_ATTACHMENT: MailboxAttachment = {
  id: "ews-att-1",
  name: "review-packet.json",
  kind: "file",
  size: 1000,
  isInline: false,
};
const AGENDA: MailboxAttachment = {
  id: "ews-att-2",
  name: "agenda.pdf",
  kind: "file",
  size: 10,
  isInline: false,
};

/** The invite as Outlook hands it to the pane: its attachments, and the content of each, or a refusal. */
function invite(options: {
  attachments?: MailboxAttachment[];
  content?: MailboxAttachmentContent | MailboxItemError;
  restId?: string | null;
  itemType?: ReadMailboxItem["itemType"];
}): ReadMailboxItem {
  const content = options.content ?? packetFile(JSON.stringify(dutchPacket()));
  return {
    mode: "read",
    itemType: options.itemType ?? "appointment",
    restId: options.restId === undefined ? "AAMkRest" : options.restId,
    subject: "Call review: 1 call with Daan Visser",
    listAttachments: async () => options.attachments ?? [AGENDA, PACKET_ATTACHMENT],
    getAttachmentContent: vi.fn(async (id: string) => {
      if (content instanceof MailboxItemError) throw content;
      if (id !== PACKET_ATTACHMENT.id) throw new MailboxItemError("notFound", "no such attachment");
      return content;
    }),
  };
}

const unsupported = () => new MailboxItemError("unsupported", "needs Mailbox 1.8");

/** The manager's copy of the event in Graph, whose attachment IDs are REST IDs, not Outlook's. */
function managersCopyInGraph(contentBytes: string) {
  server.use(
    http.get(`${EVENT}/attachments`, () =>
      HttpResponse.json({
        value: [
          { "@odata.type": "#microsoft.graph.fileAttachment", id: "rest-att-2", name: "agenda.pdf" },
          { "@odata.type": "#microsoft.graph.fileAttachment", id: "rest-att-1", name: "Review-Packet.json" },
        ],
      }),
    ),
    http.get(`${EVENT}/attachments/rest-att-1`, () =>
      HttpResponse.json({
        "@odata.type": "#microsoft.graph.fileAttachment",
        id: "rest-att-1",
        name: "Review-Packet.json",
        contentBytes,
      }),
    ),
  );
}

describe("loading the packet of the invite the manager opened", () => {
  it("reads it from Outlook, Dutch and emoji intact, without asking Graph", async () => {
    const load = await repository().loadPacketForItem(invite({}));

    expect(load).toEqual({ kind: "ok", packet: dutchPacket() });
    if (load.kind === "ok") expect(load.packet.calls[0]?.flagNote).toBe("Prijs té vroeg genoemd 😬");
  });

  it("reads a packet that starts with a byte order mark", async () => {
    const load = await repository().loadPacketForItem(
      invite({ content: packetFile(`\uFEFF${JSON.stringify(dutchPacket())}`) }),
    );

    expect(load.kind).toBe("ok");
  });

  it("says noPacket for an invite without one", async () => {
    await expect(repository().loadPacketForItem(invite({ attachments: [AGENDA] }))).resolves.toEqual({
      kind: "noPacket",
    });
  });

  it("says invalid, with the reason, for a broken or tampered packet", async () => {
    const load = (text: string) => repository().loadPacketForItem(invite({ content: packetFile(text) }));
    const tampered = { ...JSON.parse(JSON.stringify(dutchPacket())), calls: [] };

    await expect(load("{ not json")).resolves.toEqual({
      kind: "invalid",
      reason: "not a Momentum review packet: not valid JSON",
    });
    await expect(load(JSON.stringify(tampered))).resolves.toEqual({
      kind: "invalid",
      reason: "calls: no calls",
    });
  });

  it("says invalid for bytes that are not UTF-8, and for a link instead of the file", async () => {
    const latin1 = Buffer.from([0x7b, 0xe9, 0x7d]).toString("base64");

    await expect(
      repository().loadPacketForItem(invite({ content: { format: "base64", content: latin1 } })),
    ).resolves.toEqual({ kind: "invalid", reason: "not UTF-8 text in base64" });
    await expect(
      repository().loadPacketForItem(
        invite({ content: { format: "url", content: "https://contoso.test/x" } }),
      ),
    ).resolves.toMatchObject({ kind: "invalid" });
  });

  it("says newerVersion for a packet from a newer Momentum, but not for another app's JSON", async () => {
    const newer = { ...JSON.parse(JSON.stringify(dutchPacket())), schemaVersion: 3, newField: true };
    const foreign = { kind: "someone.else", schemaVersion: 99 };

    await expect(
      repository().loadPacketForItem(invite({ content: packetFile(JSON.stringify(newer)) })),
    ).resolves.toEqual({ kind: "newerVersion", version: 3 });
    await expect(
      repository().loadPacketForItem(invite({ content: packetFile(JSON.stringify(foreign)) })),
    ).resolves.toMatchObject({ kind: "invalid" });
  });

  it("reads the manager's own copy through Graph when Outlook cannot hand the content over", async () => {
    managersCopyInGraph(base64(JSON.stringify(dutchPacket())));

    await expect(repository().loadPacketForItem(invite({ content: unsupported() }))).resolves.toEqual({
      kind: "ok",
      packet: dutchPacket(),
    });
  });

  it("checks the packet from Graph as strictly as the one from Outlook", async () => {
    managersCopyInGraph(base64('{"kind":"momentum.reviewPacket","schemaVersion":2}'));

    await expect(repository().loadPacketForItem(invite({ content: unsupported() }))).resolves.toEqual({
      kind: "newerVersion",
      version: 2,
    });
  });

  it("says unavailable, with Graph's reason, when Graph cannot be read either", async () => {
    server.use(
      http.get(`${EVENT}/attachments`, () =>
        HttpResponse.json(
          { error: { code: "ErrorAccessDenied", message: "Access is denied." } },
          { status: 403 },
        ),
      ),
    );

    const load = await repository().loadPacketForItem(invite({ content: unsupported() }));

    expect(load).toMatchObject({
      kind: "unavailable",
      error: { name: "GraphRequestError", kind: "forbidden" },
    });
  });

  it("says unavailable, with Outlook's reason, when there is no event to read through Graph", async () => {
    const noRestId = await repository().loadPacketForItem(invite({ content: unsupported(), restId: null }));
    const meetingRequest = await repository().loadPacketForItem(
      invite({ content: unsupported(), itemType: "message" }),
    );

    expect(noRestId).toMatchObject({
      kind: "unavailable",
      error: { name: "MailboxItemError", reason: "unsupported" },
    });
    expect(meetingRequest).toMatchObject({ kind: "unavailable", error: { reason: "unsupported" } });
  });
});

describe("the follow-up", () => {
  it("is sent with POST /me/sendMail as built, tag included", async () => {
    let sent: unknown = null;
    server.use(
      http.post(`${BASE}/v1.0/me/sendMail`, async ({ request }) => {
        sent = await request.json();
        return new HttpResponse(null, { status: 202 });
      }),
    );
    const message = {
      subject: "What we agreed",
      singleValueExtendedProperties: [{ id: REVIEW_ID_PROPERTY_ID, value: "review-1" }],
    };

    await repository().sendFollowUp({
      reviewId: "review-1",
      to: { name: "Daan Visser", email: "daan.visser@contoso.example" },
      subject: "What we agreed",
      html: "<p>x</p>",
      message,
    });

    expect(sent).toEqual({ message, saveToSentItems: true });
  });

  it("is found for the rep by review ID, the newest when the manager sent it twice", async () => {
    server.use(
      http.post(`${BASE}/v1.0/$batch`, async ({ request }) => {
        const { requests } = (await request.json()) as { requests: Array<{ id: string; url: string }> };
        return HttpResponse.json({
          responses: requests.map(({ id, url }) => ({
            id,
            status: 200,
            body: {
              value: decodeURIComponent(url).includes("'review-1'")
                ? [
                    { id: "m1", subject: "First", receivedDateTime: "2026-11-20T09:00:00Z" },
                    {
                      id: "m2",
                      subject: "Again",
                      receivedDateTime: "2026-11-20T10:00:00Z",
                      webLink: "https://o/2",
                    },
                  ]
                : [],
            },
          })),
        });
      }),
    );

    const found = await repository().findFollowUps(["review-1", "review-2"]);

    expect(found).toEqual(
      new Map([
        [
          "review-1",
          {
            messageId: "m2",
            subject: "Again",
            receivedAt: new Date("2026-11-20T10:00:00Z"),
            webLink: "https://o/2",
          },
        ],
      ]),
    );
  });
});
