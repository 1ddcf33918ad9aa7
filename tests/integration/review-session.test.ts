import { describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN, DEMO_TIME_ZONE } from "../../demo-tenant/demo-users.ts";
import type { FaultSpec } from "../../demo-tenant/faults/fault.schema.ts";
import { allEvents, demoTenantPerTest, WEDNESDAY } from "../../demo-tenant/testing/demo-tenant.fixture.ts";
import { GraphReviewSessionRepository } from "../../src/data/review-session.graph-repository.ts";
import { nextWorkingDaysWindow, type TimeWindow } from "../../src/domain/calendar/working-days.ts";
import {
  buildReviewInvite,
  buildReviewPacket,
  parseReviewPacketText,
  REVIEW_PACKET_FILE_NAME,
  type ReviewInvite,
  type ReviewPacket,
} from "../../src/domain/review/index.ts";
import { formatTestDate, makeCallSelection, TEST_LABELS } from "../../src/domain/review/review.fixtures.ts";
import { createEvent, listAttachments } from "../../src/graph/events.graph.ts";

// A fresh tenant per test: every count of events below is of this test's doing alone.
const demo = demoTenantPerTest({ now: () => WEDNESDAY });
const { clientAs } = demo;

const window = () => nextWorkingDaysWindow(WEDNESDAY, DEMO_TIME_ZONE);

const repositoryAs = (upn: string) => new GraphReviewSessionRepository(clientAs(upn).client);

/** The packet for one flagged call, from the rep to the manager the directory names for them. */
async function packetForMegan(reviewId: string): Promise<ReviewPacket> {
  const repository = repositoryAs(DEMO_REP_UPN);
  const lookup = await repository.lookUpManager();
  if (lookup.kind !== "found") throw new Error(`The rep's manager was not found: ${lookup.kind}`);
  return buildReviewPacket({
    reviewId,
    rep: await repository.getRep(),
    manager: lookup.manager,
    calls: [makeCallSelection()],
    now: WEDNESDAY,
  });
}

/** The invite for the first time Graph suggests for the rep and Megan in the next five working days. */
async function inviteForFirstFreeSlot(packet: ReviewPacket): Promise<ReviewInvite> {
  const { suggestions, emptyReason } = await repositoryAs(DEMO_REP_UPN).findMeetingTimes({
    attendeeEmail: packet.manager.email,
    durationMinutes: 30,
    windowStart: window().start,
    windowEnd: window().end,
    timeZone: DEMO_TIME_ZONE,
  });
  expect(emptyReason).toBeNull();
  const [slot] = suggestions;
  if (!slot) throw new Error("No meeting time suggested");
  return buildReviewInvite(packet, {
    labels: TEST_LABELS,
    formatDate: formatTestDate,
    timeZone: DEMO_TIME_ZONE,
    start: slot.start,
    end: slot.end,
  });
}

const subjectOf = (invite: ReviewInvite) => invite.event.subject ?? "";

/** The events titled like the invite in `upn`'s calendar over the search window. */
async function eventsTitled(invite: ReviewInvite, upn: string) {
  const { start, end } = window();
  const events = await allEvents(demo.server, { start: start.toISOString(), end: end.toISOString() }, upn);
  return events.filter((event) => event.subject === subjectOf(invite));
}

/** The packet as the one who opens `eventId` in their own calendar receives it. */
async function attachedPacket(upn: string, eventId: string): Promise<ReviewPacket> {
  const { client } = clientAs(upn);
  const [attachment, ...others] = await listAttachments(client, eventId);
  expect(others).toEqual([]);
  expect(attachment?.name).toBe(REVIEW_PACKET_FILE_NAME);
  const file = (await client
    .api(
      `/me/events/${encodeURIComponent(eventId)}/attachments/${encodeURIComponent(attachment?.id ?? "")}`,
      ["Calendars.Read"],
    )
    .get()) as { contentBytes: string };
  return parseReviewPacketText(Buffer.from(file.contentBytes, "base64").toString("utf8"));
}

