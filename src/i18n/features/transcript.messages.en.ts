/**
 * The `transcript` namespace in English: reading a call's transcript, and why there may be none.
 * It travels with the feature's code, see `transcript.messages.ts`.
 */
export const transcriptMessagesEn = {
  heading: "From the transcript",
  loading: "Reading the transcript…",
  loadFailed: "Couldn't read the transcript",
  analysisFailed: "Momentum couldn't make sense of this transcript.",
  loggedByHand: "Calls you log by hand have no transcript.",
  notTeamsMeeting: "This wasn't a Teams meeting, so there's no transcript.",
  notOrganizer: "Only the meeting organizer can read its transcript.",
  disabledByAdmin: "Your admin has turned off transcript access for apps.",
  forbidden: "Microsoft 365 didn't let Momentum read this transcript.",
  noTranscript: "This meeting has no transcript.",
  notFound: "Teams no longer has this meeting's transcript.",
  empty: "The transcript has no lines in it.",
  noSpeakerNames:
    "The transcript doesn't say who spoke (speaker names may be turned off), so there are no talk figures.",
  repNotFound: "Momentum couldn't find {name} among the speakers, so your own figures are missing.",
  someLinesUnreadable: "Some lines of the transcript couldn't be read.",
  privacy: "Worked out on this device. The transcript isn't sent anywhere.",
} as const;
