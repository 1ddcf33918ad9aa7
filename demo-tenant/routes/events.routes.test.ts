import type { Attachment, Event } from "@microsoft/microsoft-graph-types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { allEvents, type GraphErrorBody, graphClient, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";

let server: DemoTenantServer;
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterAll(() => server.close());
beforeEach(() => server.tenant.reset());

const rep = () => graphClient(server, DEMO_REP_UPN);
const manager = () => graphClient(server, DEMO_MANAGER_UPN);
const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

const review = (extra: Record<string, unknown> = {}) => ({
  subject: "Call review: 2 calls",
  body: { contentType: "html", content: "<p>Let's walk through two calls.</p>" },
  start: { dateTime: "2026-11-19T14:00:00", timeZone: "Europe/Amsterdam" },
  end: { dateTime: "2026-11-19T14:30:00", timeZone: "Europe/Amsterdam" },
  attendees: [{ type: "required", emailAddress: { address: DEMO_MANAGER_UPN, name: "Megan Bowen" } }],
  isOnlineMeeting: true,
  onlineMeetingProvider: "teamsForBusiness",
  ...extra,
});

async function createReview(extra: Record<string, unknown> = {}): Promise<Event> {
  const response = await rep()("/me/events", json(review(extra)));
  expect(response.status).toBe(201);
  return (await response.json()) as Event;
}

const window = { start: "2026-11-19T00:00:00Z", end: "2026-11-20T00:00:00Z" };
const managersCopy = async (): Promise<Event | undefined> =>
  (await allEvents(server, window, DEMO_MANAGER_UPN)).find((e) => e.subject === "Call review: 2 calls");

const packet = Buffer.from(JSON.stringify({ schemaVersion: 1, calls: ["Fabrikam"] }), "utf8");
const attach = (eventId: string) =>
  rep()(
    `/me/events/${eventId}/attachments`,
    json({
      "@odata.type": "#microsoft.graph.fileAttachment",
      name: "review-packet.json",
      contentType: "application/json",
      contentBytes: packet.toString("base64"),
    }),
  );

