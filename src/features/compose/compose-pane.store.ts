import { createStore, type StoreApi } from "zustand/vanilla";
import { attachReviewToMeeting } from "../../data/compose-review.ts";
import type { ReviewSessionRepository } from "../../data/review-session.repository.ts";
import {
  buildReviewPacket,
  REVIEW_PACKET_FILE_NAME,
  reviewCallsHtml,
  reviewPacketAttachment,
} from "../../domain/review/index.ts";
import type { ComposeMailboxItem } from "../../hosts/mailbox-item.ts";
import type { I18n } from "../../i18n/index.ts";
import type { CallsStore } from "../calls/index.ts";
import type { NotesStore } from "../flag/index.ts";
import { UNCHANGED_CHOICE, withItem } from "../review/call-choice.ts";
import { reviewCallSelection } from "../review/review-call-selections.ts";
import {
  defaultSelectedCallIds,
  type ReviewCandidate,
  reviewCandidates,
} from "../review/review-candidates.ts";
import { inviteDateFormatter, reviewInviteLabels } from "../review/review-invite-labels.ts";
import { managerOf, type PeopleLookup } from "../review/review-planner.store.ts";
import { callTranscriptOf, type TranscriptStore } from "../transcript/index.ts";

/** One Outlook operation the rep started with a button. */
export type OutlookAction<Done> =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "failed"; readonly error: unknown }
  | { readonly status: "done"; readonly value: Done };

export interface ComposePaneState {
  /** The rep as the packet names them, and what the directory says about their manager. */
  readonly people: PeopleLookup;
  /** `null`: the default, flagged calls no review covered yet. */
  readonly selectedCallIds: readonly string[] | null;
  /** How many calls the meeting now carries. */
  readonly attaching: OutlookAction<number>;
  /** The manager's address once added. */
  readonly inviting: OutlookAction<string>;
  /** Looks up the rep and their manager (again, after a failure). */
  lookUpPeople(): Promise<void>;
  setCallSelected(callId: string, selected: boolean): void;
  /**
   * Writes the chosen calls into the meeting (escaped HTML above what the rep wrote, or where Momentum wrote them
   * before) and attaches them as the packet, replacing one attached before; the transcripts of the chosen calls are
   * read first for their moments.
   */
  attach(i18n: I18n, repName: string): Promise<void>;
  /** Adds the manager as a required attendee. */
  inviteManager(): Promise<void>;
}

export type ComposePaneStore = StoreApi<ComposePaneState>;

export interface ComposePaneStoreOptions {
  /** The meeting the rep is writing. */
  readonly item: ComposeMailboxItem;
  readonly repository: ReviewSessionRepository;
  readonly calls: CallsStore;
  readonly notes: NotesStore;
  readonly transcripts: TranscriptStore;
  readonly now?: () => Date;
  /** The packet's `reviewId`. */
  readonly newReviewId?: () => string;
}

/** The flagged calls the organizer pane lists: the same as the review planner's. */
export function composeCandidates(calls: CallsStore, notes: NotesStore): ReviewCandidate[] {
  const { notes: callNotes, loggedCalls, reviews } = notes.getState();
  return reviewCandidates(calls.getState().calls, loggedCalls, callNotes, reviews);
}

/** The calls the rep chose, in the order they are listed. */
export function chosenCandidates(
  selectedCallIds: readonly string[] | null,
  candidates: readonly ReviewCandidate[],
): ReviewCandidate[] {
  const selected = new Set(selectedCallIds ?? defaultSelectedCallIds(candidates));
  return candidates.filter((candidate) => selected.has(candidate.call.id));
}

