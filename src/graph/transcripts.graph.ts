import { ResponseType } from "@microsoft/microsoft-graph-client";
import * as z from "zod/mini";
import type { GraphClient } from "./graph-client.ts";
import { GraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";
import { meetingByJoinUrlPath } from "./online-meetings.graph.ts";
import { listAllPages } from "./paging.graph.ts";

/** Why Graph would not hand over a meeting's transcripts. */
export type TranscriptForbiddenReason = "notOrganizer" | "disabledByAdmin" | "other";

/** What became of asking for a meeting's transcript; every failure not listed here rejects. */
export type TranscriptContentResult =
  | { readonly status: "ok"; readonly vtt: string }
  /** The meeting was found and has no transcript (nobody started transcription, or not in this occurrence). */
  | { readonly status: "none" }
  | { readonly status: "forbidden"; readonly reason: TranscriptForbiddenReason }
  /** No meeting with this join URL for this user, or the meeting or transcript is gone (Graph answered 404). */
  | { readonly status: "notFound" };

export interface TranscriptContentOptions {
  readonly signal?: AbortSignal;
  /**
   * Online meeting IDs by join URL, kept by the caller for the signed-in user (as for
   * `getTranscriptAvailability`): with a known ID, the lookup by join URL is skipped.
   */
  readonly meetingIds?: Map<string, string>;
  /**
   * When the call took place. A recurring Teams meeting is one online meeting whose transcripts pile up
   * occurrence after occurrence; with this, only a transcript made during this occurrence is taken.
   */
  readonly during?: { readonly start: Date; readonly end: Date };
}

/** Graph's inner error code when the tenant's admin turned off Graph access to transcripts. */
export const TRANSCRIPTS_DISABLED_CODE = "GraphAccessToTranscriptsDisabled";

const VTT = "text/vtt";
/** People join early, and meetings overrun their calendar slot. */
const EARLIEST_BEFORE_START_MS = 30 * 60_000;
const LATEST_AFTER_END_MS = 2 * 60 * 60_000;

const transcriptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  createdDateTime: z.nullish(z.string()),
  endDateTime: z.nullish(z.string()),
});
type TranscriptMetadata = z.infer<typeof transcriptSchema>;

const meetingsSchema = z.object({ value: z.array(z.object({ id: z.string().check(z.minLength(1)) })) });

/**
 * The WebVTT text of the latest transcript of the Teams meeting behind `joinUrl`, which the signed-in user
 * organized: find the meeting by its join URL (OnlineMeetings.Read), list its transcripts and read the latest
 * one's content as `text/vtt` (OnlineMeetingTranscript.Read.All), each step asking for its own scope only.
 *
 * A 403 or 404 is an answer, not a failure: transcripts are often out of reach, and the rep is simply told
 * why. Anything else (throttled beyond the retries, Graph down, no token) rejects with a `GraphRequestError`.
 * The transcript is returned to the caller only; nothing here logs or keeps it.
 */
export async function getTranscriptContent(
  client: GraphClient,
  joinUrl: string,
  { signal, meetingIds = new Map(), during }: TranscriptContentOptions = {},
): Promise<TranscriptContentResult> {
  let meetingId = meetingIds.get(joinUrl);
  if (meetingId === undefined) {
    const lookup = await step("lookup", () => findMeetingId(client, joinUrl, signal));
    if (!lookup.ok) return lookup.result;
    if (lookup.value === null) return { status: "notFound" };
    meetingId = lookup.value;
    meetingIds.set(joinUrl, meetingId);
  }

  const listed = await step("transcripts", () => listTranscripts(client, meetingId, signal));
  if (!listed.ok) {
    // A meeting that is gone takes its cached ID with it; one that refuses us will refuse us next time too.
    if (listed.result.status === "notFound") meetingIds.delete(joinUrl);
    return listed.result;
  }
  const transcript = latestTranscript(listed.value, during);
  if (transcript === null) return { status: "none" };

  const content = await step("transcripts", () => readContent(client, meetingId, transcript.id, signal));
  return content.ok ? { status: "ok", vtt: content.value } : content.result;
}

/** The lookup by join URL, or reading a found meeting's transcripts. */
type Stage = "lookup" | "transcripts";

type StepResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly result: TranscriptContentResult };