describe("creating events", () => {
  it("creates a Teams meeting in the caller's calendar with Graph's event shape", async () => {
    const event = await createReview();
    expect(event).toMatchObject({
      subject: "Call review: 2 calls",
      isOrganizer: true,
      isOnlineMeeting: true,
      onlineMeetingProvider: "teamsForBusiness",
      responseStatus: { response: "organizer" },
      start: { dateTime: "2026-11-19T13:00:00.0000000", timeZone: "UTC" },
      end: { dateTime: "2026-11-19T13:30:00.0000000", timeZone: "UTC" },
    });
    expect(event.id).toMatch(/^AAMkAD/);
    expect((event as Record<string, unknown>)["@odata.etag"]).toMatch(/^W\/"/);
    expect(event.webLink).toContain(encodeURIComponent(event.id ?? ""));
    expect(event.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);

    const fetched = await rep()(`/me/events/${event.id}`);
    expect(fetched.status).toBe(200);
    expect(((await fetched.json()) as Event).subject).toBe("Call review: 2 calls");
  });

  it("delivers an invitation into the manager's calendar, with its own ID and no answer yet", async () => {
    const event = await createReview();
    const copy = await managersCopy();
    expect(copy).toMatchObject({
      isOrganizer: false,
      showAs: "tentative",
      responseStatus: { response: "notResponded" },
      organizer: { emailAddress: { address: DEMO_REP_UPN } },
      iCalUId: event.iCalUId,
    });
    expect(copy?.id).not.toBe(event.id);
    expect(copy?.onlineMeeting?.joinUrl).toBe(event.onlineMeeting?.joinUrl);
  });

  it("makes one event for two POSTs with the same transactionId, answering both with it", async () => {
    const first = await createReview({ transactionId: "2d1f1c4e-retry-1" });
    const second = await createReview({ transactionId: "2d1f1c4e-retry-1" });
    expect(second.id).toBe(first.id);
    expect(second.transactionId).toBe("2d1f1c4e-retry-1");

    const mine = (await allEvents(server, window)).filter((e) => e.subject === "Call review: 2 calls");
    const hers = (await allEvents(server, window, DEMO_MANAGER_UPN)).filter(
      (e) => e.subject === "Call review: 2 calls",
    );
    expect(mine).toHaveLength(1);
    expect(hers).toHaveLength(1);

    const other = await createReview({ transactionId: "another-one" });
    expect(other.id).not.toBe(first.id);
  });

  it("makes one event when a double click sends the same transactionId twice at once", async () => {
    const [a, b] = await Promise.all([
      createReview({ transactionId: "double-click" }),
      createReview({ transactionId: "double-click" }),
    ]);
    expect(a.id).toBe(b.id);
    expect((await allEvents(server, window)).filter((e) => e.transactionId === "double-click")).toHaveLength(
      1,
    );
  });

  it("shows created events in calendarView next to the seeded ones", async () => {
    const event = await createReview();
    const view = await allEvents(server, { start: "2026-11-18T00:00:00Z", end: window.end });
    expect(view.map((e) => e.id)).toContain(event.id);
    expect(view.map((e) => e.subject)).toContain("Forecast update");
  });

  it("still runs into injected faults: a 429 on POST /me/events creates nothing", async () => {
    server.tenant.faults.add({ kind: "throttle", method: "POST", path: "/me/events", retryAfterSeconds: 2 });
    const throttled = await rep()("/me/events", json(review()));
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("2");
    expect(await managersCopy()).toBeUndefined();

    await createReview();
    expect(await managersCopy()).toBeDefined();
  });

  it("refuses an event without a time, with Graph's error body", async () => {
    const response = await rep()("/me/events", json({ subject: "No time" }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as GraphErrorBody).error.code).toBe("ErrorInvalidRequest");
  });

  it("deletes the organizer's event and cancels the manager's copy", async () => {
    const event = await createReview();
    expect((await rep()(`/me/events/${event.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await rep()(`/me/events/${event.id}`)).status).toBe(404);
    const copy = (await allEvents(server, window, DEMO_MANAGER_UPN)).find((e) => e.iCalUId === event.iCalUId);
    expect(copy).toMatchObject({ isCancelled: true, subject: "Canceled: Call review: 2 calls" });
  });
});

describe("attachments", () => {
  it("reach the manager's copy only with the organizer's update after attaching", async () => {
    const event = await createReview();
    const added = await attach(event.id ?? "");
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({
      "@odata.type": "#microsoft.graph.fileAttachment",
      name: "review-packet.json",
      size: packet.byteLength,
    });

    const before = await managersCopy();
    expect(before?.hasAttachments).toBe(false);

    const patch = await rep()(`/me/events/${event.id}`, {
      ...json({ body: { contentType: "html", content: "<p>Packet attached.</p>" } }),
      method: "PATCH",
    });
    expect(patch.status).toBe(200);
    expect(((await patch.json()) as Event).hasAttachments).toBe(true);

    const after = await managersCopy();
    expect(after?.hasAttachments).toBe(true);
    const list = (await (await manager()(`/me/events/${after?.id}/attachments`)).json()) as {
      value: Attachment[];
    };
    expect(list.value.map((a) => a.name)).toEqual(["review-packet.json"]);
    const one = (await (
      await manager()(`/me/events/${after?.id}/attachments/${list.value[0]?.id}`)
    ).json()) as { contentBytes: string };
    expect(Buffer.from(one.contentBytes, "base64").equals(packet)).toBe(true);
  });

  it("are none on a seeded meeting, and the list of another mailbox's event is a 404", async () => {
    const seeded = (
      await allEvents(server, { start: "2026-11-04T00:00:00Z", end: WEDNESDAY.toISOString() })
    )[0];
    const list = await rep()(`/me/events/${seeded?.id}/attachments`);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { value: Attachment[] }).value).toEqual([]);

    const reps = await createReview();
    expect((await manager()(`/me/events/${reps.id}/attachments`)).status).toBe(404);
  });

  it("refuses a fileAttachment over 3 MB in one POST", async () => {
    const event = await createReview();
    const response = await rep()(
      `/me/events/${event.id}/attachments`,
      json({
        "@odata.type": "#microsoft.graph.fileAttachment",
        name: "big.json",
        contentBytes: Buffer.alloc(3 * 1024 * 1024 + 1).toString("base64"),
      }),
    );
    expect(response.status).toBe(413);
  });

  it("stores the bytes sent in ranges to an upload session", async () => {
    const event = await createReview();
    const content = Buffer.from("x".repeat(2500), "utf8");
    const session = await rep()(
      `/me/events/${event.id}/attachments/createUploadSession`,
      json({
        AttachmentItem: {
          attachmentType: "file",
          name: "review-packet.json",
          size: content.byteLength,
          contentType: "application/json",
        },
      }),
    );
    expect(session.status).toBe(201);
    const { uploadUrl, nextExpectedRanges } = (await session.json()) as {
      uploadUrl: string;
      nextExpectedRanges: string[];
    };
    expect(nextExpectedRanges).toEqual(["0-"]);

    const put = (from: number, to: number) =>
      fetch(uploadUrl, {
        method: "PUT",
        headers: { "content-range": `bytes ${from}-${to}/${content.byteLength}` },
        body: content.subarray(from, to + 1),
      });
    const first = await put(0, 999);
    expect(first.status).toBe(200);
    expect(((await first.json()) as { nextExpectedRanges: string[] }).nextExpectedRanges).toEqual(["1000-"]);
    expect((await put(2000, 2499)).status).toBe(416);
    const last = await put(1000, 2499);
    expect(last.status).toBe(201);

    const list = (await (await rep()(`/me/events/${event.id}/attachments`)).json()) as {
      value: Attachment[];
    };
    expect(list.value).toHaveLength(1);
    const one = (await (await rep()(`/me/events/${event.id}/attachments/${list.value[0]?.id}`)).json()) as {
      contentBytes: string;
    };
    expect(Buffer.from(one.contentBytes, "base64").equals(content)).toBe(true);
  });
});
