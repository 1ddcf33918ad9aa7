import {
  type MeetingInOutlookOptions,
  type MeetingState,
  meetingInOutlook,
} from "../../data/compose-review.office-mock.ts";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import type { Call } from "../../domain/calls/call.ts";
import { parseReviewPacketText, type ReviewPacket } from "../../domain/review/index.ts";
import { makeNotes } from "../../domain/review/review.fixtures.ts";
import { createReviewTestStores } from "../review/review.test-stores.ts";
import { type ComposePaneStore, createComposePaneStore } from "./compose-pane.store.ts";

/** A subject with markup in it, which the meeting's body must show as text. */
export const MARKUP_SUBJECT = "Fabrikam | Pricing <b>call</b>";

export const pricing = makeCall({
  id: "pricing",
  subject: MARKUP_SUBJECT,
  start: new Date("2026-11-18T09:00:00Z"),
  end: new Date("2026-11-18T09:30:00Z"),
});
export const demo = makeCall({
  id: "demo",
  subject: "Northwind | Demo",
  start: new Date("2026-11-19T13:00:00Z"),
  end: new Date("2026-11-19T14:00:00Z"),
});

/** The rep's manager as the directory names them. */
export const MEGAN = { id: "megan", name: "Megan Bowen", email: "megan.bowen@contoso.example" };

export interface ComposeTestOptions extends MeetingInOutlookOptions {
  /** The rep's recent calls, each flagged; the pricing and demo calls by default. */
  readonly calls?: readonly Call[];
  /** Whether the directory names Megan as the rep's manager. */
  readonly manager?: "found" | "none";
}

export interface ComposeTestStores {
  readonly store: ComposePaneStore;
  /** What Outlook holds of the meeting. */
  readonly meeting: MeetingState;
  readonly stores: ReturnType<typeof createReviewTestStores>;
}

/**
 * The organizer pane's store on a meeting in a mocked Outlook (undo with `vi.unstubAllGlobals()`), the rep's calls
 * flagged on fakes; the packets it makes are `review-1`, `review-2`, … in order.
 */
export function composePaneOnMeeting({
  calls = [pricing, demo],
  manager = "found",
  ...meetingOptions
}: ComposeTestOptions = {}): ComposeTestStores {
  const { item, meeting } = meetingInOutlook(meetingOptions);
  const stores = createReviewTestStores({
    calls,
    notes: { notes: new Map(calls.map((call) => [call.id, makeNotes(call.id)])) },
  });
  stores.repository.manager = manager === "found" ? { kind: "found", manager: MEGAN } : { kind: "none" };
  let reviews = 0;
  const store = createComposePaneStore({
    item,
    repository: stores.repository,
    calls: stores.calls,
    notes: stores.notes,
    transcripts: stores.transcripts,
    newReviewId: () => `review-${++reviews}`,
  });
  return { store, meeting, stores };
}

/** The packet attached to the meeting, read as the manager's pane reads it; throws unless there is exactly one. */
export function packetIn(meeting: MeetingState): ReviewPacket {
  const [attachment, ...others] = meeting.attachments;
  if (!attachment || others.length > 0 || attachment.name !== "review-packet.json") {
    throw new Error(`Expected one review-packet.json, found ${meeting.attachments.map(({ name }) => name)}`);
  }
  return parseReviewPacketText(Buffer.from(attachment.base64, "base64").toString("utf8"));
}
