import type { CallScript } from "../call-script.ts";
import { fillSlots, PhraseDeck, ScriptedThenDeck } from "../phrase-deck.ts";
import { NL_BACKCHANNELS, NL_BACKGROUND, NL_DEMO_WALKTHROUGH, NL_PITCH } from "../phrases/nl.phrases.ts";

/**
 * The same demo for Northwind's Benelux operations manager, in Dutch. What a coach spots: the price comes
 * in minute four, long stretches of demo narration with Ruben only saying "ja", two questions, and the
 * real need (order intake, again) only surfaces at the end.
 */
export const northwindBeneluxDemoScript: CallScript = {
  key: "northwind-benelux-demo",
  language: "nl",
  properNouns: ["Northwind", "Dynamics", "Rotterdam", "Ruben", "James", "Olivia", "Benelux"],
  record(call, rng) {
    const daan = call.voice("Daan Visser", { wordsPerSecond: 2.7, fillerRate: 0.22 });
    const ruben = call.voice("Ruben Jansen", { wordsPerSecond: 2.3, fillerRate: 0.08 });
    const slots = {
      company: "Northwind",
      docs: "facturen",
      doc: "factuur",
      system: "Dynamics",
      team: "de crediteurenadministratie",
    };
    const pitch = new PhraseDeck(rng, NL_PITCH, slots);

    call.say(daan, "Hoi Ruben, goedemiddag. Fijn dat het gelukt is.");
    call.say(ruben, "Hoi Daan. Ja, prima. Ik heb wel tot drie uur.");
    call.say(daan, [
      "Helemaal goed, dan houd ik het strak.",
      "James heeft je vast al verteld dat we vorige week een demo hebben gedaan voor hem en Olivia.",
      "Ik wil jou vandaag hetzelfde laten zien, maar dan in het Nederlands en met wat meer nadruk op de Benelux.",
    ]);
    call.talkFor(daan, new ScriptedThenDeck(NL_BACKGROUND, pitch), 150);
    call.say(daan, [
      "En om je meteen een beeld te geven van de investering: we zitten op vijfenveertig euro per gebruiker per maand, plus een platformbijdrage.",
      "Voor jullie vestiging in Rotterdam kom je dan uit rond de vijftienduizend euro per jaar.",
    ]);
    call.say(ruben, "Oké. Dat is niet niks.");
    call.say(daan, ["Nee, maar je verdient het heel snel terug, dat ga je zo zien."]);
    const walkthrough = NL_DEMO_WALKTHROUGH.map((sentence) => fillSlots(sentence, slots));
    call.talkFor(daan, new ScriptedThenDeck(walkthrough, pitch), 225, "demo");
    call.say(ruben, "Ja.");
    call.talkFor(daan, pitch, 175);
    call.say(ruben, "Werkt dit ook met Dynamics? Want daar draait bij ons alles op.");
    call.say(daan, [
      "Ja, zeker, Dynamics is een van onze meest gebruikte koppelingen.",
      "We lezen de leveranciers en de orders uit Dynamics, en we boeken het verwerkte document terug met de bijlage erbij.",
      "Jullie IT hoeft daar bijna niks voor te doen, één technische gebruiker en een verbinding, dat is het.",
    ]);
    call.talkFor(daan, pitch, 120);
    while (call.minutes < 21) {
      call.say(ruben, rng.pick(NL_BACKCHANNELS));
      call.talkFor(daan, pitch, 140);
    }
    call.say(daan, "Herken je dit een beetje bij jullie?");
    call.say(ruben, [
      "Deels wel.",
      "Maar eerlijk gezegd zit ons probleem niet zo bij de facturen.",
      "Het gaat mis bij de orderinvoer: winkels mailen hun bestellingen in allerlei formaten, soms nog per fax, en wij tikken alles over in Dynamics.",
      "Daar zitten bij ons in Rotterdam vier mensen de hele dag mee bezig, en in december redden ze het gewoon niet.",
    ]);
    call.say(daan, [
      "Ja, dat kan Flow ook, dat is precies dezelfde engine.",
      "Hij leest de orderregels, matcht ze met jullie artikelen en zet de verkooporder klaar in Dynamics.",
    ]);
    call.talkFor(daan, pitch, 80);
    call.say(daan, "Zal ik een offerte sturen voor Rotterdam?");
    call.say(ruben, ["Stuur maar wat informatie over die orderinvoer.", "Dan kijk ik er met James naar."]);
    call.say(daan, ["Top, doe ik. Dank je wel, Ruben.", "Fijne middag nog."]);
    call.say(ruben, "Jij ook. Doei.");
  },
};
