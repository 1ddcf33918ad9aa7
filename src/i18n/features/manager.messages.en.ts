/**
 * The `manager` namespace in English, but for the words the first screen shows (in `messages.en.ts`): it travels
 * with the feature's code, see `manager.messages.ts`.
 */
export const managerMessagesEn = {
  heading: "Review packet",
  opening: "Reading the review packet…",

  noItem: "Open Momentum from a review invite in your calendar to see what the rep sends you.",
  itemNotFound:
    "This meeting isn't in your calendar any more. Open the review invite again from your calendar.",
  itemFailed: "Outlook couldn't show Momentum this meeting. Close the pane and open it again.",
  noPacketTitle: "No review packet in this meeting",
  noPacketBody:
    "A rep's calls show here when they schedule a review with Momentum or attach their calls to the invite. If this is a review, ask the rep to attach their calls.",
  invalidTitle: "This review packet can't be read",
  invalidBody:
    "The file attached to this meeting isn't a review packet Momentum can show; it may have been changed after the rep sent it. Ask the rep to attach their calls again.",
  invalidDetails: "Details for support",
  newerTitle: "This review packet needs a newer Momentum",
  newerBody:
    "The rep sent it from a newer version of Momentum. Update Momentum (your admin may need to), or ask the rep to send you the calls another way for now.",
  unavailableTitle: "Couldn't read the review packet right now",
  unavailableUnsupported:
    "This Outlook can't hand the packet to Momentum. Open the invite in Outlook on the web or in the new Outlook.",
  unavailableHost: "Outlook couldn't hand the packet to Momentum. Try again in a moment.",

  guideHeading: "How to run the review",
  guideOwnFirst: "Let {rep} find their own weak points first: ask them to walk you through each key moment.",
  guideAskFirst: "Ask before you tell. “What would you try next time?” teaches more than your answer.",
  guideOneChange: "End each call with one concrete change {rep} will make on their next call.",

  yourNotesHeading: "Your notes",
  privateNotes: "Private notes on {subject}",
  privateHint: "Only you see these. They're kept in your own OneDrive and never sent.",
  agreedLearning: "What we agreed for {subject}",
  agreedHint: "This goes into your follow-up to {rep}.",
  notesReadOnly: "Your notes can't be saved right now, so they can't be changed.",

  followUpHeading: "Follow-up to {rep}",
  followUpIntro:
    "After the session, send {rep} what you agreed for each call. Your private notes are never included.",
  preview: "Preview the follow-up",
  hidePreview: "Hide the preview",
  previewTo: "To",
  previewSubject: "Subject",
  previewFrame: "The follow-up mail as {rep} will see it",
  send: "Send the follow-up",
  sending: "Sending…",
  sentOn: "Follow-up sent on {date}",
  sendAgainHint: "Already sent. To correct it, write to {rep} yourself.",
  sendFailed: "The follow-up wasn't sent",
  sendUncertain:
    "Momentum couldn't tell whether the follow-up went out. Look in your Sent Items before you try again.",
  cannotSend: "Your notes can't be saved right now, so Momentum won't send a follow-up it can't record.",

  mailSubject: {
    one: "Our call review: what we agreed ({count} call)",
    other: "Our call review: what we agreed ({count} calls)",
  },
  mailGreeting: "Hi {rep},",
  mailIntro: {
    one: "Thanks for walking me through your call. This is what we agreed:",
    other: "Thanks for walking me through your {count} calls. This is what we agreed for each:",
  },
  mailCall: "Call",
  mailDate: "Date",
  mailLearning: "What we agreed",
  mailNoLearning: "Nothing agreed",
  mailEmpty: "—",
  mailSignOff: "Keep calling,\n{manager}",

  demoInvitesHeading: "Review invites in your calendar",
  demoInvitesNone: "No review invites in your calendar yet. Be the rep and schedule a review first.",
  demoInvitesFailed: "Couldn't list your review invites.",
  demoOpenInvite: "{subject}, {date}",
} as const;
