import type { Translated } from "../translate.ts";
import type { insightsMessagesEn } from "./insights.messages.en.ts";

/**
 * The `insights` namespace in Dutch: the figures and key moments worked out from a call's
 * transcript. It travels with the feature's code, see `insights.messages.ts`.
 */
export const insightsMessagesNl = {
  figuresHeading: "Gesprekscijfers",
  talkTimeHeading: "Wie er sprak",
  talkTimeTable: "Spreektijd per spreker",
  speaker: "Spreker",
  share: "Aandeel",
  talkTime: "Spreektijd",
  speakerIsYou: "{name} (jij)",
  repTalkShare: "Jouw aandeel in de spreektijd",
  longestRepMonologue: "Je langste monoloog",
  longestCustomerMonologue: "Langste monoloog van de klant",
  repQuestions: "Vragen die je stelde",
  firstPriceMention: "De prijs kwam voor het eerst ter sprake",
  firstPriceMentionAt: "na {time}",
  priceNotMentioned: "Niet genoemd",
  fillerWords: "Stopwoorden per minuut",
  speakerSwitches: "Sprekerswissels per minuut",
  contextTalkShare:
    "Gewonnen gesprekken zitten rond {winning} spreektijd voor de verkoper; boven {above} leveren gesprekken minder vaak iets op.",
  contextQuestions: "Geslaagde verkenningsgesprekken hebben meestal {min} tot {max} vragen van de verkoper.",
  contextMonologue: "Klanten die lang aan het woord zijn, gaan vaak samen met gewonnen deals.",
  contextSource:
    "Context uit gepubliceerd onderzoek naar opgenomen B2B-verkoopgesprekken (Gong Labs), geen doel.",
  durationSeconds: "{seconds} s",
  durationMinutesSeconds: "{minutes} min {seconds} s",
  momentsHeading: "Sleutelmomenten",
  momentsIntro: "Momenten die een tweede blik waard zijn. Vink aan wat je wilt bespreken.",
  noMoments: "Er sprong in dit transcript geen sleutelmoment uit.",
  discuss: "Dit bespreken",
  linesAround: "Transcript rond {time}",
  momentMarker: "Sleutelmoment:",
  unknownSpeaker: "Onbekende spreker",
  you: "Jij",
  someone: "Iemand",
  momentPriceEarly:
    "{who} begon na {time} over de prijs („{word}”), nog voordat de klant zijn verhaal had gedaan.",
  momentPriceMention: "{who} begon na {time} voor het eerst over de prijs („{word}”).",
  momentLongRepMonologue: "Je praatte {duration} aan één stuk door.",
  momentCustomerObjection: "{speaker} had een bezwaar: „{phrase}”.",
  momentCustomerStory: "{speaker} sprak {duration} aan één stuk: het langste verhaal van de klant.",
  momentQuestionStreak: {
    one: "Je stelde {count} vraag in {duration}.",
    other: "Je stelde {count} vragen in {duration}.",
  },
  momentNoQuestionsStretch: "Vanaf hier ging er {duration} voorbij zonder een vraag van jou.",
  momentNextSteps: "{who} begon over de volgende stappen.",
  momentCallClose: "Hoe het gesprek eindigde: de laatste {duration}.",
} as const satisfies Translated<typeof insightsMessagesEn>;
