import { describe, expect, it } from "vitest";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import type { CallNotes } from "../../domain/notes/call-notes.ts";
import { parseReviewPacketText } from "../../domain/review/index.ts";
import { createI18n } from "../../i18n/index.ts";
import { emptyNotes } from "../flag/notes.fake-store.ts";
import { SAMPLE_CALL_VTT } from "../transcript/call-insights.fixtures.ts";
import { callTranscriptOf, keyMomentId } from "../transcript/index.ts";
import { createReviewTestStores } from "./review.test-stores.ts";
import { managerOf, type ReviewPlannerStore } from "./review-planner.store.ts";

const NOW = new Date("2026-11-20T15:00:00Z"); // Friday 16:00 in Amsterdam
const AT = NOW.toISOString();
const TIME_ZONE = "Europe/Amsterdam";
const i18n = createI18n({ locale: "en-US", timeZone: TIME_ZONE, now: () => NOW });
const MEGAN = {
  id: "megan",
  displayName: "Megan Bowen",
  email: "megan@contoso.example",
  jobTitle: "Sales lead",
};
const MONDAY_TEN = new Date("2026-11-23T09:00:00Z");

const pricing = makeCall({
  id: "pricing",
  subject: "Pricing discussion",
  start: new Date("2026-11-20T13:30:00Z"),
  end: new Date("2026-11-20T14:15:00Z"),
  participants: [{ name: "Lena Vos", email: "lena@fabrikam.example" }],
  externalDomains: ["fabrikam.example"],
});
const demo = makeCall({
  id: "demo",
  subject: "Northwind product demo",
  start: new Date("2026-11-19T09:00:00Z"),
  end: new Date("2026-11-19T10:00:00Z"),
  participants: [{ name: "Jo Smit", email: "jo@northwind.example" }],
  externalDomains: ["northwind.example"],
});

function flagged(callId: string, overrides: Partial<CallNotes> = {}): CallNotes {
  return { ...emptyNotes(callId), flagged: { value: true, at: AT }, ...overrides };
}

async function planWithManager(options: { chosenMoments?: readonly string[] } = {}) {
  const stores = createReviewTestStores({
    now: () => NOW,
    calls: [pricing, demo],
    transcripts: { pricing: { status: "available", vtt: SAMPLE_CALL_VTT } },
    notes: {
      chosenManager: { id: "megan", name: "Megan Bowen", email: "megan@contoso.example" },
      notes: new Map([
        [
          "pricing",
          flagged("pricing", {
            reflection: {
              whatHappened: { value: "I pitched first", at: AT },
              nextTime: { value: "Ask before I pitch", at: AT },
              discussWithManager: { value: "How to hold the price", at: AT },
            },
            chosenMoments: { value: options.chosenMoments ?? [], at: AT },
          }),
        ],
        ["demo", flagged("demo")],
      ]),
    },
  });
  await stores.transcripts.getState().open(pricing, "Daan Visser");
  stores.planner.getState().start({ repName: "Daan Visser", timeZone: TIME_ZONE });
  await settled(stores.planner);
  return stores;
}

/** Waits until the rep and manager lookup has answered. */
async function settled(planner: ReviewPlannerStore) {
  for (let turn = 0; turn < 10 && planner.getState().plan?.people.status === "loading"; turn++) {
    await Promise.resolve();
  }
}

function plan(planner: ReviewPlannerStore) {
  const current = planner.getState().plan;
  if (!current) throw new Error("Not planning");
  return current;
}

