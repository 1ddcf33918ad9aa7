import type { PhraseModule } from "../phrase-deck.ts";

/**
 * Daan's stock English pitch for Contoso Flow, topic by topic. These are the sentences a rep reels off on
 * autopilot, so they never ask anything and never mention money: the call scripts place questions and the
 * first mention of price deliberately, and the seed tests check that.
 * Slots: {company}, {docs} (plural, "supplier invoices"), {doc} (singular), {system}, {team}.
 */
export const EN_PITCH: readonly PhraseModule[] = [
  [
    "So the first thing Contoso Flow does is pick up every document wherever it comes in, whether that's a shared mailbox, a supplier portal, EDI or just the scanner in the post room.",
    "We see a lot of companies where {docs} arrive through five or six different channels, and every channel has its own little process around it.",
    "With Flow all of that lands in one queue, and from that moment every document has a status and an owner.",
    "It doesn't matter if it's a clean PDF, a photo someone took on their phone, or a scan that came out slightly crooked.",
    "The system classifies the document first, so it knows whether it's looking at an invoice, a credit note, a delivery note or something else entirely.",
    "If one email has three attachments, it splits them and treats every one of them as its own document.",
    "So nobody has to sit there forwarding things to the right inbox anymore.",
  ],
  [
    "Then the extraction engine reads the document, and it doesn't need a template per sender like the older OCR tools did.",
    "It reads the header, the line items, the tax amounts, bank details, order numbers, the lot.",
    "Every field gets a confidence score, and that's really the key to the whole thing.",
    "When the confidence is high, the document just flows straight through without anybody touching it.",
    "When it's low, it goes to a person, and that person only sees the fields that need attention, highlighted on the original.",
    "Every correction a person makes goes back into the model, so it gets better on exactly your documents.",
    "After about three months most of our customers are somewhere between seventy and eighty-five percent touchless.",
    "And for layouts it has never seen before it still does a very decent job, because it understands what an invoice is rather than where a field sits.",
  ],
  [
    "The next layer is validation, and honestly this is where we differ most from the rest of the market.",
    "Flow checks every document against your master data in {system}, so the supplier, the bank account, the VAT number and the order all have to line up.",
    "We do two-way and three-way matching against purchase orders and goods receipts out of the box.",
    "Tolerances are configurable per supplier group, so you can say a two percent difference on freight is fine but zero on the goods themselves.",
    "Duplicate detection runs across all channels, so the same document coming in by email and by post gets caught.",
    "A changed bank account on a supplier is flagged straight away, which is a big fraud topic for finance teams right now.",
    "And all of those rules are maintained by your own people in a simple screen, you don't need a developer for that.",
  ],
  [
    "Whatever can't be matched automatically becomes an exception, and exceptions are where most teams lose their time today.",
    "In Flow every exception type has an owner and a service level, so nothing sits in somebody's inbox for two weeks.",
    "If a buyer needs to confirm something, they get a task in Teams or in Outlook and they can deal with it right there.",
    "They don't need a login to yet another system, which is usually the thing that kills adoption.",
    "Escalations are automatic, so if something waits too long it goes to the deputy or the team lead.",
    "You can see at any moment how many exceptions are open, how old they are and where they're stuck.",
    "Most of our customers cut the emails going back and forth about documents by more than half.",
  ],
  [
    "Approval flows are built visually, with a drag and drop designer.",
    "You can route on amount, on department, on supplier, on legal entity, basically on any field on the document.",
    "The four-eyes principle is there by default, and you can add a second approver above a certain threshold.",
    "Approvers can do it from their phone, which sounds like a small thing, but it really speeds things up at month-end.",
    "Delegation during holidays is handled by the system, so approvals don't get stuck when somebody is on leave.",
    "Everything is logged with a timestamp and the name of the person, which your auditors are going to love.",
  ],
  [
    "On the integration side we have standard connectors for {system} and for about forty other systems.",
    "The connector posts the finished document with all the coding straight into {system}, attachment included.",
    "Master data syncs every fifteen minutes, or in real time if you prefer webhooks.",
    "A typical integration is live in two to three weeks, and we do that work together with your IT team.",
    "We don't touch your existing processes in {system}, Flow sits in front of it and hands over clean data.",
    "And there's a full API if you ever want to connect something we don't have a connector for yet.",
  ],
  [
    "Then there's the analytics side, which is honestly the part finance leaders get most excited about.",
    "You get a live dashboard with throughput, touchless rate, cycle time and backlog per team.",
    "You can see per supplier who sends messy documents, so you can go back to them and fix it at the source.",
    "Month-end becomes a lot calmer, because you can see days in advance whether you're going to make it.",
    "The reports export to Excel or Power BI, so they fit into whatever your controllers already use.",
    "One of our customers in manufacturing used those insights to bring their processing time down from eleven days to two.",
  ],
  [
    "Security-wise, we're ISO 27001 certified and we go through a SOC 2 Type II audit every year.",
    "All data is hosted in the EU, in Microsoft data centres in Amsterdam and Dublin.",
    "Single sign-on runs through Microsoft Entra ID, so your own access policies apply.",
    "Roles and permissions go down to the level of an individual field if you need that.",
    "Documents are kept according to your own retention policy, and the audit trail can't be edited by anyone.",
    "We have a standard data processing agreement that most legal teams sign off within a week.",
  ],
  [
    "Implementation usually takes between six and ten weeks, depending on the number of entities.",
    "We start with one team and one document type, get that running really well, and roll out from there.",
    "You get a dedicated customer success manager and a solution architect for the whole project.",
    "Training is short, most users are productive after a ninety-minute session.",
    "We stay involved after go-live as well, with a review every quarter to look at the numbers together.",
    "We've done more than three hundred of these projects, so we know where the bumps in the road are.",
  ],
  [
    "A good example is a wholesaler we work with, roughly the same size as {company}.",
    "They had twelve people keying in documents and they were always behind at month-end.",
    "Within four months they were at seventy-eight percent touchless, and those people now spend their time on supplier questions and analysis.",
    "Another customer, a logistics company here in the Netherlands, used to lose documents somewhere between the depot and head office.",
    "Now everything is scanned at the depot and they see the status of every document in real time.",
    "And their auditors told them it was the cleanest year-end they'd ever had.",
  ],
  [
    "We're also putting a lot into AI, and you'll see much more of that this year.",
    "There's an assistant in the product now that answers things like which documents are waiting on purchasing.",
    "It can also draft the email to a supplier when something is missing, in the supplier's own language.",
    "All of that runs inside our EU environment, and your data is never used to train public models.",
    "Next quarter we're releasing predictive coding, which suggests the general ledger account before anyone has even looked at the document.",
  ],
  [
    "What I hear from {team} at most companies is that they're stuck doing work a system should be doing.",
    "People didn't join a finance team to retype numbers from a PDF into {system}.",
    "So the real win is not only speed, it's that your good people get to do the interesting part of the job again.",
    "And when someone leaves, the knowledge isn't gone, because the rules live in the system and not in one person's head.",
    "That's also why our customers find it much easier to absorb growth without adding headcount.",
  ],
];

