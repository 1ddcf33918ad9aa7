import type { Message } from "@microsoft/microsoft-graph-types";
import { describe, expect, it } from "vitest";
import { DEMO_MANAGER_UPN, DEMO_REP_UPN, DEMO_TIME_ZONE } from "../../demo-tenant/demo-users.ts";
import {
  allEvents,
  demoTenantPerTest,
  graphClient,
  lastTwoWeeks,
  WEDNESDAY,
} from "../../demo-tenant/testing/demo-tenant.fixture.ts";
import { GraphReviewPacketRepository } from "../../src/data/review-packet.graph-repository.ts";
import { GraphReviewSessionRepository } from "../../src/data/review-session.graph-repository.ts";
import { nextWorkingDaysWindow } from "../../src/domain/calendar/working-days.ts";
import {
  buildFollowUpMail,
  buildReviewInvite,
  buildReviewPacket,
  type FollowUpMailLabels,
  type ReviewPacket,
} from "../../src/domain/review/index.ts";
import { formatTestDate, makeCallSelection, TEST_LABELS } from "../../src/domain/review/review.fixtures.ts";
import { openDemoMailboxItem } from "../../src/hosts/demo-mailbox-item.ts";
import { MailboxItemError, type ReadMailboxItem } from "../../src/hosts/mailbox-item.ts";

const demo = demoTenantPerTest({ now: () => WEDNESDAY });
const clientAs = (upn: string) => demo.clientAs(upn).client;
const packetsAs = (upn: string) => new GraphReviewPacketRepository(clientAs(upn));

const FOLLOW_UP_LABELS: FollowUpMailLabels = {
  lang: "nl",
  subject: (count) => `Wat we afspraken in onze gespreksreview (${count})`,
  greeting: (repName) => `Hoi ${repName},`,
  intro: () => "Dit spraken we per gesprek af.",
  call: "Gesprek",
  date: "Datum",
  learning: "Afspraak",
  noLearning: "Niets afgesproken",
  empty: "—",
  signOff: (managerName) => `Blijf bellen,\n${managerName}`,
};

interface ScheduledReview {
  readonly packet: ReviewPacket;
  readonly subject: string;
  readonly repEventId: string;
}

/** The rep schedules a review of one flagged call with Megan, as the review planner does. */
async function repSchedulesReview(reviewId = "review-manager-side"): Promise<ScheduledReview> {
  const sessions = new GraphReviewSessionRepository(clientAs(DEMO_REP_UPN));
  const lookup = await sessions.lookUpManager();
  if (lookup.kind !== "found") throw new Error(`No manager: ${lookup.kind}`);
  const packet = buildReviewPacket({
    reviewId,
    rep: await sessions.getRep(),
    manager: lookup.manager,
    calls: [makeCallSelection()],
    now: WEDNESDAY,
  });
  const window = nextWorkingDaysWindow(WEDNESDAY, DEMO_TIME_ZONE);
  const { suggestions } = await sessions.findMeetingTimes({
    attendeeEmail: packet.manager.email,
    durationMinutes: 30,
    windowStart: window.start,
    windowEnd: window.end,
    timeZone: DEMO_TIME_ZONE,
  });
  const [slot] = suggestions;
  if (!slot) throw new Error("No free time with Megan");
  const invite = buildReviewInvite(packet, {
    labels: TEST_LABELS,
    formatDate: formatTestDate,
    timeZone: DEMO_TIME_ZONE,
    start: slot.start,
    end: slot.end,
  });
  const scheduled = await sessions.scheduleReview({ invite });
  return { packet, subject: invite.event.subject ?? "", repEventId: scheduled.eventId };
}

/** The ID of Megan's copy of the invite, found in her calendar as she would find it. */
async function meganFindsInvite(subject: string): Promise<string> {
  const window = nextWorkingDaysWindow(WEDNESDAY, DEMO_TIME_ZONE);
  const events = await allEvents(
    demo.server,
    { start: window.start.toISOString(), end: window.end.toISOString() },
    DEMO_MANAGER_UPN,
  );
  const [copy, ...others] = events.filter((event) => event.subject === subject);
  expect(others).toEqual([]);
  if (!copy?.id) throw new Error("The invite is not in Megan's calendar");
  return copy.id;
}

/** Megan's item as an Outlook that cannot hand over attachment content (before Mailbox 1.8) shows it. */
function withoutAttachmentContent(item: ReadMailboxItem): ReadMailboxItem {
  return {
    ...item,
    getAttachmentContent: () => Promise.reject(new MailboxItemError("unsupported", "needs Mailbox 1.8")),
  };
}

