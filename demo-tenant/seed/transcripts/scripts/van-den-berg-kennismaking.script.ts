import type { CallScript } from "../call-script.ts";
import { PhraseDeck } from "../phrase-deck.ts";
import { NL_BACKCHANNELS, NL_BACKGROUND, NL_PITCH } from "../phrases/nl.phrases.ts";

/**
 * Kennismaking met Van den Berg Logistiek (in het Nederlands). What a coach spots: Pieter says they have no
 * budget this year because the new TMS comes first; Daan answers with more pitch and then a price; Sanne's
 * real problem (lost consignment notes, so they cannot invoice) gets a stock answer; three questions in all.
 */
export const vanDenBergKennismakingScript: CallScript = {
  key: "van-den-berg-kennismaking",
  language: "nl",
  properNouns: ["Van", "Pieter", "Sanne", "Exact", "TMS", "Waalhaven", "Moerdijk", "Venlo"],
  record(call, rng) {
    const daan = call.voice("Daan Visser", { wordsPerSecond: 2.6, fillerRate: 0.2 });
    const pieter = call.voice("Pieter van den Berg", { wordsPerSecond: 2.1, fillerRate: 0.08 });
    const sanne = call.voice("Sanne de Vries", { wordsPerSecond: 2.4, fillerRate: 0.06 });
    const pitch = new PhraseDeck(rng, NL_PITCH, {
      company: "Van den Berg",
      docs: "vrachtbrieven en facturen",
      doc: "vrachtbrief",
      system: "Exact",
      team: "de backoffice",
    });

    call.say(daan, "Goedemorgen Pieter, goedemorgen Sanne. Fijn dat jullie tijd hebben gemaakt.");
    call.say(pieter, "Morgen Daan.");
    call.say(sanne, "Goedemorgen.");
    call.say(daan, [
      "Ik heb een half uurtje geblokt.",
      "Ik vertel eerst even kort wie we zijn, en dan laat ik jullie zien wat Flow voor een bedrijf als Van den Berg kan betekenen.",
      ...NL_BACKGROUND,
    ]);
    call.talkFor(daan, pitch, 120);
    call.say(daan, "Hoeveel vrachtbrieven verwerken jullie ongeveer per week?");
    call.say(sanne, [
      "Zo'n vierduizend, verdeeld over de drie vestigingen, Waalhaven, Moerdijk en Venlo.",
      "En die komen nog grotendeels op papier terug van de chauffeurs, vaak pas een week later.",
      "De chauffeur legt ze in een bakje bij de receptie, iemand van de planning haalt ze op, en dan gaan ze per vestiging in een envelop naar Waalhaven.",
      "Daar zitten twee collega's die ze controleren en in ons TMS afmelden, en pas dan kan de facturatie beginnen.",
    ]);
    call.say(daan, "Vierduizend, oké, dat is precies waar Flow heel sterk in is.");
    call.talkFor(daan, pitch, 150);
    call.say(sanne, "Hm-hm.");
    call.talkFor(daan, pitch, 90);
    call.say(pieter, [
      "Kijk Daan, ik vind het allemaal interessant, maar ik moet eerlijk zijn.",
      "We hebben dit jaar geen budget voor een nieuw systeem.",
      "We zitten midden in de vervanging van ons TMS, en dat slokt alles op, mensen en geld.",
      "Daar gaat niks tussen, dat heb ik ook aan de aandeelhouders beloofd.",
      "Het nieuwe TMS moet in oktober live, en tot die tijd ga ik mijn mensen niet met nog een project lastigvallen.",
      "Dus ik wil niet dat je denkt dat we niet geïnteresseerd zijn, maar de timing is gewoon slecht.",
    ]);
    call.say(daan, [
      "Dat begrijp ik helemaal.",
      "Maar juist als je toch een nieuw TMS invoert, is het slim om de documentenstroom meteen goed te regelen.",
      "Dan hoef je het maar één keer te doen.",
    ]);
    call.talkFor(daan, pitch, 110);
    call.say(daan, [
      "En qua investering valt het echt mee, hoor.",
      "We hebben een instappakket voor het mkb, dat begint bij achthonderd euro per maand, en dat verdien je met één fte al ruim terug.",
    ]);
    call.say(pieter, "Hm.");
    call.say(sanne, [
      "Voor mij is het grootste probleem eigenlijk niet de verwerking.",
      "Het gaat mis omdat vrachtbrieven kwijtraken tussen de chauffeur en kantoor.",
      "Dan kunnen we niet factureren, en krijgen we weken later discussies met klanten over wat er nou precies geleverd is.",
      "Vorige maand hebben we een klant een korting moeten geven omdat we een aftekening niet meer konden vinden.",
      "En de chauffeurs vinden het maar administratie, die willen rijden.",
      "Als er iets moet veranderen, dan zit het volgens mij bij het moment van afleveren, niet op kantoor.",
    ]);
    call.say(daan, "Ja, dat hoor ik vaker, en daar hebben we precies een oplossing voor.");
    call.talkFor(daan, pitch, 140);
    call.say(daan, "Herkennen jullie dat een beetje, wat ik nu vertel?");
    call.say(sanne, "Deels, ja.");
    while (call.minutes < 20.5) {
      call.talkFor(daan, pitch, 110);
      call.say(rng.pick([pieter, sanne]), rng.pick(NL_BACKCHANNELS));
    }
    call.say(daan, "Zullen we anders gewoon volgende week een demo inplannen met jullie eigen documenten?");
    call.say(pieter, [
      "Nee, laten we dat niet doen.",
      "Bel me na de zomer maar eens, als het TMS live is.",
      "Dan kijken we verder.",
    ]);
    call.say(daan, [
      "Prima, dan stuur ik jullie alvast wat informatie en een voorstel, dan hebben jullie dat vast liggen.",
      "Bedankt voor jullie tijd.",
    ]);
    call.say(sanne, "Dank je wel, Daan.");
    call.say(pieter, "Dag.");
  },
};
