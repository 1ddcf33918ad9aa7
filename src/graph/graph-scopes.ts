/**
 * The delegated Microsoft Graph permissions Momentum asks for, each with the reason it is needed.
 * Every Graph module asks the token provider only for the scopes of the request it is making, so a user
 * who never opens a feature is never asked to consent to that feature's permissions.
 */
export const GraphScope = {
  UserRead: "User.Read",
  CalendarsRead: "Calendars.Read",
  OnlineMeetingsRead: "OnlineMeetings.Read",
  OnlineMeetingTranscriptReadAll: "OnlineMeetingTranscript.Read.All",
  UserReadAll: "User.Read.All",
  FilesReadWriteAppFolder: "Files.ReadWrite.AppFolder",
  CalendarsReadWrite: "Calendars.ReadWrite",
  MailSend: "Mail.Send",
  MailRead: "Mail.Read",
  PeopleRead: "People.Read",
} as const;

export type GraphScope = (typeof GraphScope)[keyof typeof GraphScope];

export interface GraphScopeInfo {
  /** What Momentum does with it, in one sentence (the README copies this table). */
  readonly reason: string;
  /** Whether a tenant administrator must consent (per the Graph permissions reference). */
  readonly adminConsent: boolean;
}

export const GRAPH_SCOPE_INFO: Readonly<Record<GraphScope, GraphScopeInfo>> = {
  [GraphScope.UserRead]: {
    reason:
      "Read the signed-in user's name and email address (GET /me), which tells customer calls from internal ones.",
    adminConsent: false,
  },
  [GraphScope.CalendarsRead]: {
    reason:
      "List the last 14 days of meetings (GET /me/calendarView) and read the review packet attached to a review invite.",
    adminConsent: false,
  },
  [GraphScope.OnlineMeetingsRead]: {
    reason:
      "Find the Teams meeting behind a calendar event by its join URL (GET /me/onlineMeetings?$filter=JoinWebUrl).",
    adminConsent: false,
  },
  [GraphScope.OnlineMeetingTranscriptReadAll]: {
    reason:
      "List and read the transcripts of Teams meetings the rep organized; insights are computed in the browser only.",
    adminConsent: true,
  },
  [GraphScope.UserReadAll]: {
    reason:
      "Find the rep's manager (GET /me/manager); without it the rep picks the manager once from people search.",
    adminConsent: true,
  },
  [GraphScope.FilesReadWriteAppFolder]: {
    reason:
      "Keep flags, reframes, reflections and the manager's private notes in the user's own OneDrive app folder only.",
    adminConsent: false,
  },
  [GraphScope.CalendarsReadWrite]: {
    reason:
      "Schedule the review session with the manager: create the Teams meeting and attach the review packet.",
    adminConsent: false,
  },
  [GraphScope.MailSend]: {
    reason: "Let the manager send the rep a follow-up mail after the review (POST /me/sendMail).",
    adminConsent: false,
  },
  [GraphScope.MailRead]: {
    reason:
      "Show the rep that the manager's follow-up arrived: find it by the review ID it is tagged with (an extended property, which Mail.ReadBasic may not read); only its subject, date and a link to open it are fetched, never the body.",
    adminConsent: false,
  },
  [GraphScope.PeopleRead]: {
    reason: "Suggest colleagues when the rep picks a manager by hand (GET /me/people).",
    adminConsent: false,
  },
};

/** The scopes each feature needs, for asking consent up front for a feature the user is about to use. */
export const FEATURE_SCOPES = {
  /** The recent-calls list: who the rep is, and their calendar. */
  recentCalls: [GraphScope.UserRead, GraphScope.CalendarsRead],
  /** Whether a call has a transcript, and reading it. */
  transcripts: [GraphScope.OnlineMeetingsRead, GraphScope.OnlineMeetingTranscriptReadAll],
  /** Who the rep's manager is, or picking one from people search. */
  manager: [GraphScope.UserReadAll, GraphScope.PeopleRead],
  /** Flags, reframes, reflections and notes in the app folder. */
  appFolder: [GraphScope.FilesReadWriteAppFolder],
  /** Scheduling a review session with the packet attached. */
  reviewSession: [GraphScope.CalendarsReadWrite],
  /** The manager's follow-up mail. */
  followUp: [GraphScope.MailSend],
  /** The rep's reviews list showing that the follow-up arrived. */
  followUpReceived: [GraphScope.MailRead],
} as const satisfies Record<string, readonly GraphScope[]>;

/** Every scope Momentum may ask for, e.g. for an administrator granting consent for the whole tenant. */
export const ALL_GRAPH_SCOPES: readonly GraphScope[] = Object.values(GraphScope);