/**
 * The organizer pane, for the UI: the rep attaches flagged calls to a review meeting they are writing by hand in
 * Outlook. The packet is the review planner's (same calls, moments and answers, same builder); only the way it
 * reaches the manager differs. Only this store talks to the Outlook item and the review repository.
 *
 * Unlike the planner, it records no review in the rep's notes: a record needs the event's ID, and a meeting being
 * written has none until saved. `item.saveAsync` would give one, but on an appointment it saves the meeting into
 * the calendar (Outlook on the web sends the invitation right then), it fails on Outlook for Mac, and in cached
 * mode its ID is unknown to Graph until Outlook syncs; the notes would name a review the rep may never send.
 */
export function createComposePaneStore(options: ComposePaneStoreOptions): ComposePaneStore {
  const { item, repository, calls, notes, transcripts } = options;
  const now = options.now ?? (() => new Date());
  const newReviewId = options.newReviewId ?? (() => crypto.randomUUID());
  let attaching: Promise<void> | null = null;
  let inviting: Promise<void> | null = null;

  return createStore<ComposePaneState>()((set, get) => {
    /** The manager the calls go to: the rep's own pick, else the directory's. */
    const manager = () => managerOf(get(), notes.getState().chosenManager);

    const attach = async (i18n: I18n, repName: string) => {
      const { people, selectedCallIds } = get();
      const to = manager();
      const chosen = chosenCandidates(selectedCallIds, composeCandidates(calls, notes));
      if (people.status !== "ready" || !to || chosen.length === 0) return;
      set({ attaching: { status: "running" } });
      try {
        await Promise.all(chosen.map((candidate) => transcripts.getState().open(candidate.call, repName)));
        const transcriptState = transcripts.getState();
        const packet = buildReviewPacket({
          reviewId: newReviewId(),
          rep: people.value.rep,
          manager: to,
          calls: chosen.map((candidate) =>
            reviewCallSelection(
              candidate,
              UNCHANGED_CHOICE,
              callTranscriptOf(transcriptState, candidate.call.id),
              i18n,
            ),
          ),
          now: now(),
        });
        // The planner's invite body as a fragment, and its attachment; Outlook keeps the meeting's own time and
        // attendees.
        await attachReviewToMeeting(item, {
          html: reviewCallsHtml(packet, {
            labels: reviewInviteLabels(i18n),
            formatDate: inviteDateFormatter(i18n),
            timeZone: i18n.timeZone,
            fileName: REVIEW_PACKET_FILE_NAME,
          }),
          packetBase64: reviewPacketAttachment(packet).attachment.contentBytes,
        });
        set({ attaching: { status: "done", value: packet.calls.length } });
      } catch (error) {
        set({ attaching: { status: "failed", error } });
      }
    };

    return {
      people: { status: "loading" },
      selectedCallIds: null,
      attaching: { status: "idle" },
      inviting: { status: "idle" },

      async lookUpPeople() {
        set({ people: { status: "loading" } });
        try {
          const [rep, directory] = await Promise.all([repository.getRep(), repository.lookUpManager()]);
          set({ people: { status: "ready", value: { rep, directory } } });
        } catch (error) {
          set({ people: { status: "error", error } });
        }
      },

      setCallSelected(callId, selected) {
        if (get().attaching.status === "running") return;
        const current = get().selectedCallIds ?? defaultSelectedCallIds(composeCandidates(calls, notes));
        set({ selectedCallIds: withItem(current, callId, selected), attaching: { status: "idle" } });
      },

      attach(i18n, repName) {
        // A second press while Outlook is still busy is the same press: one packet, one block of calls.
        attaching ??= attach(i18n, repName).finally(() => {
          attaching = null;
        });
        return attaching;
      },

      inviteManager() {
        const to = manager();
        if (!to) return Promise.resolve();
        inviting ??= (async () => {
          set({ inviting: { status: "running" } });
          try {
            await item.addRequiredAttendee(to.email, to.name);
            set({ inviting: { status: "done", value: to.email } });
          } catch (error) {
            set({ inviting: { status: "failed", error } });
          }
        })().finally(() => {
          inviting = null;
        });
        return inviting;
      },
    };
  });
}
