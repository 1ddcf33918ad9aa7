import type { Call } from "../domain/calls/call.ts";

/** Why a call's transcript cannot be read: each one is said to the rep in one plain sentence. */
export type TranscriptUnavailableReason =
  /** A call the rep logged by hand (phone, dialer): nothing was recorded. */
  | "loggedByHand"
  /** A meeting that was not a Teams meeting. */
  | "notTeamsMeeting"
  /** Only a meeting's organizer may read its transcript. */
  | "notOrganizer"
  /** The tenant's admin turned off apps' access to transcripts (`GraphAccessToTranscriptsDisabled`). */
  | "disabledByAdmin"
  /** Microsoft 365 refused for another reason (e.g. Momentum's access to meetings). */
  | "forbidden"
  /** Nobody started transcription in this meeting. */
  | "noTranscript"
  /** Teams no longer has the meeting or its transcript. */
  | "notFound";

/** A call's transcript as Teams wrote it (WebVTT), or why there is none to read. */
export type CallTranscriptText =
  | { readonly status: "available"; readonly vtt: string }
  | { readonly status: "unavailable"; readonly reason: TranscriptUnavailableReason };

/**
 * Where the UI gets a call's transcript. The UI talks to this interface only, never to Graph: the Graph
 * implementation is `transcripts.graph-repository.ts`. Transcripts stay in the browser: no implementation may
 * send them anywhere but to the rep's screen, or log them.
 */
export interface TranscriptsRepository {
  /**
   * The transcript of `call`, or why there is none; rejects only when it could not be asked (no connection,
   * Graph down), so the UI can offer to try again.
   */
  getTranscript(call: Call, signal?: AbortSignal): Promise<CallTranscriptText>;
  /** Forgets every transcript kept in this browser for the signed-in user. */
  forgetTranscripts(): Promise<void>;
}