/** Who Contoso is: how Daan opens most first calls. */
export const EN_BACKGROUND: PhraseModule = [
  "Just a bit of background on Contoso, we've been around for twelve years and we're about four hundred people now.",
  "Our head office is in Amsterdam and we have teams in Munich, London and Barcelona.",
  "We work with more than eleven hundred customers across Europe, mostly mid-sized and larger companies.",
  "Gartner mentions us in their market guide for this space, which we're quite proud of.",
  "And our customer satisfaction score has been above sixty for three years running.",
];

/** The demo walk-through in order; said with pauses, while clicking. */
export const EN_DEMO_WALKTHROUGH: readonly string[] = [
  "Let me share my screen, one second.",
  "Okay, you should be able to see the Flow home screen now.",
  "So on the left you have the queues, and on the right the documents that are waiting.",
  "I'm going to open this one, it's an invoice from one of our demo suppliers.",
  "You can see the original document on the left and the extracted data on the right.",
  "The green fields are the ones with high confidence, the orange ones need a quick look.",
  "If I click on the order number, it jumps to the matching purchase order.",
  "Here you see the three-way match, order, receipt and invoice side by side.",
  "This line is slightly off, so the system has flagged it, but it's within tolerance, so it would still go through.",
  "Let me go to the workflow designer for a second.",
  "This is the approval flow we set up for a customer similar to {company}.",
  "Each of these boxes is a step, and I can just drag a new one in here.",
  "Now I'll jump to the dashboard, which is where it all comes together.",
  "This graph is the touchless rate over the last twelve weeks.",
  "And down here you see the backlog per team, so you know exactly where the pressure is.",
  "Let me also quickly show you the Teams integration.",
  "So this is what an approver sees in Teams, the document, the key fields and two buttons.",
  "One click and it's approved, and the audit trail is updated straight away.",
];

/** Short noises a listener makes; none of them is a question. */
export const EN_BACKCHANNELS: readonly string[] = ["Mm-hmm.", "Okay.", "Right.", "Yeah.", "Sure.", "I see."];
