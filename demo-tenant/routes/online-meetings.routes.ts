import { type Context, Hono } from "hono";
import { graphTimestamp } from "../calendar/graph-date-time.ts";
import type { GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import { odataContext } from "../http/odata.ts";
import { stableGuid } from "../ids.ts";
import type { DirectoryUser, Person } from "../seed/people.seed.ts";
import type { SeedOnlineMeeting, SeedTranscript } from "../seed/seed.model.ts";
import type { TenantServices } from "../tenant-services.ts";

const VTT = "text/vtt";

/**
 * Teams meetings and their transcripts, for the meetings the signed-in user organized:
 * look a meeting up by its join URL, list its transcripts, read one as `text/vtt`.
 * Served under `/me/onlineMeetings` and `/users/{own id or UPN}/onlineMeetings`.
 */
export function onlineMeetingsRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();

  /** Delegated access reaches the caller's own meetings only. */
  const owner = (c: Context<GraphEnv>): DirectoryUser => {
    const user = c.get("user");
    const requested = c.req.param("userId")?.toLowerCase();
    if (requested !== undefined && requested !== user.id && requested !== user.email) {
      throw new GraphHttpError(
        403,
        "Forbidden",
        "Delegated access to another user's online meetings is not allowed.",
      );
    }
    return user;
  };

  const organizedMeeting = (c: Context<GraphEnv>): SeedOnlineMeeting => {
    const user = owner(c);
    const meeting = store.seed.onlineMeetings.find((m) => m.id === c.req.param("meetingId"));
    if (!meeting) throw new GraphHttpError(404, "NotFound", "The requested online meeting was not found.");
    if (meeting.organizer.email !== user.email) {
      throw new GraphHttpError(
        403,
        "Forbidden",
        "Only the organizer of the meeting can access its transcripts.",
      );
    }
    return meeting;
  };

  const readableTranscripts = (c: Context<GraphEnv>): { meeting: SeedOnlineMeeting; user: DirectoryUser } => {
    const meeting = organizedMeeting(c);
    if (meeting.transcriptAccess === "disabledByAdmin") {
      throw new GraphHttpError(
        403,
        "Forbidden",
        "Graph API access to transcripts is disabled for this tenant.",
        {
          innerCode: "GraphAccessToTranscriptsDisabled",
        },
      );
    }
    return { meeting, user: c.get("user") };
  };

  const transcriptOf = (c: Context<GraphEnv>, meeting: SeedOnlineMeeting): SeedTranscript => {
    const transcript = meeting.transcripts.find((t) => t.id === c.req.param("transcriptId"));
    if (!transcript) throw new GraphHttpError(404, "NotFound", "The requested transcript was not found.");
    return transcript;
  };

  for (const prefix of ["/me/onlineMeetings", "/users/:userId/onlineMeetings"]) {
    routes.get(prefix, (c) => {
      const user = owner(c);
      const joinWebUrl = joinWebUrlFilter(c.req.query("$filter"));
      const meeting = store.seed.onlineMeetings.find(
        (m) => m.joinWebUrl === joinWebUrl && m.organizer.email === user.email,
      );
      return c.json({
        "@odata.context": odataContext(c.req.url, `users('${user.id}')/onlineMeetings`),
        value: meeting ? [toGraphOnlineMeeting(meeting)] : [],
      });
    });

    routes.get(`${prefix}/:meetingId`, (c) => {
      const meeting = organizedMeeting(c);
      return c.json({
        "@odata.context": odataContext(c.req.url, `users('${c.get("user").id}')/onlineMeetings/$entity`),
        ...toGraphOnlineMeeting(meeting),
      });
    });

    routes.get(`${prefix}/:meetingId/transcripts`, (c) => {
      const { meeting, user } = readableTranscripts(c);
      return c.json({
        "@odata.context": odataContext(
          c.req.url,
          `users('${user.id}')/onlineMeetings('${meeting.id}')/transcripts`,
        ),
        "@odata.count": meeting.transcripts.length,
        value: meeting.transcripts.map((t) => toGraphTranscript(c, meeting, t)),
      });
    });

    routes.get(`${prefix}/:meetingId/transcripts/:transcriptId`, (c) => {
      const { meeting, user } = readableTranscripts(c);
      const transcript = transcriptOf(c, meeting);
      return c.json({
        "@odata.context": odataContext(
          c.req.url,
          `users('${user.id}')/onlineMeetings('${meeting.id}')/transcripts/$entity`,
        ),
        ...toGraphTranscript(c, meeting, transcript),
      });
    });

    routes.get(`${prefix}/:meetingId/transcripts/:transcriptId/content`, (c) => {
      const { meeting } = readableTranscripts(c);
      const transcript = transcriptOf(c, meeting);
      const format = c.req.query("$format");
      if (format !== undefined && format !== VTT) {
        throw new GraphHttpError(400, "BadRequest", `The format '${format}' is not supported; use '${VTT}'.`);
      }
      return c.body(transcript.recording.vtt, 200, { "Content-Type": VTT });
    });
  }

  return routes;
}

