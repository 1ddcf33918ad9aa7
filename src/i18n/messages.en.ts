/**
 * The English catalog: the source of truth for message keys (see `translate.ts` for how keys, `{placeholders}`
 * and plurals work). A message is a string, or `{ one, other }` for a message that depends on `{count}`.
 * Namespaces follow the app: shared ones first, then one per feature.
 */
export const messagesEn = {
  app: {
    title: "Momentum",
    tagline: "Flag a bad call, reframe it in seconds, keep calling.",
    loading: "Loading Momentum…",
  },
  common: {
    tryAgain: "Try again",
    loading: "Loading…",
    close: "Close",
    cancel: "Cancel",
  },
  auth: {
    signInNeeded: "Sign in to see your calls",
    signIn: "Sign in",
    signingIn: "Signing in…",
    signInFailed: "Sign-in didn't finish. Try again, and allow the sign-in window if your browser blocks it.",
  },
  hostError: {
    title: "Momentum couldn't start",
    notInTeams:
      "Momentum couldn't reach Microsoft Teams. Open it from the Momentum app in Teams, or open it in a browser without ?host=teams.",
    officeScriptFailed:
      "Momentum couldn't load Office from Microsoft. Check your internet connection or proxy, then reopen the add-in.",
    notInOutlook:
      "Momentum couldn't reach Outlook. Open it from the Momentum add-in in Outlook, or open it in a browser without ?host=outlook.",
  },
  graphError: {
    throttled: "Microsoft 365 is handling too many requests right now. Wait a moment, then try again.",
    unavailable: "Microsoft 365 isn't available right now. Try again in a few minutes.",
    network: "Momentum couldn't reach Microsoft 365. Check your internet connection, then try again.",
    unauthorized: "Your sign-in has expired. Sign in again to continue.",
    forbidden: "You don't have permission to see this. Your admin may need to grant Momentum access.",
    notFound: "Momentum couldn't find what it was looking for in Microsoft 365.",
    preconditionFailed: "Someone else changed this at the same time. Try again to load the latest version.",
    badRequest: "Microsoft 365 didn't accept Momentum's request.",
    other: "Something went wrong while talking to Microsoft 365.",
  },
  errorBoundary: {
    title: "Something went wrong in {feature}",
    reload: "Reload this part",
  },
  feature: {
    calls: "Recent calls",
    flag: "Flag a call",
    reflect: "Reflect",
    review: "Review with your manager",
    manager: "Review packet",
    compose: "Attach calls",
  },
  demo: {
    tenant: "Demo tenant",
    signedInAs: "Signed in as {name}",
    signedInAsLabel: "Signed in as",
    settings: "Demo settings",
    switchTo: "Switch to {name}",
    roleRep: "Rep",
    roleManager: "Manager",
    resetData: "Reset demo data",
  },
  theme: {
    label: "Theme",
    light: "Light",
    dark: "Dark",
    highContrast: "High contrast",
  },
  language: {
    label: "Language",
    // Each language is named in itself, so a user can find theirs whatever the current language is.
    en: "English",
    nl: "Nederlands",
  },
  duration: {
    minutes: "{minutes} min",
    hours: "{hours} h",
    hoursMinutes: "{hours} h {minutes} min",
  },
  day: {
    today: "Today",
    yesterday: "Yesterday",
  },
  calls: {
    heading: "Recent calls",
    subheading: "Your calls and meetings from the last {days} days",
    loading: "Loading your calls…",
    loadFailed: "Couldn't load your calls",
    filterLabel: "Show calls",
    filterAll: "All",
    filterCustomer: "Customer calls",
    filterInternal: "Internal",
    emptyAll: "No calls or meetings in the last {days} days",
    emptyCustomer: "No customer calls in the last {days} days",
    emptyInternal: "No internal meetings in the last {days} days",
    emptyHint: "Meetings from your Outlook calendar show up here.",
    dayCount: { one: "{count} call", other: "{count} calls" },
    noSubject: "(no subject)",
    kindCustomer: "Customer",
    kindInternal: "Internal",
    moreParticipants: "+{count}",
    moreParticipantsLabel: { one: "and {count} other", other: "and {count} others" },
    noParticipants: "Only you",
    transcriptAvailable: "Transcript",
    transcriptNone: "No transcript",
    transcriptUnavailable: "Transcript not available",
    transcriptChecking: "Checking…",
    transcriptUnknown: "Transcript status unknown",
  },
} as const;
