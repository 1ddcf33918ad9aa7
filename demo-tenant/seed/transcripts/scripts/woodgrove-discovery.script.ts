import type { CallScript } from "../call-script.ts";

/**
 * Discovery with Woodgrove Bank: the good call, for contrast. Daan asks for permission to ask questions,
 * asks a dozen open ones, summarises what he heard, lets Claire and Amara tell long stories, pitches for a
 * minute only where it fits their pain, names a price range only when Claire asks, and leaves with a
 * concrete next step.
 */
export const woodgroveDiscoveryScript: CallScript = {
  key: "woodgrove-discovery",
  language: "en",
  properNouns: ["Woodgrove", "Claire", "Amara", "Henrik", "Brussels", "Antwerp", "Marc", "KYC", "RPA"],
  record(call) {
    const daan = call.voice("Daan Visser", { wordsPerSecond: 2.4, fillerRate: 0.07 });
    const claire = call.voice("Claire Dubois", { wordsPerSecond: 2.45, fillerRate: 0.08 });
    const amara = call.voice("Amara Okafor", { wordsPerSecond: 2.3, fillerRate: 0.1 });

    call.say(daan, "Good morning Claire, good morning Amara. Good to meet you both.");
    call.say(claire, [
      "Good morning! Busy, but good.",
      "We just came out of our quarterly steering committee, so my head is still full of numbers.",
      "Are you in Amsterdam today?",
    ]);
    call.say(daan, [
      "I am, yes, working from the office.",
      "It's raining, so I'm not missing anything outside.",
    ]);
    call.say(amara, "Same here in Brussels. Typical.");
    call.say(daan, [
      "Thanks for making the time, I know how full your agendas are.",
      "Before we start, what would you like to get out of the next forty-five minutes?",
    ]);
    call.say(claire, [
      "Honestly, I want to find out whether you understand our problem.",
      "We've seen three vendors this year, and every one of them opened with a forty-slide deck about themselves.",
      "I'd much rather talk about our process and see if you have something to say about it.",
    ]);
    call.say(daan, [
      "That's exactly what I was hoping for.",
      "My suggestion would be that I ask you quite a few questions first, and if at the end we both think there's a fit, we plan a proper session on your own documents.",
      "If that works for you, of course.",
    ]);
    call.say(claire, "That works.");
    call.say(
      daan,
      "Great. Could you walk me through what happens today, from the moment a new business client says yes until their account is actually open?",
    );
    call.say(claire, [
      "Sure. So it starts with the relationship manager.",
      "Once a client agrees to move their business to us, the relationship manager sends them a checklist of everything we need.",
      "That's the registry extract, the articles of association, the ultimate beneficial owner declaration, IDs of the directors, sometimes bank statements, and for some sectors a lot more.",
      "The client sends those documents back in whatever way they like.",
      "Some upload them in our client portal, most of them just email them to the relationship manager, and a surprising number still send paper to the branch.",
      "The relationship manager then forwards everything to the onboarding mailbox, and that's where Amara's team picks it up.",
      "An analyst opens every document, checks it against the registry, checks the names against the sanction lists, and types the key data into our onboarding platform.",
      "If anything is missing or out of date, and that happens in more than half of the files, the analyst emails the relationship manager, who emails the client, and we wait.",
      "Then the file goes to a second analyst for the four-eyes check, and for high-risk clients to compliance as well.",
      "Only after all of that can the account actually be opened.",
    ]);
    call.say(daan, [
      "Okay. So if I heard that right, the documents come in through three channels, your analysts check and retype everything by hand, and anything incomplete goes back through the relationship manager by email.",
      "Correct me if I got any of that wrong.",
    ]);
    call.say(amara, [
      "That's right, and that last part is where it really goes wrong.",
      "The back-and-forth is the killer.",
      "An analyst asks for an updated registry extract, the relationship manager is travelling, the client sends the wrong document, and nobody has an overview of where a file is.",
      "We keep a big Excel sheet to track it, honestly, and it's always out of date.",
      "Last week we found a file that had been waiting for three weeks for a document the client had already sent, it was just sitting in someone's inbox.",
      "My analysts spend more time chasing and searching than actually analysing.",
    ]);
    call.say(daan, "How long does an onboarding take today, on average?");
    call.say(claire, [
      "For corporate clients, thirty-four days on average.",
      "Our own target is ten, and our best competitors do it in about a week.",
      "For the simpler files, a small company with one director, it's maybe twelve days, but the complex structures with holdings in three countries can take two months.",
    ]);
    call.say(daan, "Where do those thirty-four days go?");
    call.say(amara, [
      "We actually measured that last spring, for a sample of fifty files.",
      "The real work, the checking and the typing, is about two days per file, spread over a few analysts.",
      "Around six days is the file waiting in the mailbox or in someone's queue before anyone looks at it.",
      "And the rest, more than three weeks, is waiting for the client.",
      "Waiting for a document, then finding out it's the wrong one, then waiting again.",
      "Often the request sits with the relationship manager for a few days before it even reaches the client, because they batch those emails.",
      "So when people say the onboarding team is slow, I show them that chart.",
      "We're not slow, we're waiting.",
    ]);
    call.say(daan, [
      "That's a really useful chart, and not many teams have measured it.",
      "So most of the time is lost in the loop with the client, not in your team.",
    ]);
    call.say(claire, "Exactly. Although the six days in our own queues aren't great either.");
    call.say(daan, [
      "What we see at other banks is that the loop with the client shrinks most when the client gets one clear request, straight away, with the exact document and an example of what good looks like.",
      "Instead of a forwarded email from the relationship manager three days later.",
      "One bank in Rotterdam went from three weeks of waiting to eight days, mostly because of that.",
      "The technology helps, but it's really the process around it.",
    ]);
    call.say(claire, [
      "That's interesting.",
      "Our relationship managers would love that, honestly, they hate being the postman.",
      "But they also want to stay in control of the relationship, so they'd want to see what goes out to their clients.",
    ]);
    call.say(daan, "That's a very fair point, and we'd want to design it together with a couple of them.");
    call.say(daan, "And what does that mean for the business?");
    call.say(claire, [
      "It hurts in a few ways.",
      "The most visible one is that we lose clients.",
      "The relationship managers bring in a company, the client is excited, and then they wait five weeks before they can make a single transfer.",
      "Two of our bigger prospects in Antwerp walked away last quarter and went to a competitor while their file was still open.",
      "The second one is internal, the relationship managers are frustrated with my team, and my team is frustrated with the relationship managers.",
      "Everyone thinks the other side is the problem, while really it's the process.",
      "And the third one is the regulator.",
    ]);
    call.say(daan, "You mentioned the regulator. What exactly did they say?");
    call.say(claire, [
      "In the last inspection they had two findings for us.",
      "One was that we couldn't always show who checked which document and when, because the evidence is spread over mailboxes and the platform.",
      "The other was that our periodic reviews are behind, we should review high-risk clients every year and we're about four months behind on that.",
      "Neither is dramatic on its own, but we have to show real progress before the next inspection, and that's in the autumn.",
      "So that's also on my desk, very much.",
    ]);
    call.say(daan, "It would help me to get a feel for the volumes as well.");
    call.say(claire, [
      "About a hundred and forty corporate clients a month, and maybe four hundred small businesses, the sole traders and small limited companies.",
      "The small ones go through a lighter process, but they still need the same documents checked.",
      "And volumes are going up, because we're pushing hard on the business segment in Flanders and the Netherlands.",
      "Next year the plan says twenty percent more, and I have no plan for how to do that with the same team.",
    ]);
    call.say(daan, [
      "Twenty percent more with the same team, that's a real challenge.",
      "What happens if you don't find a way to absorb that growth?",
    ]);
    call.say(claire, [
      "Then I have to hire, and that's not as simple as it sounds.",
      "A new analyst takes about six months before they're really independent, because of all the country specifics Amara mentioned.",
      "So I'd need to hire three or four people now for a growth that comes next year, and I won't get that approved.",
      "What will really happen is that the onboarding times go up again, the relationship managers escalate to Marc, and we end up in the same discussion as two years ago.",
      "And in the meantime the periodic reviews fall even further behind, which is exactly what the regulator told us not to do.",
      "So doing nothing is honestly not an option, the question is only what we do.",
    ]);
    call.say(daan, [
      "That's very clear.",
      "I'm writing that down, because that's going to be the heart of the business case for Marc.",
    ]);
    call.say(daan, "Amara, what does a typical day look like for your analysts?");
    call.say(amara, [
      "It starts with the mailbox, always.",
      "We get somewhere between eighty and a hundred and twenty emails a day in the onboarding mailbox, and someone has to sort them and work out which file they belong to.",
      "Then everyone works on their own files, and a big part of that is just retyping: names, addresses, registration numbers, dates of birth of directors.",
      "Every document is checked against the registry by hand, so you have two screens open and you compare letter by letter.",
      "Then there's the chasing, the emails to relationship managers, following up on the follow-ups.",
      "And in between, the four-eyes checks on colleagues' files, which everyone postpones because it's nobody's favourite job.",
      "I have eleven analysts and two temps, and we're still behind.",
      "The people are good, they really are, but they're tired of being a typing pool.",
    ]);
    call.say(daan, [
      "A typing pool with a lot of expertise, from what you describe.",
      "The knowledge of what a valid document looks like in a dozen countries is exactly what you want your analysts to use, not the retyping.",
    ]);
    call.say(daan, [
      "That's really clear, thank you.",
      "And I am curious about the documents themselves, the languages and countries you see.",
    ]);
    call.say(amara, [
      "Everything, really.",
      "Belgian documents in French and Dutch, Dutch registry extracts, German ones, Luxembourg, and quite a lot of English for the holding structures.",
      "The identity documents come from everywhere, because the directors of our clients live all over Europe.",
      "So my analysts need to know what a valid document looks like from a dozen countries, and new people take months to learn that.",
    ]);
    call.say(daan, "What have you tried so far to fix it?");
    call.say(claire, [
      "We've tried a few things.",
      "We hired the temps, which helped with the peak but not with the process.",
      "We made the checklist clearer for clients, which helped a little.",
      "And last year IT ran a pilot with RPA, robots that would copy data from the documents into the platform.",
    ]);
    call.say(amara, [
      "Which didn't work, by the way.",
      "The robots could only handle documents that looked exactly the same every time.",
      "A registry extract from Belgium looks different from one from the Netherlands or Luxembourg, and every client's articles are different anyway.",
      "So the robot failed on most files, and my team ended up checking what the robot did on top of their normal work.",
      "After three months everyone was happy to switch it off.",
    ]);
    call.say(daan, "You also mentioned the periodic reviews. How do those work today?");
    call.say(amara, [
      "Badly, if I'm honest.",
      "Every high-risk client has to be reviewed once a year, medium risk every three years.",
      "The review is basically a small onboarding again: we check whether the documents are still valid, whether the owners changed, whether anything shows up in the screening.",
      "Because the new onboardings always feel more urgent, the reviews get pushed back, week after week.",
      "That's how we got four months behind.",
      "And the worst part is that for a review we have to dig up the documents from the original onboarding, and half of the time they're in an old mailbox and not in the platform.",
    ]);
    call.say(daan, [
      "So the reviews suffer from the same problem as the onboarding, plus the documents are hard to find.",
      "That makes sense, and I hear that story a lot.",
      "Let me tell you very briefly how we would approach this, and then I'd like to hear what you think.",
      "Flow would take over the onboarding mailbox and the portal, recognise each document, link it to the right client file, and read the data out, whatever the country or the layout.",
      "It checks the data against the registry automatically and only shows your analysts what doesn't match.",
      "When something is missing, it sends the request straight to the client with the relationship manager in copy, and it tracks the answer, so the Excel sheet can go.",
      "And every check is logged with who did it and when, which is the evidence trail the regulator asked for.",
      "The same file then becomes the starting point for the periodic review, so nobody has to dig in old mailboxes anymore.",
      "I'm curious what you make of that.",
    ]);
    call.say(claire, [
      "It sounds promising, I have to say.",
      "Especially the tracking and the evidence part, that's the piece the others didn't even mention.",
      "My worry is security.",
      "Anything that touches client identity documents goes through Henrik, our information security officer, and he's not easy to convince.",
    ]);
    call.say(daan, "What does Henrik usually want to see from a vendor?");
    call.say(claire, [
      "He has a standard questionnaire, about two hundred questions.",
      "Where the data lives, who at the vendor can see it, penetration tests, how you handle incidents, and an exit plan, what happens to our data if we leave.",
      "He'll also want a data protection impact assessment before anything goes live, and he'll want to talk to your security people directly, not to sales.",
      "No offence.",
    ]);
    call.say(daan, [
      "None taken, that's exactly how it should be.",
      "We get that questionnaire from most banks, so we have the answers ready, and our security officer is happy to walk Henrik through them.",
      "Everything runs in EU data centres, we're ISO 27001 certified, and we have a yearly external penetration test, he can have the summary under NDA.",
    ]);
    call.say(daan, "Who else would need to be involved in a decision like this, besides Henrik?");
    call.say(claire, [
      "Henrik for security, definitely.",
      "Marc, our COO, signs off on anything that changes a core process.",
      "Procurement runs the formal part, and they'll want at least two offers.",
      "And Amara, of course, because her team has to work with it every day.",
      "Timing-wise, our budget round for next year closes in six weeks, so if this is going to happen next year, Marc needs to see a business case before then.",
    ]);
    call.say(daan, "Understood. And what would success look like for you, a year from now?");
    call.say(claire, [
      "Onboarding in ten days, for most clients.",
      "No findings on evidence at the next inspection, and the periodic reviews back on schedule.",
      "And a team that spends its time on the difficult files, the complex structures and the real risks, instead of retyping passports.",
    ]);
    call.say(amara, "And no more Excel sheet. Please.");
    call.say(daan, "Noted. The Excel sheet goes first.");
    call.say(claire, [
      "Can I ask you what kind of price range we're talking about?",
      "Just so I know whether this is realistic for the business case.",
    ]);
    call.say(daan, [
      "Of course, fair question.",
      "For a team of your size and volumes like yours, customers typically land between sixty and ninety thousand euros a year, depending on the modules and the number of entities.",
      "I'd rather give you a real number once we've seen your documents and your volumes, so that Marc gets a figure he can trust.",
    ]);
    call.say(claire, "That's within what I had in mind. Yes, that's fine.");
    call.say(amara, [
      "Can I add one thing from my side?",
      "My team has seen a lot of tools come and go.",
      "If this means they have to learn a completely new system and keep the old one open next to it, they'll hate it.",
    ]);
    call.say(daan, [
      "That's a real risk, and thank you for saying it.",
      "The way we usually do it is that the analysts keep working in your onboarding platform, and Flow only puts the checked data and the documents in there.",
      "The only new screen is the one where they look at exceptions, and most analysts get the hang of that in an afternoon.",
      "And I'd suggest we involve two or three of your analysts in the working session, so they can tell us what would annoy them before it does.",
    ]);
    call.say(amara, "I like that. I know exactly who I'd bring.");
    call.say(daan, [
      "Great. So here's what I'd suggest.",
      "First, a working session with Amara's team where we run twenty of your real files through Flow, anonymised, so you see what it does with your Belgian and Dutch documents.",
      "Second, a separate session with Henrik and our security officer, so he can ask everything he wants.",
      "And then I'll help you put the business case together for Marc, before your budget round closes.",
      "Would the week after next work for the first session?",
    ]);
    call.say(claire, "Let's do it. I'll ask Henrik's assistant for a slot as well.");
    call.say(
      amara,
      "And I'll pull together twenty files for the session. Mixed countries, some of the nasty ones.",
    );
    call.say(daan, [
      "Perfect, the nastier the better.",
      "I'll send you a short summary today with what I heard, so you can correct me where I got it wrong.",
      "Thank you both, this was really helpful.",
    ]);
    call.say(claire, [
      "Thank you, Daan.",
      "Honestly, this was a different conversation from the others. Talk soon.",
    ]);
    call.say(amara, "Bye!");
  },
};
