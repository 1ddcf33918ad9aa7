import type { Call } from "../domain/calls/call.ts";
import type { GraphClient } from "../graph/graph-client.ts";
import { getMe } from "../graph/me.graph.ts";
import { getTranscriptContent, type TranscriptForbiddenReason } from "../graph/transcripts.graph.ts";
import { openTranscriptCache, type TranscriptCache } from "./transcripts.cache.ts";
import type {
  CallTranscriptText,
  TranscriptsRepository,
  TranscriptUnavailableReason,
} from "./transcripts.repository.ts";

export interface GraphTranscriptsRepositoryOptions {
  /**
   * Any stable identifier of the signed-in user, such as their UPN (the token provider's account knows it),
   * naming this browser's transcript cache; without it, the repository asks Graph once (`GET /me`).
   */
  readonly userKey?: string | null;
  /** Online meeting IDs by join URL; pass the calls repository's to share what it already looked up. */
  readonly meetingIds?: Map<string, string>;
  readonly openCache?: (userKey: string) => Promise<TranscriptCache>;
}

const FORBIDDEN_REASONS = {
  notOrganizer: "notOrganizer",
  disabledByAdmin: "disabledByAdmin",
  other: "forbidden",
} as const satisfies Record<TranscriptForbiddenReason, TranscriptUnavailableReason>;

/**
 * Call transcripts from Microsoft Graph, kept in this browser (IndexedDB, per user) once read, so that opening
 * a call again costs no round trip. Graph is asked only about Teams meetings the rep organized: for any other
 * call the answer is known without asking.
 */
export class GraphTranscriptsRepository implements TranscriptsRepository {
  private readonly meetingIds: Map<string, string>;
  private cache: Promise<TranscriptCache> | null = null;

  constructor(
    private readonly client: GraphClient,
    private readonly options: GraphTranscriptsRepositoryOptions = {},
  ) {
    this.meetingIds = options.meetingIds ?? new Map();
  }

  async getTranscript(call: Call, signal?: AbortSignal): Promise<CallTranscriptText> {
    if (call.source === "manual") return unavailable("loggedByHand");
    if (!call.joinUrl) return unavailable("notTeamsMeeting");
    if (!call.isOrganizer) return unavailable("notOrganizer");

    const cache = await this.openedCache(signal);
    const cached = await cache.get(call.id);
    if (cached !== null) return { status: "available", vtt: cached };

    const result = await getTranscriptContent(this.client, call.joinUrl, {
      signal,
      meetingIds: this.meetingIds,
      during: { start: call.start, end: call.end },
    });
    switch (result.status) {
      case "ok":
        await cache.put(call.id, result.vtt);
        return { status: "available", vtt: result.vtt };
      case "none":
        return unavailable("noTranscript");
      case "notFound":
        return unavailable("notFound");
      case "forbidden":
        return unavailable(FORBIDDEN_REASONS[result.reason]);
    }
  }

  async forgetTranscripts(): Promise<void> {
    await (await this.openedCache()).clear();
  }

  private openedCache(signal?: AbortSignal): Promise<TranscriptCache> {
    if (this.cache === null) {
      const opening = this.userKey(signal).then(this.options.openCache ?? openTranscriptCache);
      // A failed `GET /me` is asked again next time rather than remembered.
      opening.catch(() => {
        if (this.cache === opening) this.cache = null;
      });
      this.cache = opening;
    }
    return this.cache;
  }

  private async userKey(signal?: AbortSignal): Promise<string> {
    return this.options.userKey || (await getMe(this.client, signal)).userPrincipalName;
  }
}

function unavailable(reason: TranscriptUnavailableReason): CallTranscriptText {
  return { status: "unavailable", reason };
}