describe("review planner", () => {
  it("asks the directory for the manager, and remembers the one the rep picks when it names none", async () => {
    const stores = createReviewTestStores({ now: () => NOW });
    stores.repository.manager = { kind: "none" };
    stores.repository.people = [MEGAN];
    stores.planner.getState().start({ repName: "Daan Visser", timeZone: TIME_ZONE });
    await settled(stores.planner);
    expect(plan(stores.planner).people).toMatchObject({
      status: "ready",
      value: { directory: { kind: "none" } },
    });
    expect(managerOf(plan(stores.planner), stores.notes.getState().chosenManager)).toBeNull();

    await stores.planner.getState().searchPeople("meg");
    expect(plan(stores.planner).search.results).toEqual([MEGAN]);
    stores.planner.getState().pickManager(MEGAN);

    expect(stores.notes.getState().chosenManager).toEqual({
      id: "megan",
      name: "Megan Bowen",
      email: "megan@contoso.example",
    });
    expect(managerOf(plan(stores.planner), stores.notes.getState().chosenManager)).toEqual({
      name: "Megan Bowen",
      email: "megan@contoso.example",
    });
  });

  it("lets the rep's pick override a manager the directory found", async () => {
    const stores = createReviewTestStores({
      now: () => NOW,
      notes: { chosenManager: { id: "megan", name: "Megan Bowen", email: "megan@contoso.example" } },
    });
    stores.repository.manager = {
      kind: "found",
      manager: { id: "alex", name: "Alex Wilber", email: "alex@contoso.example" },
    };
    stores.planner.getState().start({ repName: "Daan Visser", timeZone: TIME_ZONE });
    await settled(stores.planner);
    expect(managerOf(plan(stores.planner), stores.notes.getState().chosenManager)?.name).toBe("Megan Bowen");
  });

  it("puts only the chosen calls, moments, excerpts and answers in the packet it sends, the very one it prepared", async () => {
    const stores = await planWithManager();
    const { planner } = stores;
    const moments = callTranscriptOf(stores.transcripts.getState(), "pricing").insights?.keyMoments ?? [];
    const [first, second] = moments.map(keyMomentId);
    if (!first || !second) throw new Error("The sample call has key moments");

    planner.getState().setCallSelected("demo", false);
    planner.getState().setMomentIncluded("pricing", first, true);
    planner.getState().setMomentIncluded("pricing", second, true);
    planner.getState().setExcerptIncluded("pricing", second, false);
    planner.getState().setReflectionIncluded("pricing", "nextTime", false);
    planner.getState().chooseTime(MONDAY_TEN, "manual");
    planner.getState().prepare(i18n);
    const prepared = plan(planner).prepared;
    if (!prepared) throw new Error(`Not prepared: ${String(plan(planner).prepareError)}`);

    const [call, ...others] = prepared.packet.calls;
    expect(others).toEqual([]);
    expect(call?.id).toBe("pricing");
    expect(call?.keyMoments.map((moment) => moment.id)).toEqual([first, second]);
    expect(call?.keyMoments[0]?.excerpt.length).toBeGreaterThan(0);
    expect(call?.keyMoments[1]?.excerpt).toEqual([]);
    expect(call?.reflection).toEqual({ whatHappened: "I pitched first" });
    expect(call?.discussWithManager).toBe("How to hold the price");
    expect(prepared.invite.event.subject).toBe("Call review: 1 call with Daan Visser");

    await planner.getState().schedule();
    const [request] = stores.repository.scheduleRequests;
    expect(request?.invite).toBe(prepared.invite);
    const sent = parseReviewPacketText(
      new TextDecoder().decode(
        Uint8Array.from(atob(request?.invite.attachment.contentBytes ?? ""), (c) => c.charCodeAt(0)),
      ),
    );
    expect(sent).toEqual(prepared.packet);
  });

  it("takes the moments ticked in Reflect by default, each with its transcript lines", async () => {
    const moment = "priceEarly@67000";
    const withChosen = await planWithManager({ chosenMoments: [moment, "gone@1"] });
    withChosen.planner.getState().chooseTime(MONDAY_TEN, "manual");
    withChosen.planner.getState().prepare(i18n);
    const pricingCall = plan(withChosen.planner).prepared?.packet.calls.find((call) => call.id === "pricing");
    expect(pricingCall?.keyMoments.map((chosen) => chosen.id)).toEqual([moment]);
    expect(pricingCall?.keyMoments[0]?.excerpt.map((line) => line.text)).toContain(
      "And our price is forty euro per seat per month.",
    );
  });

  it("leaves calls already in a review out unless the rep ticks them", async () => {
    const stores = await planWithManager();
    stores.notes.setState({
      reviews: [
        {
          id: "earlier",
          eventId: "e",
          webLink: null,
          joinUrl: null,
          start: "2026-11-18T09:00:00.000Z",
          end: "2026-11-18T09:30:00.000Z",
          manager: { name: "Megan Bowen", email: "megan@contoso.example" },
          calls: [
            {
              callId: "demo",
              subject: "Northwind product demo",
              start: demo.start.toISOString(),
              company: null,
            },
          ],
          scheduledAt: AT,
          outcomes: {},
        },
      ],
    });
    stores.planner.getState().chooseTime(MONDAY_TEN, "manual");
    stores.planner.getState().prepare(i18n);
    expect(plan(stores.planner).prepared?.packet.calls.map((call) => call.id)).toEqual(["pricing"]);
  });

  it("looks for times over the next five working days, and keeps Graph's reason when there are none", async () => {
    const stores = await planWithManager();
    stores.repository.meetingTimes = { suggestions: [], emptyReason: "attendeesUnavailable" };
    await stores.planner.getState().findTimes();
    expect(stores.repository.meetingTimeQueries).toEqual([
      expect.objectContaining({
        attendeeEmail: "megan@contoso.example",
        durationMinutes: 30,
        windowStart: NOW,
        windowEnd: new Date("2026-11-26T23:00:00Z"), // the end of Thursday in Amsterdam
        timeZone: TIME_ZONE,
      }),
    ]);
    expect(plan(stores.planner).times).toMatchObject({
      status: "ready",
      emptyReason: "attendeesUnavailable",
    });

    stores.planner.getState().setDuration(45);
    expect(stores.repository.meetingTimeQueries.at(-1)?.durationMinutes).toBe(45);
    stores.planner.getState().chooseTime(MONDAY_TEN, "manual");
    expect(plan(stores.planner).time).toEqual({
      start: MONDAY_TEN,
      end: new Date("2026-11-23T09:45:00Z"),
      source: "manual",
    });
  });

  it("retries a failed schedule with the same invite and transactionId, and the plan no longer changes", async () => {
    const stores = await planWithManager();
    const { planner, repository } = stores;
    planner.getState().chooseTime(MONDAY_TEN, "manual");
    planner.getState().prepare(i18n);
    repository.failNextSchedule(Object.assign(new Error("offline"), { kind: "network" }));

    await planner.getState().schedule();
    expect(plan(planner).scheduling).toMatchObject({ status: "failed" });
    const prepared = plan(planner).prepared;
    planner.getState().setCallSelected("pricing", false);
    expect(plan(planner).prepared).toBe(prepared);

    await planner.getState().schedule();
    expect(repository.scheduleRequests.map((request) => request.invite)).toEqual([
      prepared?.invite,
      prepared?.invite,
    ]);
    expect(repository.scheduleRequests[1]?.invite.event.transactionId).toBe("transaction-1");
    expect(repository.events.size).toBe(1);
    expect(plan(planner).scheduling.status).toBe("done");
  });

  it("makes one session for two presses at once, and records it in the rep's notes", async () => {
    const stores = await planWithManager();
    const { planner, repository, notes } = stores;
    planner.getState().chooseTime(MONDAY_TEN, "manual");
    planner.getState().prepare(i18n);
    const release = repository.holdScheduling();
    const first = planner.getState().schedule();
    const second = planner.getState().schedule();
    expect(plan(planner).scheduling.status).toBe("running");
    release();
    await Promise.all([first, second]);

    expect(repository.scheduleRequests).toHaveLength(1);
    expect(notes.edits.filter((edit) => edit.action === "recordReview")).toEqual([
      {
        action: "recordReview",
        args: [
          {
            id: "transaction-1",
            eventId: "event-1",
            webLink: "https://outlook.office.com/calendar/item/event-1",
            joinUrl: "https://teams.microsoft.com/l/meetup-join/review",
            start: "2026-11-23T09:00:00.000Z",
            end: "2026-11-23T09:30:00.000Z",
            manager: { name: "Megan Bowen", email: "megan@contoso.example" },
            calls: [
              {
                callId: "pricing",
                subject: "Pricing discussion",
                start: pricing.start.toISOString(),
                company: "Fabrikam",
              },
              {
                callId: "demo",
                subject: "Northwind product demo",
                start: demo.start.toISOString(),
                company: "Northwind",
              },
            ],
          },
        ],
      },
    ]);
    expect(plan(planner).scheduling).toMatchObject({ status: "done", review: { id: "transaction-1" } });
  });

  it("gives a new plan a new transactionId", async () => {
    const stores = await planWithManager();
    stores.planner.getState().close();
    stores.planner.getState().start({ repName: "Daan Visser", timeZone: TIME_ZONE });
    expect(stores.transactionIds).toEqual(["transaction-1", "transaction-2"]);
  });
});