/** Runs one request, turning Graph's refusals (403, 404) into answers; every other failure rejects. */
async function step<T>(stage: Stage, request: () => Promise<T>): Promise<StepResult<T>> {
  try {
    return { ok: true, value: await request() };
  } catch (error) {
    const refusal = refusalOf(error, stage);
    if (refusal === null) throw error;
    return { ok: false, result: refusal };
  }
}

/**
 * Once the meeting is found, only its organizer may read its transcripts, so a 403 there means the rep did not
 * organize it, unless Graph names the admin's switch. A 403 of the lookup, before any meeting is in sight, is
 * about Momentum's access rather than about organizing.
 */
function refusalOf(error: unknown, stage: Stage): TranscriptContentResult | null {
  if (!(error instanceof GraphRequestError)) return null;
  if (error.kind === "notFound") return { status: "notFound" };
  if (error.kind !== "forbidden") return null;
  if (error.innerCode === TRANSCRIPTS_DISABLED_CODE || error.code === TRANSCRIPTS_DISABLED_CODE) {
    return { status: "forbidden", reason: "disabledByAdmin" };
  }
  return { status: "forbidden", reason: stage === "lookup" ? "other" : "notOrganizer" };
}

async function findMeetingId(
  client: GraphClient,
  joinUrl: string,
  signal: AbortSignal | undefined,
): Promise<string | null> {
  const body: unknown = await client
    .api(meetingByJoinUrlPath(joinUrl), [GraphScope.OnlineMeetingsRead])
    .option("signal", signal)
    .get();
  const found = meetingsSchema.safeParse(body);
  return found.success ? (found.data.value[0]?.id ?? null) : null;
}

async function listTranscripts(
  client: GraphClient,
  meetingId: string,
  signal: AbortSignal | undefined,
): Promise<TranscriptMetadata[]> {
  const items = await listAllPages<unknown>(client, {
    path: `/me/onlineMeetings/${encodeURIComponent(meetingId)}/transcripts`,
    scopes: [GraphScope.OnlineMeetingTranscriptReadAll],
    signal,
  });
  return items.flatMap((item) => {
    const parsed = transcriptSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** `$format` is what the Graph docs show, `Accept` what HTTP says; Graph honours either, so both go. */
async function readContent(
  client: GraphClient,
  meetingId: string,
  transcriptId: string,
  signal: AbortSignal | undefined,
): Promise<string> {
  const meeting = encodeURIComponent(meetingId);
  const transcript = encodeURIComponent(transcriptId);
  const content: unknown = await client
    .api(`/me/onlineMeetings/${meeting}/transcripts/${transcript}/content?$format=${VTT}`, [
      GraphScope.OnlineMeetingTranscriptReadAll,
    ])
    .header("Accept", VTT)
    .responseType(ResponseType.TEXT)
    .option("signal", signal)
    .get();
  return typeof content === "string" ? content : "";
}

/**
 * The most recently created transcript (transcription can be stopped and started again in one meeting), of
 * those made while the call took place when `during` is given. A transcript without dates is never ruled out.
 */
function latestTranscript(
  transcripts: readonly TranscriptMetadata[],
  during: TranscriptContentOptions["during"],
): TranscriptMetadata | null {
  let latest: TranscriptMetadata | null = null;
  for (const transcript of transcripts) {
    if (during && !madeDuring(transcript, during)) continue;
    if (latest === null || createdAt(transcript) >= createdAt(latest)) latest = transcript;
  }
  return latest;
}

function madeDuring(
  transcript: TranscriptMetadata,
  { start, end }: NonNullable<TranscriptContentOptions["during"]>,
): boolean {
  const created = timeOf(transcript.createdDateTime);
  if (Number.isNaN(created)) return true;
  const ended = timeOf(transcript.endDateTime);
  return (
    created <= end.getTime() + LATEST_AFTER_END_MS &&
    (Number.isNaN(ended) ? created : ended) >= start.getTime() - EARLIEST_BEFORE_START_MS
  );
}

/** An undated transcript counts as the oldest. */
function createdAt(transcript: TranscriptMetadata): number {
  const created = timeOf(transcript.createdDateTime);
  return Number.isNaN(created) ? Number.NEGATIVE_INFINITY : created;
}

function timeOf(dateTime: string | null | undefined): number {
  return dateTime ? Date.parse(dateTime) : Number.NaN;
}
