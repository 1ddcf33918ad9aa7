import type { CallScript } from "../call-script.ts";
import { fillSlots, PhraseDeck, ScriptedThenDeck } from "../phrase-deck.ts";
import { EN_BACKCHANNELS, EN_BACKGROUND, EN_DEMO_WALKTHROUGH, EN_PITCH } from "../phrases/en.phrases.ts";

/**
 * The Northwind Traders demo. What a coach spots: stretches of three to four minutes of product pitch with
 * nobody else speaking; Olivia tries to explain their process and is put off until later; two questions in
 * half an hour; only at the very end does it come out that their pain is customer orders, not invoices.
 */
export const northwindDemoScript: CallScript = {
  key: "northwind-demo",
  language: "en",
  properNouns: ["Northwind", "Dynamics", "James", "Olivia"],
  record(call, rng) {
    const daan = call.voice("Daan Visser", { wordsPerSecond: 2.7, fillerRate: 0.22 });
    const james = call.voice("James Whitfield", { wordsPerSecond: 2.2, fillerRate: 0.05 });
    const olivia = call.voice("Olivia Carter", { wordsPerSecond: 2.4, fillerRate: 0.05 });
    const slots = {
      company: "Northwind",
      docs: "supplier invoices",
      doc: "supplier invoice",
      system: "Dynamics 365",
      team: "finance teams",
    };
    const pitch = new PhraseDeck(rng, EN_PITCH, slots);

    call.say(daan, "Good afternoon James, good afternoon Olivia. Great to see you both.");
    call.say(james, "Afternoon.");
    call.say(olivia, "Hi Daan.");
    call.say(daan, [
      "So I've prepared a full demo for you today, and I think you're going to like what you see.",
      "Let me start with a bit of background and then I'll go straight into the product.",
    ]);
    call.talkFor(daan, new ScriptedThenDeck(EN_BACKGROUND, pitch), 175);
    call.say(olivia, [
      "Sorry Daan, before you go on.",
      "Can I quickly explain how our order intake works? Because I'm not sure this is the part we need.",
    ]);
    call.say(daan, [
      "Yes, of course, but let me first show you the whole flow, I think it will answer most of your questions.",
      "It'll make a lot more sense once you've seen it.",
    ]);
    call.say(olivia, "Okay.");
    const walkthrough = EN_DEMO_WALKTHROUGH.map((sentence) => fillSlots(sentence, slots));
    call.talkFor(daan, new ScriptedThenDeck(walkthrough, pitch), 235, "demo");
    call.say(james, "Mm-hmm.");
    call.talkFor(daan, pitch, 185);
    call.say(
      olivia,
      "What happens when the system reads something wrong? Our customers send us the strangest forms.",
    );
    call.say(daan, [
      "That's actually one of my favourite parts.",
      "When the system isn't sure about a field, it never guesses, it puts the document in front of a person with the field highlighted.",
      "The person corrects it in two seconds, and from that moment the model knows that layout.",
      "So the strange forms become normal forms after a few weeks.",
      "And you can see in the dashboard exactly which senders cause the most corrections.",
    ]);
    call.say(olivia, "Okay.");
    call.talkFor(daan, pitch, 200);
    while (call.minutes < 24.5) {
      call.say(rng.pick([james, olivia]), rng.pick(EN_BACKCHANNELS));
      call.talkFor(daan, pitch, 150);
    }
    call.say(daan, ["So, that was a lot, I know.", "Does this look like something that would help you?"]);
    call.say(james, [
      "Look, it's impressive, I'll give you that.",
      "But to be honest, our problem isn't really supplier invoices.",
      "What kills us is customer orders.",
      "We get around nine hundred orders a day from shops, by email, some still by fax, in every format you can imagine, and a team of fourteen people types them into Dynamics.",
      "That's what Olivia was trying to tell you earlier.",
    ]);
    call.say(olivia, "Yes. The invoices are fine, honestly. It's the order desk that's drowning.");
    call.say(daan, [
      "Right, yes, we can do customer orders as well, it's the same engine.",
      "The extraction works exactly the same way, it reads the order lines, matches them against your article master, and creates the sales order in Dynamics.",
    ]);
    call.talkFor(daan, pitch, 80);
    call.say(daan, "When would be a good moment to go through the pricing with you?");
    call.say(james, [
      "Let's see.",
      "Send us the deck first, and something specific on orders, then we'll take it from there.",
    ]);
    call.say(daan, ["Will do. I'll put something in the diary for next week as well.", "Thanks both."]);
    call.say(james, "Thanks Daan.");
    call.say(olivia, "Bye.");
  },
};
