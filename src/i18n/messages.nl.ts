import type { Messages } from "./translate.ts";

/** Dutch, in Microsoft's Dutch style: informal "je", sentence case, "aanmelden" for signing in. */
export const messagesNl = {
  app: {
    title: "Momentum",
    tagline: "Markeer een slecht gesprek, bekijk het in een paar seconden anders en bel weer door.",
    loading: "Momentum wordt geladen…",
  },
  common: {
    tryAgain: "Opnieuw proberen",
    loading: "Laden…",
    close: "Sluiten",
    cancel: "Annuleren",
  },
  auth: {
    signInNeeded: "Meld je aan om je gesprekken te zien",
    signIn: "Aanmelden",
    signingIn: "Bezig met aanmelden…",
    signInFailed:
      "Het aanmelden is niet gelukt. Probeer het opnieuw en sta het aanmeldvenster toe als je browser het blokkeert.",
  },
  hostError: {
    title: "Momentum kan niet starten",
    notInTeams:
      "Momentum kan Microsoft Teams niet bereiken. Open het vanuit de Momentum-app in Teams, of open het in een browser zonder ?host=teams.",
    officeScriptFailed:
      "Momentum kan Office niet laden vanaf Microsoft. Controleer je internetverbinding of proxy en open de invoegtoepassing opnieuw.",
    notInOutlook:
      "Momentum kan Outlook niet bereiken. Open het vanuit de Momentum-invoegtoepassing in Outlook, of open het in een browser zonder ?host=outlook.",
  },
  graphError: {
    throttled: "Microsoft 365 krijgt op dit moment te veel aanvragen. Wacht even en probeer het dan opnieuw.",
    unavailable:
      "Microsoft 365 is op dit moment niet beschikbaar. Probeer het over een paar minuten opnieuw.",
    network:
      "Momentum kan Microsoft 365 niet bereiken. Controleer je internetverbinding en probeer het opnieuw.",
    unauthorized: "Je aanmelding is verlopen. Meld je opnieuw aan om verder te gaan.",
    forbidden: "Je hebt geen toestemming om dit te zien. Mogelijk moet je beheerder Momentum toegang geven.",
    notFound: "Momentum kan niet vinden wat het zocht in Microsoft 365.",
    preconditionFailed:
      "Iemand anders heeft dit tegelijk gewijzigd. Probeer het opnieuw om de nieuwste versie te laden.",
    badRequest: "Microsoft 365 heeft de aanvraag van Momentum niet geaccepteerd.",
    other: "Er is iets misgegaan in de communicatie met Microsoft 365.",
  },
  errorBoundary: {
    title: "Er is iets misgegaan in {feature}",
    reload: "Dit onderdeel opnieuw laden",
  },
  feature: {
    calls: "Recente gesprekken",
    flag: "Gesprek markeren",
    reflect: "Reflecteren",
    review: "Bespreken met je manager",
    manager: "Bespreekpakket",
    compose: "Gesprekken toevoegen",
  },
  demo: {
    tenant: "Demotenant",
    signedInAs: "Aangemeld als {name}",
    signedInAsLabel: "Aangemeld als",
    settings: "Demo-instellingen",
    switchTo: "Overschakelen naar {name}",
    roleRep: "Verkoper",
    roleManager: "Manager",
    resetData: "Demogegevens herstellen",
  },
  theme: {
    label: "Thema",
    light: "Licht",
    dark: "Donker",
    highContrast: "Hoog contrast",
  },
  language: {
    label: "Taal",
    en: "English",
    nl: "Nederlands",
  },
  duration: {
    minutes: "{minutes} min",
    hours: "{hours} u",
    hoursMinutes: "{hours} u {minutes} min",
  },
  day: {
    today: "Vandaag",
    yesterday: "Gisteren",
  },
  calls: {
    heading: "Recente gesprekken",
    subheading: "Je gesprekken en vergaderingen van de afgelopen {days} dagen",
    loading: "Je gesprekken worden geladen…",
    loadFailed: "Je gesprekken kunnen niet worden geladen",
    filterLabel: "Gesprekken weergeven",
    filterAll: "Alle",
    filterCustomer: "Klantgesprekken",
    filterInternal: "Intern",
    emptyAll: "Geen gesprekken of vergaderingen in de afgelopen {days} dagen",
    emptyCustomer: "Geen klantgesprekken in de afgelopen {days} dagen",
    emptyInternal: "Geen interne vergaderingen in de afgelopen {days} dagen",
    emptyHint: "Vergaderingen uit je Outlook-agenda worden hier weergegeven.",
    dayCount: { one: "{count} gesprek", other: "{count} gesprekken" },
    noSubject: "(geen onderwerp)",
    kindCustomer: "Klant",
    kindInternal: "Intern",
    moreParticipants: "+{count}",
    moreParticipantsLabel: { one: "en {count} andere", other: "en {count} anderen" },
    noParticipants: "Alleen jij",
    transcriptAvailable: "Transcript",
    transcriptNone: "Geen transcript",
    transcriptUnavailable: "Transcript niet beschikbaar",
    transcriptChecking: "Controleren…",
    transcriptUnknown: "Transcriptstatus onbekend",
  },
} as const satisfies Messages;
