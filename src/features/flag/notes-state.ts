import type {
  CallNotes,
  LoggedCall,
  ReflectionQuestion,
  ReframeQuestion,
} from "../../domain/notes/call-notes.ts";
import type { ChosenManager, CoachingRecord, ReviewRecord } from "../../domain/notes/review-record.ts";

/**
 * Whether the rep's last edits are safe, said honestly: `saved` in their OneDrive; `saving` on the way;
 * `waitingForNetwork` kept in this browser's outbox until Graph answers again; `failed` for what retrying
 * cannot fix (the stored document is invalid, or permission was withdrawn).
 */
export type SaveStatus = "saved" | "saving" | "waitingForNetwork" | "failed";

export type NotesLoadStatus = "idle" | "loading" | "ready" | "error";

/** What a logged call needs from the rep; the store adds its ID and when it was logged. */
export type LoggedCallInput = Omit<LoggedCall, "id" | "loggedAt" | "deleted">;

/** A review session as the rep schedules it; the store adds `scheduledAt` and empty outcomes. */
export type ReviewRecordInput = Omit<ReviewRecord, "scheduledAt" | "outcomes">;

/** The rep whose review a manager is coaching, as the packet names them. */
export interface CoachedRep {
  readonly name: string;
  readonly email: string;
}

/**
 * The rep's flags, reframes, reflections and logged calls, as the UI sees them. Every edit shows at once
 * (it is applied locally first) and is saved in the background; see {@link SaveStatus}.
 * Implemented by `notes.store.ts`; components read it through `useNotesStore`.
 */
export interface NotesState {
  readonly status: NotesLoadStatus;
  /**
   * Why loading failed (`status` is `error`), or else why saving failed (`saveStatus` is `failed`);
   * a `GraphRequestError`-like value with a `kind`.
   */
  readonly error: unknown;
  /**
   * The stored document failed validation (edited by hand, or written by a newer version of Momentum):
   * it is kept untouched and never overwritten, so edits are refused until it is fixed or deleted.
   */
  readonly invalidDocument: { readonly reason: string } | null;
  /** Per call ID. */
  readonly notes: ReadonlyMap<string, CallNotes>;
  /** Newest first; deleted ones left out. */
  readonly loggedCalls: readonly LoggedCall[];
  /** The manager the rep picked by hand; `null` when none is picked (or the choice was cleared). */
  readonly chosenManager: ChosenManager | null;
  /** The review sessions the rep scheduled, soonest start first. */
  readonly reviews: readonly ReviewRecord[];
  /** As a manager: by the packet's `reviewId`. */
  readonly coaching: ReadonlyMap<string, CoachingRecord>;
  readonly saveStatus: SaveStatus;
  /** Edits not yet confirmed by Graph (in flight or in the outbox). */
  readonly pendingEdits: number;

  load(): Promise<void>;
  flag(callId: string): void;
  /** Unflagging keeps the notes; flagging again (undo) brings the flag back with them. */
  unflag(callId: string): void;
  setFlagNote(callId: string, note: string): void;
  answerReframe(callId: string, question: ReframeQuestion, answer: string): void;
  skipReframe(callId: string): void;
  answerReflection(callId: string, question: ReflectionQuestion, answer: string): void;
  /** The key moments of the call's transcript the rep wants to discuss, as the whole set (see `CallNotes`). */
  setChosenMoments(callId: string, momentIds: readonly string[]): void;
  logCall(input: LoggedCallInput): LoggedCall;
  /** Remembers the manager the rep picked (`null` forgets it, so the directory or a new pick decides). */
  chooseManager(manager: ChosenManager | null): void;
  /** Keeps a review session Graph has confirmed, so its calls show "in review" and the reviews list has it. */
  recordReview(input: ReviewRecordInput): ReviewRecord;
  setReviewDiscussed(reviewId: string, callId: string, discussed: boolean): void;
  setReviewLearning(reviewId: string, callId: string, learning: string): void;
  /** As a manager: a private note on one call of a review, never sent unless the manager chooses to. */
  writeCoachingNote(reviewId: string, rep: CoachedRep, callId: string, note: string): void;
  /** As a manager: the learning agreed for one call, which the follow-up mail carries. */
  writeAgreedLearning(reviewId: string, rep: CoachedRep, callId: string, learning: string): void;
  markFollowUpSent(reviewId: string, rep: CoachedRep): void;
  /** Removes everything Momentum stored for this user, in OneDrive and in this browser. */
  deleteAllData(): Promise<void>;
}
