/**
 * The `compose` namespace in English: the Outlook pane where the rep attaches calls to a meeting. It travels with the
 * feature's code, see `compose.messages.ts`.
 */
export const composeMessagesEn = {
  heading: "Attach calls to this review",
  intro:
    "Choose the flagged calls to discuss. Momentum puts them at the top of this meeting and attaches the review packet your manager opens in Outlook.",
  loading: "Loading your flagged calls…",
  loadFailed: "Couldn't load your flagged calls",
  none: "No flagged calls yet",
  noneHint: "Flag a bad call in Momentum first, then attach it here.",
  callsLabel: "Flagged calls",
  inReview: "Already in a review",
  attach: { one: "Attach {count} call", other: "Attach {count} calls" },
  attaching: "Attaching…",
  chooseOne: "Choose at least one call.",
  attached: {
    one: "{count} call is attached. Your manager sees it when they open the invite.",
    other: "{count} calls are attached. Your manager sees them when they open the invite.",
  },
  attachFailed: "The calls weren't attached",
  tooMuch: "These calls hold too much for one packet. Choose fewer calls, or fewer moments in Reflect.",

  managerHeading: "Your manager",
  managerLookingUp: "Looking up your manager…",
  managerUnknown:
    "Momentum doesn't know who your manager is yet. Plan a review in Momentum once to choose them, then attach your calls here.",
  addManager: "Add {name} as attendee",
  addingManager: "Adding…",
  managerAdded: "{name} is invited.",
  addManagerFailed: "{name} wasn't added",

  unsupported:
    "Outlook didn't let Momentum write into this meeting. Switch the body to HTML (Format text, HTML), or use a newer Outlook such as Outlook on the web.",
  notAnAppointment: "This is a mail, not a meeting. Open Momentum from a meeting you're writing.",
  notFound: "This meeting was closed or changed. Open it again and try once more.",
  outlookFailed: "Outlook couldn't finish. Try again.",
} as const;
