import type { TranscriptAvailability } from "../domain/calls/call.ts";
import { type BatchResult, sendBatch } from "./batch.graph.ts";
import type { GraphClient } from "./graph-client.ts";
import type { GraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";

export interface TranscriptAvailabilityOptions {
  readonly signal?: AbortSignal;
  /**
   * Online meeting IDs by join URL, kept by the caller for as long as the same user is signed in. A meeting's ID
   * never changes, so with it a reload of the calls list costs one batch instead of two. Found meetings are
   * added; one that could not be found or read is not, and is asked about again next time.
   */
  readonly meetingIds?: Map<string, string>;
}

/**
 * Whether the transcripts of the Teams meetings behind `joinUrls` can be read, by join URL. Meant for meetings
 * the signed-in user organized: only the organizer may list a meeting's transcripts.
 *
 * Two steps, each a `$batch` of up to 20: find each meeting by its join URL (OnlineMeetings.Read), then list its
 * transcripts (OnlineMeetingTranscript.Read.All). A 403 at either step is normal (not the organizer, transcripts
 * turned off for the tenant with `GraphAccessToTranscriptsDisabled`) and reads `unavailable`; no meeting or no
 * transcript reads `none`; a failure that may pass (throttled beyond the retries, Graph down) reads `unknown`.
 * Rejects only when a whole batch fails (no token, no connection).
 */
export async function getTranscriptAvailability(
  client: GraphClient,
  joinUrls: readonly string[],
  { signal, meetingIds = new Map() }: TranscriptAvailabilityOptions = {},
): Promise<Map<string, TranscriptAvailability>> {
  const availability = new Map<string, TranscriptAvailability>();
  const distinct = [...new Set(joinUrls)];

  const unknownMeetings = distinct.filter((joinUrl) => !meetingIds.has(joinUrl));
  const lookups = await sendBatch(
    client,
    unknownMeetings.map((joinUrl, index) => ({
      id: String(index),
      method: "GET",
      url: meetingByJoinUrlPath(joinUrl),
    })),
    { scopes: [GraphScope.OnlineMeetingsRead], signal },
  );
  unknownMeetings.forEach((joinUrl, index) => {
    const lookup = resultOf(lookups, index);
    const meetingId = lookup.ok ? firstIdOf(lookup.body) : null;
    if (meetingId) meetingIds.set(joinUrl, meetingId);
    else availability.set(joinUrl, lookup.ok ? "none" : availabilityAfter(lookup.error));
  });

  const meetings = distinct.flatMap((joinUrl) => {
    const meetingId = meetingIds.get(joinUrl);
    return meetingId ? [{ joinUrl, meetingId }] : [];
  });
  const transcriptLists = await sendBatch(
    client,
    meetings.map(({ meetingId }, index) => ({
      id: String(index),
      method: "GET",
      url: `/me/onlineMeetings/${encodeURIComponent(meetingId)}/transcripts`,
    })),
    { scopes: [GraphScope.OnlineMeetingTranscriptReadAll], signal },
  );
  meetings.forEach(({ joinUrl }, index) => {
    const list = resultOf(transcriptLists, index);
    if (!list.ok) availability.set(joinUrl, availabilityAfter(list.error));
    else availability.set(joinUrl, collectionOf(list.body).length > 0 ? "available" : "none");
  });
  return availability;
}

/**
 * `GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`. The URL is an OData string literal (a single quote is
 * written twice) and then URL-encoded as a whole, as Graph requires of the join URL.
 */
export function meetingByJoinUrlPath(joinUrl: string): string {
  const filter = `JoinWebUrl eq '${joinUrl.replaceAll("'", "''")}'`;
  return `/me/onlineMeetings?$filter=${encodeURIComponent(filter)}&$select=id`;
}

function availabilityAfter(error: GraphRequestError): TranscriptAvailability {
  if (error.kind === "forbidden") return "unavailable";
  if (error.kind === "notFound") return "none";
  return "unknown";
}

function resultOf(results: ReadonlyMap<string, BatchResult>, index: number): BatchResult {
  const result = results.get(String(index));
  if (!result) throw new Error(`The batch has no result for request ${index}`);
  return result;
}

function collectionOf(body: unknown): readonly unknown[] {
  if (typeof body !== "object" || body === null || !("value" in body)) return [];
  return Array.isArray(body.value) ? body.value : [];
}

function firstIdOf(body: unknown): string | null {
  const [first] = collectionOf(body);
  if (typeof first !== "object" || first === null || !("id" in first)) return null;
  return typeof first.id === "string" && first.id !== "" ? first.id : null;
}
