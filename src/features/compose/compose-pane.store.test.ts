// @vitest-environment jsdom
// The meeting's body is parsed as Outlook's editor holds it: attaching again must find the calls written before.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MeetingInOutlookOptions } from "../../data/compose-review.office-mock.ts";
import { REVIEW_BLOCK_ID } from "../../data/compose-review.ts";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import { MAILBOX_1_7 } from "../../hosts/outlook-mailbox-item.office-mock.ts";
import { createI18n } from "../../i18n/index.ts";
import { composeFailureMessageKey } from "./compose-failure.ts";
import {
  type ComposeTestOptions,
  composePaneOnMeeting,
  MEGAN,
  packetIn,
} from "./compose-pane.test-stores.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

const i18n = createI18n({ locale: "en-US", timeZone: "Europe/Amsterdam" });

/** The store with the people looked up, as the pane does when it opens. */
async function paneOn(options: ComposeTestOptions = {}) {
  const { store, meeting } = composePaneOnMeeting(options);
  await store.getState().lookUpPeople();
  return { store, meeting };
}

/** Momentum's blocks of calls in the body, as Outlook's editor would hold them. */
function blocksIn(body: string): Element[] {
  return [
    ...new DOMParser().parseFromString(body, "text/html").querySelectorAll(`[id="${REVIEW_BLOCK_ID}"]`),
  ];
}

/** What the rep reads under "The calls weren't attached" (or "… wasn't added"). */
function reasonShown(action: { readonly status: string; readonly error?: unknown }): string {
  if (action.status !== "failed") throw new Error(`Expected a failure, got ${action.status}`);
  return i18n.t(composeFailureMessageKey(action.error));
}

describe("the organizer pane's store", { timeout: 20_000 }, () => {
  it("writes the flagged calls the rep chose into the body as one escaped fragment, and attaches them", async () => {
    const { store, meeting } = await paneOn();

    store.getState().setCallSelected("demo", false);
    await store.getState().attach(i18n, "Daan Visser");

    expect(store.getState().attaching).toEqual({ status: "done", value: 1 });
    const packet = packetIn(meeting);
    expect(packet.reviewId).toBe("review-1");
    expect(packet.calls.map((call) => call.id)).toEqual(["pricing"]);
    expect(packet.manager).toEqual({ name: MEGAN.name, email: MEGAN.email });
    expect(meeting.body).not.toMatch(/<html|<head|<body|<meta/i);
    expect(meeting.body).toContain("Fabrikam | Pricing &lt;b&gt;call&lt;/b&gt;");
    expect(meeting.body).not.toContain("Northwind");
    const [block, ...others] = blocksIn(meeting.body);
    expect(others).toEqual([]);
    expect(block?.querySelectorAll("tbody tr")).toHaveLength(1);
    expect(meeting.body.endsWith("<p>Agenda</p>")).toBe(true);
  });

  it("attaches once for a second press while Outlook is still busy with the first", async () => {
    const { store, meeting } = await paneOn();

    const first = store.getState().attach(i18n, "Daan Visser");
    const second = store.getState().attach(i18n, "Daan Visser");
    expect(store.getState().attaching.status).toBe("running");
    await Promise.all([first, second]);

    expect(packetIn(meeting).reviewId).toBe("review-1");
    expect(blocksIn(meeting.body)).toHaveLength(1);
    expect(store.getState().attaching).toEqual({ status: "done", value: 2 });
  });

  it("replaces the packet and the calls in the body when the rep attaches again, never doubling them", async () => {
    const { store, meeting } = await paneOn();
    await store.getState().attach(i18n, "Daan Visser");

    store.getState().setCallSelected("pricing", false);
    expect(store.getState().attaching.status).toBe("idle");
    await store.getState().attach(i18n, "Daan Visser");

    const packet = packetIn(meeting);
    expect(packet.reviewId).toBe("review-2");
    expect(packet.calls.map((call) => call.id)).toEqual(["demo"]);
    const [block, ...others] = blocksIn(meeting.body);
    expect(others).toEqual([]);
    expect(block?.textContent).toContain("Northwind | Demo");
    expect(block?.textContent).not.toContain("Pricing");
    expect(new DOMParser().parseFromString(meeting.body, "text/html").body.textContent).toMatch(/Agenda$/);
  });

  it("attaches nothing while the manager is unknown or no call is chosen", async () => {
    const unknown = await paneOn({ manager: "none" });
    await unknown.store.getState().attach(i18n, "Daan Visser");
    expect(unknown.store.getState().attaching).toEqual({ status: "idle" });
    expect(unknown.meeting.attachments).toEqual([]);

    const { store, meeting } = await paneOn();
    store.getState().setCallSelected("pricing", false);
    store.getState().setCallSelected("demo", false);
    await store.getState().attach(i18n, "Daan Visser");
    expect(store.getState().attaching).toEqual({ status: "idle" });
    expect(meeting).toMatchObject({ attachments: [], body: "<p>Agenda</p>" });
  });

  it("adds the manager once for a second press while Outlook is still adding them", async () => {
    const { store, meeting } = await paneOn();

    await Promise.all([store.getState().inviteManager(), store.getState().inviteManager()]);

    expect(store.getState().inviting).toEqual({ status: "done", value: MEGAN.email });
    expect(meeting.requiredAttendees).toEqual([{ emailAddress: MEGAN.email, displayName: MEGAN.name }]);
  });

  it.each<[string, MeetingInOutlookOptions, RegExp]>([
    ["a plain-text body", { bodyType: "text" }, /^Outlook didn't let Momentum write into this meeting/],
    ["an Outlook before Mailbox 1.8", { sets: MAILBOX_1_7 }, /use a newer Outlook/],
    [
      "a refused packet",
      { refuse: { addFile: "SizeLimitExceeded" } },
      /^Outlook couldn't finish\. Try again\.$/,
    ],
    [
      "an earlier packet that is gone",
      {
        attachments: [{ id: "gone", name: "review-packet.json", base64: "e30=" }],
        refuse: { removeAttachment: "InvalidAttachmentId" },
      },
      /^This meeting was closed or changed/,
    ],
    [
      "a refused body",
      { body: `<div id="${REVIEW_BLOCK_ID}">Old calls</div>`, refuse: { setBody: "GenericResponseError" } },
      /^Outlook couldn't finish/,
    ],
  ])("says why the calls were not attached, for %s", async (_, meetingOptions, reason) => {
    const { store } = await paneOn(meetingOptions);

    await store.getState().attach(i18n, "Daan Visser");

    expect(reasonShown(store.getState().attaching)).toMatch(reason);
  });

  it("says a packet of more calls than one review holds is too much", async () => {
    const calls = Array.from({ length: 21 }, (_, index) =>
      makeCall({
        id: `call-${index}`,
        subject: `Call ${index}`,
        start: new Date(Date.UTC(2026, 10, 10, 9 + (index % 8), 0)),
        end: new Date(Date.UTC(2026, 10, 10, 9 + (index % 8), 30)),
      }),
    );
    const { store, meeting } = await paneOn({ calls });

    await store.getState().attach(i18n, "Daan Visser");

    expect(reasonShown(store.getState().attaching)).toMatch(/^These calls hold too much for one packet/);
    expect(meeting).toMatchObject({ attachments: [], body: "<p>Agenda</p>" });
  });

  it("says a mail being written has no attendees to add the manager to", async () => {
    const { store, meeting } = await paneOn({ itemType: "message" });

    await store.getState().inviteManager();

    expect(reasonShown(store.getState().inviting)).toMatch(/^This is a mail, not a meeting/);
    expect(meeting.requiredAttendees).toEqual([]);
  });
});