/** `JoinWebUrl eq '<url>'` (property name in any case, `''` for a quote inside the literal). */
function joinWebUrlFilter(filter: string | undefined): string {
  const match = /^\s*joinWebUrl\s+eq\s+'(.*)'\s*$/is.exec(filter ?? "");
  if (!match) {
    throw new GraphHttpError(
      400,
      "BadRequest",
      "Listing online meetings requires a filter of the form JoinWebUrl eq '<join URL>'.",
    );
  }
  return (match[1] ?? "").replaceAll("''", "'");
}

function identity(person: Person, tenantId: string | null, role: "presenter" | "attendee") {
  return {
    upn: person.email,
    role,
    identity: {
      user: { id: stableGuid("user", person.email), displayName: null, tenantId, identityProvider: "AAD" },
    },
  };
}

function toGraphOnlineMeeting(meeting: SeedOnlineMeeting) {
  const threadId = decodeURIComponent(new URL(meeting.joinWebUrl).pathname.split("/")[3] ?? "");
  return {
    id: meeting.id,
    creationDateTime: graphTimestamp(meeting.creationDateTime),
    startDateTime: graphTimestamp(meeting.startDateTime),
    endDateTime: graphTimestamp(meeting.endDateTime),
    joinWebUrl: meeting.joinWebUrl,
    subject: meeting.subject,
    isBroadcast: false,
    autoAdmittedUsers: "everyoneInCompany",
    allowedPresenters: "everyone",
    allowMeetingChat: "enabled",
    allowTranscription: true,
    allowRecording: true,
    isEntryExitAnnounced: false,
    recordAutomatically: false,
    videoTeleconferenceId: null,
    externalId: null,
    chatInfo: { threadId, messageId: "0", replyChainMessageId: null },
    lobbyBypassSettings: { scope: "organization", isDialInBypassEnabled: false },
    participants: {
      organizer: identity(meeting.organizer, meeting.tenantId, "presenter"),
      attendees: meeting.attendees.map((person) => identity(person, null, "attendee")),
    },
  };
}

function toGraphTranscript(c: Context<GraphEnv>, meeting: SeedOnlineMeeting, transcript: SeedTranscript) {
  const root = new URL(c.req.url);
  const versionRoot = root.pathname.slice(0, root.pathname.indexOf("/v1.0") + "/v1.0".length);
  return {
    id: transcript.id,
    meetingId: meeting.id,
    callId: transcript.callId,
    contentCorrelationId: transcript.contentCorrelationId,
    transcriptContentUrl: `${root.origin}${versionRoot}/users/${meeting.organizerId}/onlineMeetings/${meeting.id}/transcripts/${transcript.id}/content`,
    createdDateTime: graphTimestamp(transcript.createdDateTime),
    endDateTime: graphTimestamp(transcript.endDateTime),
    meetingOrganizer: {
      application: null,
      device: null,
      user: {
        "@odata.type": "#microsoft.graph.teamworkUserIdentity",
        id: meeting.organizerId,
        displayName: null,
        userIdentityType: "aadUser",
        tenantId: meeting.tenantId,
      },
    },
  };
}
