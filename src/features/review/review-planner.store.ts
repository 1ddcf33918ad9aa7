import { createStore, type StoreApi } from "zustand/vanilla";
import type {
  ManagerLookup,
  MeetingDurationMinutes,
  MeetingTimeSuggestion,
  PersonSuggestion,
  ReviewSessionRepository,
} from "../../data/review-session.repository.ts";
import { nextWorkingDaysWindow } from "../../domain/calendar/working-days.ts";
import type { ChosenManager, ReviewRecord } from "../../domain/notes/review-record.ts";
import {
  buildReviewInvite,
  buildReviewPacket,
  type PacketReflectionQuestion,
  type ReviewInvite,
  type ReviewPacket,
  type ReviewPerson,
} from "../../domain/review/index.ts";
import type { I18n } from "../../i18n/index.ts";
import type { CallsStore } from "../calls/index.ts";
import type { NotesStore } from "../flag/index.ts";
import { callTranscriptOf, type TranscriptStore } from "../transcript/index.ts";
import { type CallChoice, UNCHANGED_CHOICE, withItem } from "./call-choice.ts";
import { reviewCallSelection } from "./review-call-selections.ts";
import { defaultSelectedCallIds, type ReviewCandidate, reviewCandidates } from "./review-candidates.ts";
import { inviteDateFormatter, reviewInviteLabels } from "./review-invite-labels.ts";

/** The steps of planning a review, in order. */
export const PLAN_STEPS = ["manager", "calls", "time", "preview"] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];

export const DEFAULT_DURATION_MINUTES: MeetingDurationMinutes = 30;
/** How many working days ahead free times are looked for. */
export const WORKING_DAYS_AHEAD = 5;

type Loading<Value> =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: Value }
  | { readonly status: "error"; readonly error: unknown };

/** The rep as the packet names them and what the directory says about their manager, asked together. */
export type PeopleLookup = Loading<{ readonly rep: ReviewPerson; readonly directory: ManagerLookup }>;

export interface PeopleSearch {
  readonly query: string;
  readonly status: "idle" | "searching" | "ready" | "error";
  readonly results: readonly PersonSuggestion[];
  readonly error: unknown;
}

export interface MeetingTimesState {
  readonly status: "idle" | "loading" | "ready" | "error";
  readonly suggestions: readonly MeetingTimeSuggestion[];
  /** Graph's reason when it suggested nothing. */
  readonly emptyReason: string | null;
  readonly error: unknown;
}

export interface ChosenTime {
  readonly start: Date;
  readonly end: Date;
  /** A suggested free time, or one the rep typed. */
  readonly source: "suggestion" | "manual";
}

/** Exactly what Schedule sends: the preview shows these very objects. */
export interface PreparedReview {
  readonly packet: ReviewPacket;
  readonly invite: ReviewInvite;
  readonly start: Date;
  readonly end: Date;
}

export type Scheduling =
  | { readonly status: "idle" }
  | { readonly status: "running" }
  | { readonly status: "failed"; readonly error: unknown }
  | { readonly status: "done"; readonly review: ReviewRecord };

/** One planning session, from "Plan a review" until the rep is done or cancels. */
export interface ReviewPlan {
  /** The event's `transactionId` and the review's ID: one per plan, so a retry or double click makes one event. */
  readonly transactionId: string;
  /** The rep's name as Teams writes it in transcripts. */
  readonly repName: string;
  /** The rep's IANA time zone: where working days begin and times are typed. */
  readonly timeZone: string;
  readonly step: PlanStep;
  readonly people: PeopleLookup;
  /** The rep asked to pick another manager than the one shown. */
  readonly changingManager: boolean;
  readonly search: PeopleSearch;
  /** `null`: the default, flagged calls no review covered yet. */
  readonly selectedCallIds: readonly string[] | null;
  readonly choices: Readonly<Record<string, CallChoice>>;
  readonly durationMinutes: MeetingDurationMinutes;
  readonly times: MeetingTimesState;
  readonly time: ChosenTime | null;
  readonly prepared: PreparedReview | null;
  /** Why the packet could not be made (a `ReviewPacketError`: too much text, too many calls). */
  readonly prepareError: unknown;
  readonly scheduling: Scheduling;
}

