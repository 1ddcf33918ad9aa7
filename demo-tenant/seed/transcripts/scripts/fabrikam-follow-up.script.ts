import type { CallScript } from "../call-script.ts";
import { PhraseDeck } from "../phrase-deck.ts";
import { EN_BACKCHANNELS, EN_PITCH } from "../phrases/en.phrases.ts";

/**
 * Follow-up with Fabrikam's IT director. What a coach spots: Lena says plainly they are not looking to change
 * this year (they just extended their current tool); Daan does not ask why or what would change that, but
 * keeps pitching, proposes a pilot and promises to send a proposal anyway.
 */
export const fabrikamFollowUpScript: CallScript = {
  key: "fabrikam-follow-up",
  language: "en",
  properNouns: ["Fabrikam", "SAP", "S/4HANA", "Poland", "Lena", "Jonas"],
  record(call, rng) {
    const daan = call.voice("Daan Visser", { wordsPerSecond: 2.6, fillerRate: 0.18 });
    const jonas = call.voice("Jonas Weber", { wordsPerSecond: 2.2, fillerRate: 0.05 });
    const lena = call.voice("Lena Fischer", { wordsPerSecond: 2.3, fillerRate: 0.04 });
    const pitch = new PhraseDeck(rng, EN_PITCH, {
      company: "Fabrikam",
      docs: "supplier invoices",
      doc: "supplier invoice",
      system: "SAP",
      team: "accounts payable teams",
    });

    call.say(daan, "Hi Jonas, hi Lena. Good to see you again.");
    call.say(jonas, "Hi Daan.");
    call.say(lena, "Hello.");
    call.say(daan, [
      "So last time Jonas had a few questions on the IT side, and I've brought the answers.",
      "And after that I'd like to talk about next steps.",
    ]);
    call.say(jonas, [
      "Good.",
      "My main questions were where the data lives, how single sign-on works, and what the SAP integration needs from my team.",
    ]);
    call.say(daan, [
      "Let me take them one by one.",
      "Security-wise, we're ISO 27001 certified and we go through a SOC 2 Type II audit every year, I'll send you both reports.",
      "All data is hosted in the EU, in Microsoft data centres in Amsterdam and Dublin, and nothing leaves the EU, not even for support.",
      "Single sign-on runs through Microsoft Entra ID, so your own conditional access policies apply, and we support SCIM for provisioning.",
      "On SAP, we read the vendor master and the purchase orders through the standard interfaces, and we post the finished invoice back with the attachment.",
      "Your team needs to create one technical user and open one connection, and that's really it.",
    ]);
    call.talkFor(daan, pitch, 110);
    call.say(jonas, "And the connector, is that certified by SAP?");
    call.say(daan, [
      "Yes, it's certified for S/4HANA, both cloud and on-premise.",
      "We update it with every SAP release, so that's on us, not on your team.",
    ]);
    call.talkFor(daan, pitch, 95);
    call.say(jonas, "Okay, that's clear. Thanks.");
    call.say(lena, [
      "Daan, can I be honest with you?",
      "We had a long discussion internally after our first call.",
      "We extended the agreement with our SAP partner for their OCR module in September, for two more years.",
      "So we're not looking to change this year.",
      "There's no appetite for another finance project right now, we're also in the middle of the S/4 rollout in Poland.",
      "Don't get me wrong, I liked what you showed us, and the approval part is still a real problem for us.",
      "But my CFO was very clear: this year we finish what we started, and we don't open anything new.",
      "I'd rather tell you that now than waste your time.",
    ]);
    call.say(daan, [
      "I understand, I really do.",
      "But the business case is so strong that I think it's worth looking at anyway.",
      "If you look at what our other customers achieved in the first year, it's a completely different league from a classic OCR module.",
    ]);
    call.talkFor(daan, pitch, 150);
    call.say(
      daan,
      "Wouldn't it make sense to run a small pilot alongside the current tool, just for one entity?",
    );
    call.say(lena, ["Not this year, no.", "Maybe we can talk again after the summer, when Poland is live."]);
    call.say(daan, "Okay, but just so you know, we're also releasing a lot of new AI features this year.");
    call.talkFor(daan, pitch, 140);
    call.say(jonas, [
      "To be fair, our IT roadmap is full until the third quarter anyway.",
      "Even if Lena wanted it, I couldn't staff the integration.",
      "Half my team is in Poland for the rollout, and the other half is keeping the lights on.",
      "I had to say no to our own sales department twice this quarter already.",
    ]);
    call.say(daan, "What if we did the integration work for you?");
    call.say(jonas, [
      "It's not really about who does the work.",
      "Every change to SAP goes through our change board, and that's booked solid until October.",
    ]);
    call.say(daan, "Sure, I get that.");
    while (call.minutes < 20.5) {
      call.talkFor(daan, pitch, 100);
      call.say(rng.pick([lena, jonas]), rng.pick(EN_BACKCHANNELS));
    }
    call.say(daan, [
      "Look, I'll send you the proposal anyway, so you have it ready when the time is right.",
      "And the reports for Jonas, of course.",
    ]);
    call.say(lena, [
      "Fine, send it over.",
      "But really, don't expect anything from us before the autumn.",
      "If anything changes on our side, for example if the approvals get worse after Poland goes live, I'll call you myself.",
    ]);
    call.say(daan, [
      "Understood. I'll check in after the summer then.",
      "Thanks both, and good luck with Poland.",
    ]);
    call.say(lena, "Thanks, Daan. Bye.");
    call.say(jonas, "Bye.");
  },
};