describe("the manager opening the review invite", () => {
  it("sees the rep's packet through the demo's stand-in for Outlook", async () => {
    const { packet, subject } = await repSchedulesReview();
    const eventId = await meganFindsInvite(subject);

    const item = await openDemoMailboxItem(clientAs(DEMO_MANAGER_UPN), eventId);
    const load = await packetsAs(DEMO_MANAGER_UPN).loadPacketForItem(item);

    expect(item.subject).toBe(subject);
    expect(load).toEqual({ kind: "ok", packet });
  });

  it("sees the same packet through Graph on her own copy when Outlook cannot hand it over", async () => {
    const { packet, subject } = await repSchedulesReview();
    const eventId = await meganFindsInvite(subject);
    const item = withoutAttachmentContent(await openDemoMailboxItem(clientAs(DEMO_MANAGER_UPN), eventId));

    await expect(packetsAs(DEMO_MANAGER_UPN).loadPacketForItem(item)).resolves.toEqual({
      kind: "ok",
      packet,
    });
  });

  it("is told plainly that an ordinary meeting has no packet", async () => {
    const { start, end } = lastTwoWeeks(WEDNESDAY);
    const oneOnOne = (await allEvents(demo.server, { start, end }, DEMO_MANAGER_UPN)).find((event) =>
      event.subject?.startsWith("1:1 Daan / Megan"),
    );
    if (!oneOnOne?.id) throw new Error("No 1:1 in Megan's calendar");

    const item = await openDemoMailboxItem(clientAs(DEMO_MANAGER_UPN), oneOnOne.id);

    await expect(packetsAs(DEMO_MANAGER_UPN).loadPacketForItem(item)).resolves.toEqual({ kind: "noPacket" });
  });

  it("cannot open the rep's own event: only her copy is hers", async () => {
    const { repEventId } = await repSchedulesReview();

    await expect(openDemoMailboxItem(clientAs(DEMO_MANAGER_UPN), repEventId)).rejects.toMatchObject({
      reason: "notFound",
    });
  });
});

describe("the follow-up after the session", () => {
  async function meganSendsFollowUp(packet: ReviewPacket, learning: string) {
    const mail = buildFollowUpMail({
      packet,
      agreedLearning: { [packet.calls[0]?.id ?? ""]: learning },
      labels: FOLLOW_UP_LABELS,
      formatDate: formatTestDate,
      timeZone: DEMO_TIME_ZONE,
    });
    await packetsAs(DEMO_MANAGER_UPN).sendFollowUp(mail);
    return mail;
  }

  it("reaches the rep, whose reviews list finds it by the review, with what was agreed shown as written", async () => {
    const { packet } = await repSchedulesReview();
    const learning = "Eerst twee vragen, dán de prijs 💡 <script>alert(1)</script>";

    const mail = await meganSendsFollowUp(packet, learning);
    const found = await packetsAs(DEMO_REP_UPN).findFollowUps([packet.reviewId, "review-never-held"]);

    expect([...found.keys()]).toEqual([packet.reviewId]);
    const receipt = found.get(packet.reviewId);
    expect(receipt?.subject).toBe(mail.subject);
    expect(receipt?.receivedAt).toEqual(WEDNESDAY);
    const response = await graphClient(
      demo.server,
      DEMO_REP_UPN,
    )(`/me/messages/${encodeURIComponent(receipt?.messageId ?? "")}?$select=body,from`);
    const received = (await response.json()) as Message;
    expect(received.from?.emailAddress?.address).toBe(DEMO_MANAGER_UPN);
    expect(received.body?.content).toContain(
      "Eerst twee vragen, dán de prijs 💡 &lt;script&gt;alert(1)&lt;/script&gt;",
    );
    expect(received.body?.content).not.toContain("<script>");
  });

  it("is not found for Megan's other reviews, nor in another rep's mailbox", async () => {
    const { packet } = await repSchedulesReview();
    await meganSendsFollowUp(packet, "Ask before pricing");

    await expect(packetsAs(DEMO_REP_UPN).findFollowUps(["review-other"])).resolves.toEqual(new Map());
    await expect(packetsAs("tom.bakker@contoso.example").findFollowUps([packet.reviewId])).resolves.toEqual(
      new Map(),
    );
  });

  it("goes out once when Graph throttles the first try", async () => {
    const { packet } = await repSchedulesReview();
    demo.server.tenant.faults.add({
      kind: "throttle",
      method: "POST",
      path: "/me/sendMail",
      retryAfterSeconds: 1,
    });

    await meganSendsFollowUp(packet, "Ask before pricing");

    const { value } = (await (await graphClient(demo.server, DEMO_REP_UPN)("/me/messages")).json()) as {
      value: Message[];
    };
    expect(value).toHaveLength(1);
  });

  it("is not sent again by itself when the answer is lost, and the rep's list shows it arrived", async () => {
    const { packet } = await repSchedulesReview();
    demo.server.tenant.faults.add({ kind: "dropAfter", method: "POST", path: "/me/sendMail" });

    await expect(meganSendsFollowUp(packet, "Ask before pricing")).rejects.toMatchObject({ kind: "network" });

    const found = await packetsAs(DEMO_REP_UPN).findFollowUps([packet.reviewId]);
    expect(found.has(packet.reviewId)).toBe(true);
    const sends = demo.server.tenant.requests.list().filter((request) => request.path === "/me/sendMail");
    expect(sends).toHaveLength(1);
  });
});
