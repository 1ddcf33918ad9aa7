import type { CallScript } from "../call-script.ts";
import { PhraseDeck } from "../phrase-deck.ts";
import { EN_BACKCHANNELS, EN_BACKGROUND, EN_PITCH } from "../phrases/en.phrases.ts";

/**
 * First call with Fabrikam. What a coach spots: Daan names the price in minute three, before he knows
 * anything about their needs; he asks three questions in the whole call; when Lena finally names the real
 * problem (approvals in the plants) he pitches instead of digging.
 */
export const fabrikamDiscoveryScript: CallScript = {
  key: "fabrikam-discovery",
  language: "en",
  properNouns: ["Fabrikam", "SAP", "S/4HANA", "Poland", "Germany"],
  record(call, rng) {
    const daan = call.voice("Daan Visser", { wordsPerSecond: 2.65, fillerRate: 0.2 });
    const lena = call.voice("Lena Fischer", { wordsPerSecond: 2.3, fillerRate: 0.04 });
    const jonas = call.voice("Jonas Weber", { wordsPerSecond: 2.2, fillerRate: 0.05 });
    const pitch = new PhraseDeck(rng, EN_PITCH, {
      company: "Fabrikam",
      docs: "supplier invoices",
      doc: "supplier invoice",
      system: "SAP",
      team: "accounts payable teams",
    });

    call.say(daan, "Hi Lena, hi Jonas, good morning. Thanks for making the time.");
    call.say(lena, "Morning Daan. Sure, no problem.");
    call.say(jonas, "Hi.");
    call.say(daan, [
      "Great. So I've blocked thirty minutes and I've got quite a lot to show you.",
      "Let me first tell you a little bit about Contoso and what we do.",
      ...EN_BACKGROUND,
    ]);
    call.talkFor(daan, pitch, 75);
    call.say(daan, [
      "And I always like to be upfront about the numbers, so you know where we stand from the start.",
      "Flow is forty-five euros per user per month, plus a platform fee of twelve thousand euros a year.",
      "So for a team like yours, say twenty users across finance and purchasing, you're looking at roughly twenty-three thousand euros a year, all in.",
    ]);
    call.say(lena, "Okay. That's, hmm. We haven't really talked about what we need yet, to be honest.");
    call.say(daan, [
      "Sure, sure, of course.",
      "But I can tell you that it pays for itself within the first year for pretty much every customer we have.",
      "Let me show you why.",
    ]);
    call.talkFor(daan, pitch, 150);
    call.say(lena, "Mm-hmm.");
    call.say(daan, "How many supplier invoices do you process in a month, roughly?");
    call.say(lena, [
      "Around seven thousand, a bit more towards year-end.",
      "Spread over three entities, Germany, the Netherlands and Poland.",
      "And to give you some context, we've grown through acquisitions, so every entity still has its own way of working.",
      "The Dutch team scans everything centrally, the Germans get most invoices by email, and in Poland a lot still arrives on paper at the plant.",
      "So when people ask me how long an invoice takes from arrival to approval, the honest answer is that I don't know.",
    ]);
    call.say(daan, "Okay, seven thousand, that's a perfect size for Flow.");
    call.talkFor(daan, pitch, 165);
    call.say(jonas, [
      "One question from my side.",
      "We moved to S/4HANA last year, and it was a painful project, so my team is not keen on touching the finance side again any time soon.",
      "How does it connect to SAP?",
    ]);
    call.say(daan, [
      "Good question, and the short answer is: very well.",
      "We have a certified connector for S/4HANA, cloud and on-premise, and we've done it at dozens of customers.",
      "It reads your vendor master and your purchase orders, and it posts the finished invoice with the attachment.",
      "Your team doesn't have to build anything, we bring the connector and we configure it together in a couple of days.",
      "And because it uses the standard SAP interfaces, an SAP upgrade on your side doesn't break anything.",
    ]);
    call.say(lena, "And how long would it take to get this running in three entities?");
    call.say(daan, [
      "Typically six to ten weeks, but honestly that's the easy part, we've done it hundreds of times.",
      "We'd start with one entity, probably the Netherlands, and then roll out Germany and Poland in one go.",
    ]);
    call.say(lena, "Okay. Poland has its own e-invoicing rules, so that one won't be trivial.");
    call.say(daan, "Sure, no problem, we support the Polish KSeF format as well.");
    call.talkFor(daan, pitch, 140);
    call.say(daan, "Are you using anything for this today?");
    call.say(lena, [
      "We have the OCR module from our SAP partner.",
      "It reads maybe half of the invoices properly, the rest we key in by hand.",
      "But honestly, the reading isn't even our biggest problem.",
    ]);
    call.say(daan, [
      "Yeah, that's what we hear a lot.",
      "The older OCR tools just don't get beyond fifty or sixty percent, and that's where the manual work comes from.",
    ]);
    call.talkFor(daan, pitch, 125);
    call.say(lena, [
      "The thing is, for us the bigger issue is approvals.",
      "People in the plants sit on invoices for weeks, and then suppliers start chasing us and threatening to stop deliveries.",
      "Last month one of our plant managers had sixty invoices waiting in his inbox.",
      "He's not a bad person, he just runs a plant, and approving invoices is the last thing on his mind.",
      "So we end up calling people and walking over to their desks, and at month-end my team does nothing else.",
    ]);
    call.say(daan, [
      "Absolutely, and that's exactly what our approval flows solve.",
      "Approvals go out as a task in Teams or Outlook, with reminders and automatic escalation, so nobody can sit on an invoice for weeks anymore.",
    ]);
    call.talkFor(daan, pitch, 150);
    call.say(jonas, "Does it need anything installed on our side?");
    call.say(daan, [
      "No, nothing at all, it's fully cloud.",
      "The only thing on your side is the SAP connection, and like I said, we handle that.",
    ]);
    while (call.minutes < 20.5) {
      call.talkFor(daan, pitch, 110);
      call.say(rng.pick([lena, jonas]), rng.pick(EN_BACKCHANNELS));
    }
    call.say(daan, [
      "So, I think that gives you a good picture of what Flow can do for Fabrikam.",
      "Shall I send you a proposal for the twenty users then?",
    ]);
    call.say(lena, [
      "Let's not rush it.",
      "We need to discuss this internally first, and I really want to understand what the approval part would look like for the plants.",
      "Send us some material and we'll get back to you.",
    ]);
    call.say(daan, [
      "Perfect, I'll send you the deck and the proposal today.",
      "Thanks both, have a great day.",
    ]);
    call.say(lena, "Thanks, bye.");
    call.say(jonas, "Bye.");
  },
};