export interface ReviewPlannerState {
  /** `null` while the rep is not planning a review. */
  readonly plan: ReviewPlan | null;
  /** Starts planning (keeps a plan already under way): looks up the rep and their manager. */
  start(context: { readonly repName: string; readonly timeZone: string }): void;
  /** Leaves planning; a session already made stays recorded. */
  close(): void;
  goTo(step: PlanStep): void;
  /** Asks for the rep and their manager again, after a failure. */
  retryPeople(): void;
  /** Shows the people search, to pick another manager than the one shown (`false`: keep the one shown). */
  setChangingManager(changing: boolean): void;
  searchPeople(query: string): Promise<void>;
  /** Remembers the person as the rep's manager, in the rep's notes (it overrides the directory from now on). */
  pickManager(person: PersonSuggestion): void;
  setCallSelected(callId: string, selected: boolean): void;
  setMomentIncluded(callId: string, momentId: string, included: boolean): void;
  setExcerptIncluded(callId: string, momentId: string, included: boolean): void;
  setReflectionIncluded(callId: string, question: PacketReflectionQuestion, included: boolean): void;
  /** A new length looks for free times again; a time typed by hand keeps its start. */
  setDuration(minutes: MeetingDurationMinutes): void;
  /** Looks for free times with the manager over the next working days. */
  findTimes(): Promise<void>;
  chooseTime(start: Date, source: ChosenTime["source"]): void;
  /** Builds the packet and invite the preview shows and Schedule sends, in the rep's language. */
  prepare(i18n: I18n): void;
  /** Makes the session from the prepared invite, then records it in the rep's notes. */
  schedule(): Promise<void>;
}

export type ReviewPlannerStore = StoreApi<ReviewPlannerState>;

export interface ReviewPlannerStoreOptions {
  readonly repository: ReviewSessionRepository;
  readonly calls: CallsStore;
  readonly notes: NotesStore;
  readonly transcripts: TranscriptStore;
  readonly now?: () => Date;
  /** The plan's `transactionId`. */
  readonly newTransactionId?: () => string;
}

/** The manager the review goes to: the rep's own pick overrides the directory. */
export function managerOf(
  plan: Pick<ReviewPlan, "people">,
  chosen: ChosenManager | null,
): ReviewPerson | null {
  if (chosen) return { name: chosen.name, email: chosen.email };
  if (plan.people.status !== "ready") return null;
  const { directory } = plan.people.value;
  return directory.kind === "found" ? { name: directory.manager.name, email: directory.manager.email } : null;
}

/** The chosen calls, in the order they are listed. */
export function selectedCandidates(
  plan: ReviewPlan,
  candidates: readonly ReviewCandidate[],
): ReviewCandidate[] {
  const selected = new Set(plan.selectedCallIds ?? defaultSelectedCallIds(candidates));
  return candidates.filter((candidate) => selected.has(candidate.call.id));
}

const IDLE_SEARCH: PeopleSearch = { query: "", status: "idle", results: [], error: null };
const IDLE_TIMES: MeetingTimesState = { status: "idle", suggestions: [], emptyReason: null, error: null };

/**
 * Planning a review session with the manager, for the UI: who the manager is, which flagged calls and what of
 * them go in, when, and then scheduling it exactly once. Only this store talks to the review repository; it reads
 * the calls, notes and transcripts from their stores, and records the session in the notes store.
 *
 * What goes to the manager is built once, by {@link ReviewPlannerState.prepare}, and both the preview and Schedule
 * use that one packet and invite. Once Schedule was pressed the plan no longer changes, so a retry sends the same
 * invite with the same `transactionId`.
 */
