import type { Translated } from "../translate.ts";
import type { transcriptMessagesEn } from "./transcript.messages.en.ts";

/**
 * The `transcript` namespace in Dutch: reading a call's transcript, and why there may be none.
 * It travels with the feature's code, see `transcript.messages.ts`.
 */
export const transcriptMessagesNl = {
  heading: "Uit het transcript",
  loading: "Transcript lezen…",
  loadFailed: "Het transcript kan niet worden gelezen",
  analysisFailed: "Momentum kan dit transcript niet verwerken.",
  loggedByHand: "Gesprekken die je zelf vastlegt, hebben geen transcript.",
  notTeamsMeeting: "Dit was geen Teams-vergadering, dus er is geen transcript.",
  notOrganizer: "Alleen de organisator van de vergadering kan het transcript lezen.",
  disabledByAdmin: "Je beheerder heeft de toegang van apps tot transcripten uitgeschakeld.",
  forbidden: "Microsoft 365 staat Momentum niet toe dit transcript te lezen.",
  noTranscript: "Deze vergadering heeft geen transcript.",
  notFound: "Teams heeft het transcript van deze vergadering niet meer.",
  empty: "Het transcript bevat geen tekst.",
  noSpeakerNames:
    "Het transcript zegt niet wie er sprak (sprekersnamen staan misschien uit), dus er zijn geen spreektijdcijfers.",
  repNotFound: "Momentum kan {name} niet vinden tussen de sprekers, dus je eigen cijfers ontbreken.",
  someLinesUnreadable: "Sommige regels van het transcript konden niet worden gelezen.",
  privacy: "Berekend op dit apparaat. Het transcript wordt nergens heen gestuurd.",
} as const satisfies Translated<typeof transcriptMessagesEn>;
