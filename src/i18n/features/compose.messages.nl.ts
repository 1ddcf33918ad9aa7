import type { Translated } from "../translate.ts";
import type { composeMessagesEn } from "./compose.messages.en.ts";

/**
 * The `compose` namespace in Dutch: the Outlook pane where the rep attaches calls to a meeting. It travels with the
 * feature's code, see `compose.messages.ts`.
 */
export const composeMessagesNl = {
  heading: "Gesprekken toevoegen aan deze review",
  intro:
    "Kies de gemarkeerde gesprekken die je wilt bespreken. Momentum zet ze bovenaan deze vergadering en voegt het reviewpakket toe dat je manager in Outlook opent.",
  loading: "Je gemarkeerde gesprekken worden geladen…",
  loadFailed: "Je gemarkeerde gesprekken konden niet worden geladen",
  none: "Nog geen gemarkeerde gesprekken",
  noneHint: "Markeer eerst een slecht gesprek in Momentum en voeg het dan hier toe.",
  callsLabel: "Gemarkeerde gesprekken",
  inReview: "Al in een review",
  attach: { one: "{count} gesprek toevoegen", other: "{count} gesprekken toevoegen" },
  attaching: "Toevoegen…",
  chooseOne: "Kies minstens één gesprek.",
  attached: {
    one: "{count} gesprek is toegevoegd. Je manager ziet het bij het openen van de uitnodiging.",
    other: "{count} gesprekken zijn toegevoegd. Je manager ziet ze bij het openen van de uitnodiging.",
  },
  attachFailed: "De gesprekken zijn niet toegevoegd",
  tooMuch:
    "Deze gesprekken bevatten te veel voor één pakket. Kies minder gesprekken, of minder momenten in Reflecteren.",

  managerHeading: "Je manager",
  managerLookingUp: "Je manager wordt opgezocht…",
  managerUnknown:
    "Momentum weet nog niet wie je manager is. Plan één keer een review in Momentum om je manager te kiezen, en voeg dan hier je gesprekken toe.",
  addManager: "{name} als deelnemer toevoegen",
  addingManager: "Toevoegen…",
  managerAdded: "{name} is uitgenodigd.",
  addManagerFailed: "{name} is niet toegevoegd",

  unsupported:
    "Outlook liet Momentum niet in deze vergadering schrijven. Zet de tekst op HTML (Tekst opmaken, HTML), of gebruik een nieuwere Outlook zoals Outlook op het web.",
  notAnAppointment:
    "Dit is een e-mail, geen vergadering. Open Momentum vanuit een vergadering die je schrijft.",
  notFound: "Deze vergadering is gesloten of gewijzigd. Open hem opnieuw en probeer het nog eens.",
  outlookFailed: "Outlook kon het niet afmaken. Probeer het opnieuw.",
} as const satisfies Translated<typeof composeMessagesEn>;