export function createReviewPlannerStore(options: ReviewPlannerStoreOptions): ReviewPlannerStore {
  const { repository, calls, notes, transcripts } = options;
  const now = options.now ?? (() => new Date());
  const newTransactionId = options.newTransactionId ?? (() => crypto.randomUUID());
  let peopleRequest: AbortController | null = null;
  let searchRequest: AbortController | null = null;
  let timesRequest: AbortController | null = null;
  let scheduling: { readonly transactionId: string; readonly run: Promise<void> } | null = null;

  const candidates = (): ReviewCandidate[] => {
    const { notes: callNotes, loggedCalls, reviews } = notes.getState();
    return reviewCandidates(calls.getState().calls, loggedCalls, callNotes, reviews);
  };

  return createStore<ReviewPlannerState>()((set, get) => {
    /** Applies `change` to the plan under way, if it is still `transactionId`'s. */
    const update = (transactionId: string, change: (plan: ReviewPlan) => Partial<ReviewPlan>) => {
      const plan = get().plan;
      if (plan?.transactionId === transactionId) set({ plan: { ...plan, ...change(plan) } });
    };

    /**
     * Applies an edit of what goes to the manager; the prepared packet is then stale. Refused once Schedule was
     * pressed: a retry must send what the rep saw.
     */
    const edit = (change: (plan: ReviewPlan) => Partial<ReviewPlan>) => {
      const plan = get().plan;
      if (plan?.scheduling.status !== "idle") return;
      set({ plan: { ...plan, ...change(plan), prepared: null, prepareError: null } });
    };

    const editChoice = (callId: string, change: (choice: CallChoice) => CallChoice) =>
      edit((plan) => ({
        choices: { ...plan.choices, [callId]: change(plan.choices[callId] ?? UNCHANGED_CHOICE) },
      }));

    const lookUpPeople = async (transactionId: string) => {
      peopleRequest?.abort();
      const request = new AbortController();
      peopleRequest = request;
      update(transactionId, () => ({ people: { status: "loading" } }));
      try {
        const [rep, directory] = await Promise.all([
          repository.getRep(request.signal),
          repository.lookUpManager(request.signal),
        ]);
        if (!request.signal.aborted) {
          update(transactionId, () => ({ people: { status: "ready", value: { rep, directory } } }));
        }
      } catch (error) {
        if (!request.signal.aborted) update(transactionId, () => ({ people: { status: "error", error } }));
      }
    };

    const timeOf = (start: Date, minutes: MeetingDurationMinutes, source: ChosenTime["source"]) => ({
      start,
      end: new Date(start.getTime() + minutes * 60_000),
      source,
    });

    return {
      plan: null,

      start({ repName, timeZone }) {
        if (get().plan) return;
        const transactionId = newTransactionId();
        set({
          plan: {
            transactionId,
            repName,
            timeZone,
            step: "manager",
            people: { status: "loading" },
            changingManager: false,
            search: IDLE_SEARCH,
            selectedCallIds: null,
            choices: {},
            durationMinutes: DEFAULT_DURATION_MINUTES,
            times: IDLE_TIMES,
            time: null,
            prepared: null,
            prepareError: null,
            scheduling: { status: "idle" },
          },
        });
        void lookUpPeople(transactionId);
      },

      close() {
        for (const request of [peopleRequest, searchRequest, timesRequest]) request?.abort();
        // A session being made is recorded when it is made (see `schedule`), whether or not the plan is shown.
        set({ plan: null });
      },

      goTo(step) {
        const plan = get().plan;
        if (plan) set({ plan: { ...plan, step } });
      },

      retryPeople() {
        const plan = get().plan;
        if (plan) void lookUpPeople(plan.transactionId);
      },

      setChangingManager(changing) {
        edit(() => ({ changingManager: changing, search: IDLE_SEARCH }));
      },

      async searchPeople(query) {
        const plan = get().plan;
        if (!plan) return;
        searchRequest?.abort();
        const request = new AbortController();
        searchRequest = request;
        const { transactionId } = plan;
        update(transactionId, () => ({ search: { ...IDLE_SEARCH, query, status: "searching" } }));
        try {
          const results = await repository.searchPeople(query, request.signal);
          if (!request.signal.aborted) {
            update(transactionId, () => ({ search: { ...IDLE_SEARCH, query, status: "ready", results } }));
          }
        } catch (error) {
          if (!request.signal.aborted) {
            update(transactionId, () => ({ search: { ...IDLE_SEARCH, query, status: "error", error } }));
          }
        }
      },

      pickManager(person) {
        const plan = get().plan;
        if (plan?.scheduling.status !== "idle") return;
        notes.getState().chooseManager({ id: person.id, name: person.displayName, email: person.email });
        // Free times were looked for with the manager shown before; a time typed by hand still stands.
        edit((current) => ({
          changingManager: false,
          search: IDLE_SEARCH,
          times: IDLE_TIMES,
          time: current.time?.source === "manual" ? current.time : null,
        }));
      },

      setCallSelected(callId, selected) {
        edit((plan) => {
          const current = plan.selectedCallIds ?? defaultSelectedCallIds(candidates());
          return { selectedCallIds: withItem(current, callId, selected) };
        });
      },

      setMomentIncluded(callId, momentId, included) {
        const callNotes = notes.getState().notes.get(callId);
        editChoice(callId, (choice) => ({
          ...choice,
          momentIds: withItem(choice.momentIds ?? callNotes?.chosenMoments.value ?? [], momentId, included),
        }));
      },

      setExcerptIncluded(callId, momentId, included) {
        editChoice(callId, (choice) => ({
          ...choice,
          withoutExcerpt: withItem(choice.withoutExcerpt, momentId, !included),
        }));
      },

      setReflectionIncluded(callId, question, included) {
        editChoice(callId, (choice) => ({
          ...choice,
          excludedReflection: withItem(choice.excludedReflection, question, !included),
        }));
      },

      setDuration(minutes) {
        edit((plan) => ({
          durationMinutes: minutes,
          time: plan.time?.source === "manual" ? timeOf(plan.time.start, minutes, "manual") : null,
        }));
        void get().findTimes();
      },

      async findTimes() {
        const plan = get().plan;
        const manager = plan && managerOf(plan, notes.getState().chosenManager);
        if (!plan || !manager || plan.scheduling.status !== "idle") return;
        timesRequest?.abort();
        const request = new AbortController();
        timesRequest = request;
        const { transactionId, durationMinutes, timeZone } = plan;
        update(transactionId, () => ({ times: { ...IDLE_TIMES, status: "loading" } }));
        const window = nextWorkingDaysWindow(now(), timeZone, WORKING_DAYS_AHEAD);
        try {
          const found = await repository.findMeetingTimes({
            attendeeEmail: manager.email,
            durationMinutes,
            windowStart: window.start,
            windowEnd: window.end,
            timeZone,
            signal: request.signal,
          });
          if (request.signal.aborted) return;
          const suggestions = [...found.suggestions].sort((a, b) => a.start.getTime() - b.start.getTime());
          update(transactionId, () => ({
            times: { ...IDLE_TIMES, status: "ready", suggestions, emptyReason: found.emptyReason },
          }));
        } catch (error) {
          if (!request.signal.aborted)
            update(transactionId, () => ({ times: { ...IDLE_TIMES, status: "error", error } }));
        }
      },

      chooseTime(start, source) {
        edit((plan) => ({ time: timeOf(start, plan.durationMinutes, source) }));
      },

      prepare(i18n) {
        const plan = get().plan;
        if (plan?.scheduling.status !== "idle") return;
        const manager = managerOf(plan, notes.getState().chosenManager);
        if (plan.people.status !== "ready" || !manager || !plan.time) return;
        const chosen = selectedCandidates(plan, candidates());
        const transcriptState = transcripts.getState();
        try {
          const packet = buildReviewPacket({
            reviewId: plan.transactionId,
            rep: plan.people.value.rep,
            manager,
            calls: chosen.map((candidate) =>
              reviewCallSelection(
                candidate,
                plan.choices[candidate.call.id] ?? UNCHANGED_CHOICE,
                callTranscriptOf(transcriptState, candidate.call.id),
                i18n,
              ),
            ),
            now: now(),
          });
          const invite = buildReviewInvite(packet, {
            labels: reviewInviteLabels(i18n),
            formatDate: inviteDateFormatter(i18n),
            timeZone: i18n.timeZone,
            start: plan.time.start,
            end: plan.time.end,
          });
          set({
            plan: {
              ...plan,
              prepared: { packet, invite, start: plan.time.start, end: plan.time.end },
              prepareError: null,
            },
          });
        } catch (error) {
          set({ plan: { ...plan, prepared: null, prepareError: error } });
        }
      },

      schedule() {
        const plan = get().plan;
        const prepared = plan?.prepared;
        if (!plan || !prepared || plan.scheduling.status === "done") return Promise.resolve();
        const { transactionId } = plan;
        // A second press while the first runs is the same press.
        if (scheduling?.transactionId === transactionId) return scheduling.run;
        update(transactionId, () => ({ scheduling: { status: "running" } }));
        const run = repository
          .scheduleReview({ invite: prepared.invite })
          .then((scheduled) => {
            const review = notes.getState().recordReview({
              id: transactionId,
              eventId: scheduled.eventId,
              webLink: scheduled.webLink,
              joinUrl: scheduled.joinUrl,
              start: scheduled.start.toISOString(),
              end: scheduled.end.toISOString(),
              manager: { name: prepared.packet.manager.name, email: prepared.packet.manager.email },
              calls: prepared.packet.calls.map((call) => ({
                callId: call.id,
                subject: call.subject,
                start: call.start,
                company: call.customer.company,
              })),
            });
            update(transactionId, () => ({ scheduling: { status: "done", review } }));
          })
          .catch((error: unknown) => {
            update(transactionId, () => ({ scheduling: { status: "failed", error } }));
          })
          .finally(() => {
            if (scheduling?.run === run) scheduling = null;
          });
        scheduling = { transactionId, run };
        return run;
      },
    };
  });
}