/** Exactly one review event for the invite in the rep's calendar, and one copy in Megan's, both with the packet. */
async function expectOneReviewDelivered(invite: ReviewInvite, packet: ReviewPacket, eventId: string) {
  const repEvents = await eventsTitled(invite, DEMO_REP_UPN);
  expect(repEvents.map((event) => event.id)).toEqual([eventId]);
  expect(await attachedPacket(DEMO_REP_UPN, eventId)).toEqual(packet);
  const meganCopies = await eventsTitled(invite, DEMO_MANAGER_UPN);
  expect(meganCopies).toHaveLength(1);
  expect(await attachedPacket(DEMO_MANAGER_UPN, meganCopies[0]?.id ?? "")).toEqual(packet);
}

const eventPosts = () =>
  demo.server.tenant.requests
    .list()
    .filter((request) => request.method === "POST" && request.path === "/me/events")
    .map((request) => request.status);

const attachmentPosts = () =>
  demo.server.tenant.requests
    .list()
    .filter((request) => request.method === "POST" && request.path.endsWith("/attachments"))
    .map((request) => request.status);

const ONLY_EVENTS = "/^\\/me\\/events$/";
const inject = (fault: FaultSpec) => demo.server.tenant.faults.add(fault);

describe("scheduling a review session with the manager", () => {
  it("finds a time with Megan, makes one Teams meeting, and Megan's invitation carries the same packet", async () => {
    const packet = await packetForMegan("review-whole-flow");
    const invite = await inviteForFirstFreeSlot(packet);
    const repository = new GraphReviewSessionRepository(clientAs(DEMO_REP_UPN).client);

    const review = await repository.scheduleReview({ invite });

    expect(review.start.getTime()).toBeGreaterThanOrEqual(window().start.getTime());
    expect(review.end.getTime()).toBeLessThanOrEqual(window().end.getTime());
    expect(review.joinUrl).toEqual(expect.any(String));
    expect(eventPosts()).toEqual([201]);
    await expectOneReviewDelivered(invite, packet, review.eventId);
  });

  it("names the rep and finds Megan as the rep's manager in the directory", async () => {
    const repository = repositoryAs(DEMO_REP_UPN);

    expect(await repository.getRep()).toEqual({ name: "Daan Visser", email: DEMO_REP_UPN });
    expect(await repository.lookUpManager()).toEqual({
      kind: "found",
      manager: { id: expect.any(String), name: "Megan Bowen", email: DEMO_MANAGER_UPN },
    });
  });

  it("finds no manager for Megan herself (404), and the rep finds Megan by searching people", async () => {
    expect(await repositoryAs(DEMO_MANAGER_UPN).lookUpManager()).toEqual({ kind: "none" });

    const people = await repositoryAs(DEMO_REP_UPN).searchPeople("megan");

    expect(people[0]).toMatchObject({ displayName: "Megan Bowen", email: DEMO_MANAGER_UPN });
  });

  it("says the rep may not read their manager when the directory answers 403, so the rep picks one instead", async () => {
    inject({ kind: "forbidden", method: "GET", path: "/me/manager" });
    const repository = repositoryAs(DEMO_REP_UPN);

    expect(await repository.lookUpManager()).toEqual({ kind: "notAllowed" });
    // Only the manager was refused: the rep can still search for Megan.
    const people = await repository.searchPeople("megan");
    expect(people[0]).toMatchObject({ displayName: "Megan Bowen", email: DEMO_MANAGER_UPN });
    expect(
      demo.server.tenant.requests.list().filter((request) => request.path === "/me/manager"),
    ).toHaveLength(1);
  });

  it("rejects a manager lookup the emulator keeps answering 503, rather than saying there is none", async () => {
    inject({ kind: "unavailable", count: 10, retryAfterSeconds: 1, method: "GET", path: "/me/manager" });

    await expect(repositoryAs(DEMO_REP_UPN).lookUpManager()).rejects.toMatchObject({ kind: "unavailable" });
  });

  it("suggests nothing, and says why, when Megan is busy all through a narrow window", async () => {
    const busy: TimeWindow = {
      start: new Date("2026-11-19T08:00:00.000Z"),
      end: new Date("2026-11-19T11:00:00.000Z"),
    };
    await createEvent(clientAs(DEMO_MANAGER_UPN).client, {
      subject: "Quarterly forecast",
      start: { dateTime: busy.start.toISOString().slice(0, -1), timeZone: "UTC" },
      end: { dateTime: busy.end.toISOString().slice(0, -1), timeZone: "UTC" },
      showAs: "busy",
      transactionId: "megan-busy",
    });

    const times = await repositoryAs(DEMO_REP_UPN).findMeetingTimes({
      attendeeEmail: DEMO_MANAGER_UPN,
      durationMinutes: 30,
      windowStart: new Date("2026-11-19T09:00:00.000Z"),
      windowEnd: new Date("2026-11-19T10:00:00.000Z"),
      timeZone: DEMO_TIME_ZONE,
    });

    expect(times.suggestions).toEqual([]);
    expect(times.emptyReason).toBe("attendeesUnavailable");
  });

  it("rides out a 429 while creating the event, as long as Retry-After asks, and makes one event", async () => {
    const packet = await packetForMegan("review-throttled");
    const invite = await inviteForFirstFreeSlot(packet);
    const { client, sleeps } = clientAs(DEMO_REP_UPN);
    inject({ kind: "throttle", retryAfterSeconds: 7, method: "POST", path: ONLY_EVENTS });

    const review = await new GraphReviewSessionRepository(client).scheduleReview({ invite });

    expect(sleeps).toEqual([7_000]);
    expect(eventPosts()).toEqual([429, 201]);
    await expectOneReviewDelivered(invite, packet, review.eventId);
  });

  it("makes one event when the answer to its creation is lost: the retry with the same transactionId finds it", async () => {
    const packet = await packetForMegan("review-answer-lost");
    const invite = await inviteForFirstFreeSlot(packet);
    inject({ kind: "dropAfter", method: "POST", path: ONLY_EVENTS });

    const review = await new GraphReviewSessionRepository(clientAs(DEMO_REP_UPN).client).scheduleReview({
      invite,
    });

    expect(eventPosts()).toEqual([null, 201]);
    expect(attachmentPosts()).toEqual([201]);
    await expectOneReviewDelivered(invite, packet, review.eventId);
  });

  it("resumes after the connection dropped between creating the event and attaching the packet: no second event", async () => {
    const packet = await packetForMegan("review-resumed");
    const invite = await inviteForFirstFreeSlot(packet);
    const repository = new GraphReviewSessionRepository(clientAs(DEMO_REP_UPN).client);
    inject({ kind: "drop", method: "POST", path: "/attachments" });

    await expect(repository.scheduleReview({ invite })).rejects.toMatchObject({ kind: "network" });
    expect(await eventsTitled(invite, DEMO_REP_UPN)).toHaveLength(1);

    const review = await repository.scheduleReview({ invite });

    expect(eventPosts()).toEqual([201, 201]);
    expect(attachmentPosts()).toEqual([null, 201]);
    await expectOneReviewDelivered(invite, packet, review.eventId);
  });

  it("attaches the packet once when the attachment was stored but its answer was lost, then resumed", async () => {
    const packet = await packetForMegan("review-attachment-answer-lost");
    const invite = await inviteForFirstFreeSlot(packet);
    const repository = new GraphReviewSessionRepository(clientAs(DEMO_REP_UPN).client);
    inject({ kind: "dropAfter", method: "POST", path: "/attachments" });

    await expect(repository.scheduleReview({ invite })).rejects.toMatchObject({ kind: "network" });
    const review = await repository.scheduleReview({ invite });

    expect(attachmentPosts()).toEqual([null]);
    await expectOneReviewDelivered(invite, packet, review.eventId);
  });
});
