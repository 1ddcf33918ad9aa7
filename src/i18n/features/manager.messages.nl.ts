import type { Translated } from "../translate.ts";
import type { managerMessagesEn } from "./manager.messages.en.ts";

/**
 * The `manager` namespace in Dutch, but for the words the first screen shows (in `messages.nl.ts`): it travels
 * with the feature's code, see `manager.messages.ts`.
 */
export const managerMessagesNl = {
  heading: "Reviewpakket",
  opening: "Het reviewpakket wordt gelezen…",

  noItem: "Open Momentum vanuit een reviewuitnodiging in je agenda om te zien wat de verkoper je stuurt.",
  itemNotFound:
    "Deze vergadering staat niet meer in je agenda. Open de reviewuitnodiging opnieuw vanuit je agenda.",
  itemFailed:
    "Outlook kon Momentum deze vergadering niet laten zien. Sluit het deelvenster en open het opnieuw.",
  noPacketTitle: "Geen reviewpakket in deze vergadering",
  noPacketBody:
    "De gesprekken van een verkoper staan hier als die een review plant met Momentum of gesprekken aan de uitnodiging toevoegt. Is dit een review, vraag de verkoper dan de gesprekken toe te voegen.",
  invalidTitle: "Dit reviewpakket kan niet worden gelezen",
  invalidBody:
    "Het bestand bij deze vergadering is geen reviewpakket dat Momentum kan tonen; misschien is het gewijzigd nadat de verkoper het stuurde. Vraag de verkoper de gesprekken opnieuw toe te voegen.",
  invalidDetails: "Details voor support",
  newerTitle: "Voor dit reviewpakket is een nieuwere Momentum nodig",
  newerBody:
    "De verkoper stuurde het met een nieuwere versie van Momentum. Werk Momentum bij (misschien moet je beheerder dat doen), of vraag de verkoper de gesprekken voorlopig op een andere manier te sturen.",
  unavailableTitle: "Het reviewpakket kon nu niet worden gelezen",
  unavailableUnsupported:
    "Deze Outlook kan het pakket niet aan Momentum geven. Open de uitnodiging in Outlook op het web of in de nieuwe Outlook.",
  unavailableHost: "Outlook kon het pakket niet aan Momentum geven. Probeer het zo nog eens.",

  guideHeading: "Zo leid je de review",
  guideOwnFirst: "Laat {rep} eerst zelf de zwakke punten vinden: vraag om elk sleutelmoment toe te lichten.",
  guideAskFirst: "Vraag voordat je vertelt. ‘Wat probeer je de volgende keer?’ leert meer dan jouw antwoord.",
  guideOneChange:
    "Sluit elk gesprek af met één concrete verandering die {rep} bij het volgende gesprek doorvoert.",

  yourNotesHeading: "Jouw notities",
  privateNotes: "Privénotities bij {subject}",
  privateHint: "Alleen jij ziet ze. Ze staan in je eigen OneDrive en worden nooit verstuurd.",
  agreedLearning: "Wat we afspraken voor {subject}",
  agreedHint: "Dit komt in je follow-up aan {rep}.",
  notesReadOnly: "Je notities kunnen nu niet worden opgeslagen, dus je kunt ze niet wijzigen.",

  followUpHeading: "Follow-up aan {rep}",
  followUpIntro:
    "Stuur {rep} na de sessie wat jullie per gesprek afspraken. Je privénotities gaan nooit mee.",
  preview: "Voorbeeld van de follow-up",
  hidePreview: "Voorbeeld verbergen",
  previewTo: "Aan",
  previewSubject: "Onderwerp",
  previewFrame: "De follow-up zoals {rep} hem ziet",
  send: "Follow-up versturen",
  sending: "Versturen…",
  sentOn: "Follow-up verstuurd op {date}",
  sendAgainHint: "Al verstuurd. Wil je iets rechtzetten, schrijf {rep} dan zelf.",
  sendFailed: "De follow-up is niet verstuurd",
  sendUncertain:
    "Momentum weet niet of de follow-up is verstuurd. Kijk in je Verzonden items voordat je het opnieuw probeert.",
  cannotSend:
    "Je notities kunnen nu niet worden opgeslagen, dus Momentum verstuurt geen follow-up die het niet kan bijhouden.",

  mailSubject: {
    one: "Onze gespreksreview: wat we afspraken ({count} gesprek)",
    other: "Onze gespreksreview: wat we afspraken ({count} gesprekken)",
  },
  mailGreeting: "Hoi {rep},",
  mailIntro: {
    one: "Bedankt dat je me door je gesprek hebt meegenomen. Dit spraken we af:",
    other: "Bedankt dat je me door je {count} gesprekken hebt meegenomen. Dit spraken we per gesprek af:",
  },
  mailCall: "Gesprek",
  mailDate: "Datum",
  mailLearning: "Wat we afspraken",
  mailNoLearning: "Niets afgesproken",
  mailEmpty: "—",
  mailSignOff: "Blijf bellen,\n{manager}",

  demoInvitesHeading: "Reviewuitnodigingen in je agenda",
  demoInvitesNone: "Nog geen reviewuitnodigingen in je agenda. Plan eerst als verkoper een review.",
  demoInvitesFailed: "Je reviewuitnodigingen konden niet worden opgehaald.",
  demoOpenInvite: "{subject}, {date}",
} as const satisfies Translated<typeof managerMessagesEn>;
