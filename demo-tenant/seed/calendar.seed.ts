import { TZDate } from "@date-fns/tz";
import {
  addDays,
  addMinutes,
  addWeeks,
  format,
  isWeekend,
  previousFriday,
  startOfDay,
  startOfWeek,
  subBusinessDays,
  subHours,
} from "date-fns";
import { base64Url, stableGuid, stableSeed } from "../ids.ts";
import {
  CONTOSO_TENANT_ID,
  CUSTOMER_COMPANIES,
  type CustomerCompany,
  contact,
  directoryUser,
  FABRIKAM,
  NORTHWIND,
  type Person,
  VAN_DEN_BERG,
  WOODGROVE,
} from "./people.seed.ts";
import type {
  ResponseType,
  SeedAttendee,
  SeedMeeting,
  SeedOnlineMeeting,
  SeedTiming,
  SeedTranscript,
  ShowAs,
} from "./seed.model.ts";
import { type CallScript, type RecordedTranscript, recordTranscript } from "./transcripts/call-script.ts";
import { CALL_SCRIPTS } from "./transcripts/call-scripts.ts";

export interface CalendarSeedOptions {
  readonly now: Date;
  /** The mailboxes' time zone: meetings sit in working hours there. */
  readonly timeZone: string;
  /**
   * For scale tests (benchmarks, long lists): a calendar of exactly this many customer meetings, spread over the
   * last working days, instead of the believable two weeks. Absent: the believable two weeks.
   */
  readonly customerMeetings?: number;
}

const daan = directoryUser("daan.visser@contoso.example");
const megan = directoryUser("megan.bowen@contoso.example");
const priya = directoryUser("priya.natarajan@contoso.example");
const tom = directoryUser("tom.bakker@contoso.example");
const adele: Person = { name: "Adele Vance", email: "adele.vance@contoso.example" };

/** How a seeded meeting relates to today: business days back (0 = today), local wall-clock times. */
type When =
  | { readonly daysAgo: number; readonly from: string; readonly to: string }
  | { readonly allDayDaysAgo: number };

interface TeamsOptions {
  /** The call's transcript; absent: nobody started transcription. */
  readonly transcript?: CallScript;
  readonly transcriptAccess?: "disabledByAdmin";
}

interface MeetingDetails {
  readonly key: string;
  readonly subject: string;
  readonly agenda: string;
  readonly organizer: Person;
  /** Everyone invited besides the organizer; accepted unless said otherwise. */
  readonly attendees: ReadonlyArray<Person | readonly [Person, ResponseType, ("required" | "optional")?]>;
  readonly teams?: TeamsOptions;
  readonly location?: string;
  readonly isCancelled?: boolean;
  readonly showAs?: ShowAs;
  readonly importance?: "low" | "normal" | "high";
}

interface MeetingPlan extends MeetingDetails {
  readonly when: When;
}

/** The weekly pipeline review: a recurring series, materialised as occurrences around today. */
const PIPELINE_REVIEW: MeetingDetails = {
  key: "pipeline-review",
  subject: "Weekly pipeline review",
  agenda:
    "Every Monday: commit and best case per rep, deals that moved, deals that slipped, and where you need help.",
  organizer: megan,
  attendees: [daan, tom, priya],
};
const PIPELINE_REVIEW_WEEKS = [-3, -2, -1, 0, 1] as const;

/**
 * Two weeks of a believable sales team's calendar, placed relative to `now` on working days in the team's
 * time zone. Only the dates move from day to day; every ID comes from the plan's keys, so an event keeps
 * its ID when the demo restarts tomorrow.
 */
export function buildCalendarSeed({ now, timeZone, customerMeetings }: CalendarSeedOptions): SeedMeeting[] {
  const today = startOfDay(new TZDate(now.getTime(), timeZone));
  const lastWorkingDay = isWeekend(today) ? previousFriday(today) : today;
  const place = (when: When): SeedTiming => placeOnCalendar(when, lastWorkingDay, timeZone);
  if (customerMeetings !== undefined) {
    // Time-zone date math is slow and a scale calendar reuses a handful of days: each is worked out once.
    const days = new Map<number, TZDate>();
    const dayOf = (daysAgo: number) => {
      const day = days.get(daysAgo) ?? subBusinessDays(lastWorkingDay, daysAgo);
      days.set(daysAgo, day);
      return day;
    };
    return customerMeetingPlans(customerMeetings).map(({ when, ...plan }) =>
      toSeedMeeting(plan, timed(dayOf(when.daysAgo), when.from, when.to, timeZone)),
    );
  }

  const meetings = MEETING_PLANS.map((plan) => toSeedMeeting(plan, place(plan.when)));
  const monday = startOfWeek(lastWorkingDay, { weekStartsOn: 1 });
  // One Teams meeting for the whole series, as Outlook does for a recurring meeting.
  const seriesTeamsMeeting = teamsMeeting(PIPELINE_REVIEW.key, PIPELINE_REVIEW, {});
  for (const week of PIPELINE_REVIEW_WEEKS) {
    const timing = timed(addWeeks(monday, week), "09:00", "09:45", timeZone);
    meetings.push({
      ...toSeedMeeting({ ...PIPELINE_REVIEW, key: `${PIPELINE_REVIEW.key}/week${week}` }, timing),
      onlineMeeting: seriesTeamsMeeting(timing),
      series: { masterKey: PIPELINE_REVIEW.key, dayOfWeek: "monday" },
    });
  }
  return meetings;
}

interface ScaleMeetingPlan extends MeetingDetails {
  readonly when: { readonly daysAgo: number; readonly from: string; readonly to: string };
}

/** Working days the scale calendar fills, from yesterday back: all over and all inside the last two weeks. */
const SCALE_DAYS = 9;
const SCALE_DAY_START_MINUTES = 8 * 60;
const SCALE_TRANSCRIPTS = Object.values(CALL_SCRIPTS);

/**
 * `count` customer meetings, as a busy rep's would mix them: mostly Teams meetings the rep organized, a third of
 * those transcribed, one in ten with transcripts turned off by the customer's admin, some organized by the
 * customer (the rep may not read those transcripts) and some by phone or in person. Each working day gets its
 * share, a few minutes apart, so any count fits in working hours.
 */
function customerMeetingPlans(count: number): ScaleMeetingPlan[] {
  const perDay = Math.ceil(count / SCALE_DAYS);
  const spacing = Math.max(1, Math.min(30, Math.floor((9 * 60) / Math.max(perDay, 1))));
  return Array.from({ length: count }, (_, index) => {
    const company = CUSTOMER_COMPANIES[index % CUSTOMER_COMPANIES.length] as CustomerCompany;
    const [first, second] = company.contacts;
    const customer = first as Person;
    const byCustomer = index % 6 === 5;
    const offline = index % 8 === 7;
    const minutes = SCALE_DAY_START_MINUTES + Math.floor(index / SCALE_DAYS) * spacing;
    const teams: TeamsOptions | undefined = offline
      ? undefined
      : index % 10 === 4
        ? { transcriptAccess: "disabledByAdmin" }
        : index % 3 === 0
          ? { transcript: SCALE_TRANSCRIPTS[index % SCALE_TRANSCRIPTS.length] as CallScript }
          : {};
    return {
      key: `scale-${index}`,
      subject: `${company.name} | Call ${index + 1}`,
      agenda: "",
      when: { daysAgo: 1 + (index % SCALE_DAYS), from: clock(minutes), to: clock(minutes + 30) },
      organizer: byCustomer ? customer : daan,
      attendees: byCustomer ? [daan, ...(second ? [second] : [])] : [customer, ...(second ? [second] : [])],
      ...(teams ? { teams } : {}),
      ...(offline ? { location: `${company.name}, reception` } : {}),
    };
  });
}

function clock(minutes: number): string {
  const bounded = Math.min(minutes, 23 * 60 + 29);
  return `${String(Math.floor(bounded / 60)).padStart(2, "0")}:${String(bounded % 60).padStart(2, "0")}`;
}

function placeOnCalendar(when: When, lastWorkingDay: TZDate, timeZone: string): SeedTiming {
  if ("allDayDaysAgo" in when) {
    const day = subBusinessDays(lastWorkingDay, when.allDayDaysAgo);
    const next = addDays(day, 1);
    return {
      kind: "allDay",
      startDate: format(day, "yyyy-MM-dd"),
      endDate: format(next, "yyyy-MM-dd"),
      start: new Date(day.getTime()),
      end: new Date(next.getTime()),
    };
  }
  return timed(subBusinessDays(lastWorkingDay, when.daysAgo), when.from, when.to, timeZone);
}

function timed(day: TZDate, from: string, to: string, timeZone: string): SeedTiming {
  return { kind: "timed", start: wallClock(day, from, timeZone), end: wallClock(day, to, timeZone) };
}

function wallClock(day: TZDate, time: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return new Date(
    new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, 0, timeZone).getTime(),
  );
}

function toSeedMeeting(plan: MeetingDetails, timing: SeedTiming): SeedMeeting {
  const attendees = seedAttendees(plan);
  // Invitations go out a few days before; a cancellation is the last change.
  const created = subHours(timing.start, 30 + (stableSeed("created", plan.key) % 200));
  const lastModified = plan.isCancelled ? subHours(timing.start, 20) : addMinutes(created, 7);
  return {
    key: plan.key,
    subject: plan.isCancelled ? `Canceled: ${plan.subject}` : plan.subject,
    agenda: plan.agenda,
    timing,
    organizer: plan.organizer,
    attendees,
    location: plan.location ?? null,
    isCancelled: plan.isCancelled ?? false,
    showAs: plan.isCancelled ? "free" : (plan.showAs ?? "busy"),
    importance: plan.importance ?? "normal",
    onlineMeeting: plan.teams ? teamsMeeting(plan.key, plan, plan.teams)(timing) : null,
    series: null,
    createdDateTime: created,
    lastModifiedDateTime: lastModified,
  };
}

/** The Teams meeting behind an event; recurring series share one, so it is made once and placed per timing. */
function teamsMeeting(
  key: string,
  { subject, organizer, ...plan }: MeetingDetails,
  options: TeamsOptions,
): (timing: SeedTiming) => SeedOnlineMeeting {
  const attendees = seedAttendees(plan).map((attendee) => attendee.person);
  const tenantId = tenantOf(organizer);
  const organizerId = stableGuid("user", organizer.email);
  const threadKey = Buffer.from(stableGuid("thread", key)).toString("base64").replaceAll("=", "");
  const threadId = `19:meeting_${threadKey}@thread.v2`;
  const context = `%7b%22Tid%22%3a%22${tenantId}%22%2c%22Oid%22%3a%22${organizerId}%22%7d`;
  const id = base64Url(`1*${organizerId}*0**${threadId}`);
  let placed: SeedOnlineMeeting | null = null;
  return (timing) => {
    placed ??= {
      id,
      joinWebUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${threadKey}%40thread.v2/0?context=${context}`,
      subject,
      creationDateTime: subHours(timing.start, 72),
      startDateTime: timing.start,
      endDateTime: timing.end,
      organizer,
      organizerId,
      tenantId,
      attendees,
      transcriptAccess: options.transcriptAccess ?? "allowed",
      transcripts: options.transcript ? [seedTranscript(key, id, timing.start, options.transcript)] : [],
    };
    return placed;
  };
}

function seedAttendees({ attendees }: Pick<MeetingDetails, "attendees">): SeedAttendee[] {
  return attendees.map((entry) =>
    "email" in entry
      ? { person: entry, type: "required", response: "accepted" }
      : { person: entry[0], response: entry[1], type: entry[2] ?? "required" },
  );
}

function seedTranscript(
  key: string,
  meetingId: string,
  meetingStart: Date,
  script: CallScript,
): SeedTranscript {
  const recording = recordingOf(script);
  // The organizer starts transcription a minute or so into the call.
  const createdDateTime = addMinutes(meetingStart, 1);
  return {
    id: base64Url(`1##0##${stableGuid("transcript", key)}`),
    meetingId,
    callId: stableGuid("call", key),
    contentCorrelationId: stableGuid("correlation", key),
    createdDateTime,
    endDateTime: new Date(createdDateTime.getTime() + Math.round(recording.durationSeconds * 1000)),
    recording,
  };
}

/** Recording a script is deterministic and not cheap; a scale calendar reuses each script many times. */
const recordings = new Map<CallScript, RecordedTranscript>();

function recordingOf(script: CallScript): RecordedTranscript {
  let recording = recordings.get(script);
  if (!recording) {
    recording = recordTranscript(script);
    recordings.set(script, recording);
  }
  return recording;
}

function tenantOf(person: Person): string {
  const domain = person.email.slice(person.email.indexOf("@") + 1);
  const company = CUSTOMER_COMPANIES.find((c) => c.domain === domain);
  return company?.tenantId ?? CONTOSO_TENANT_ID;
}

const lena = contact(FABRIKAM, "Lena Fischer");
const jonas = contact(FABRIKAM, "Jonas Weber");
const james = contact(NORTHWIND, "James Whitfield");
const olivia = contact(NORTHWIND, "Olivia Carter");
const ruben = contact(NORTHWIND, "Ruben Jansen");
const claire = contact(WOODGROVE, "Claire Dubois");
const amara = contact(WOODGROVE, "Amara Okafor");
const henrik = contact(WOODGROVE, "Henrik Larsen");
const pieter = contact(VAN_DEN_BERG, "Pieter van den Berg");
const sanne = contact(VAN_DEN_BERG, "Sanne de Vries");

/** Everything but the weekly series, oldest first. */
const MEETING_PLANS: readonly MeetingPlan[] = [
  {
    key: "fabrikam-discovery",
    subject: "Fabrikam | Discovery call",
    agenda:
      "Introduction to Contoso Flow and a first look at Fabrikam's invoice processing across the three entities.",
    when: { daysAgo: 9, from: "10:00", to: "10:30" },
    organizer: daan,
    attendees: [lena, jonas],
    teams: { transcript: CALL_SCRIPTS.fabrikamDiscovery },
  },
  {
    key: "focus-northwind-demo",
    subject: "Focus: prepare Northwind Traders demo",
    agenda: "Demo script, sample documents, Dynamics 365 connector slides.",
    when: { daysAgo: 9, from: "14:00", to: "15:30" },
    organizer: daan,
    attendees: [],
  },
  {
    key: "sales-kickoff",
    subject: "Sales Kick-off Benelux",
    agenda: "Full day: strategy for the new half-year, product roadmap, customer panel and team dinner.",
    when: { allDayDaysAgo: 8 },
    organizer: megan,
    attendees: [daan, tom, priya],
    location: "Contoso Amsterdam, Zuidas",
    showAs: "oof",
  },
  {
    key: "van-den-berg-kennismaking",
    subject: "Van den Berg Logistiek | Kennismaking",
    agenda: "Kennismaking: wie is Contoso, hoe verwerkt Van den Berg vrachtbrieven en facturen vandaag.",
    when: { daysAgo: 7, from: "09:30", to: "10:00" },
    organizer: daan,
    attendees: [pieter, sanne],
    teams: { transcript: CALL_SCRIPTS.vanDenBergKennismaking },
  },
  {
    key: "one-on-one-megan-1",
    subject: "1:1 Daan / Megan",
    agenda: "Pipeline, forecast, and anything you want to talk about.",
    when: { daysAgo: 7, from: "11:00", to: "11:30" },
    organizer: megan,
    attendees: [daan],
    teams: {},
  },
  {
    key: "prep-northwind-demo",
    subject: "Prep: Northwind Traders demo",
    agenda: "Walk through the demo flow together and agree who shows what.",
    when: { daysAgo: 7, from: "16:00", to: "16:30" },
    organizer: daan,
    attendees: [priya],
    teams: {},
  },
  {
    key: "one-on-one-megan-tom-1",
    subject: "1:1 Tom / Megan",
    agenda: "Pipeline, forecast, and anything you want to talk about.",
    when: { daysAgo: 6, from: "10:00", to: "10:30" },
    organizer: megan,
    attendees: [tom],
    teams: {},
  },
  {
    key: "northwind-demo",
    subject: "Northwind Traders | Contoso Flow demo",
    agenda: "Product demonstration of Contoso Flow for James Whitfield and Olivia Carter.",
    when: { daysAgo: 6, from: "14:00", to: "14:45" },
    organizer: daan,
    attendees: [james, olivia],
    teams: { transcript: CALL_SCRIPTS.northwindDemo },
  },
  {
    key: "woodgrove-discovery",
    subject: "Woodgrove Bank | Discovery: client onboarding",
    agenda: "Understand how Woodgrove onboards business clients today and where it hurts.",
    when: { daysAgo: 5, from: "10:00", to: "10:45" },
    organizer: daan,
    attendees: [claire, amara],
    teams: { transcript: CALL_SCRIPTS.woodgroveDiscovery },
  },
  {
    key: "deal-strategy-woodgrove",
    subject: "Deal strategy: Woodgrove Bank",
    agenda:
      "What we learned in discovery, the security review with Henrik Larsen, the business case for their COO.",
    when: { daysAgo: 5, from: "13:30", to: "14:00" },
    organizer: daan,
    attendees: [priya],
    teams: {},
  },
  {
    key: "northwind-benelux-demo",
    subject: "Northwind Traders Benelux | Demo Contoso Flow",
    agenda: "Demo van Contoso Flow voor de vestiging Rotterdam.",
    when: { daysAgo: 5, from: "14:30", to: "15:00" },
    organizer: daan,
    attendees: [ruben],
    teams: { transcript: CALL_SCRIPTS.northwindBeneluxDemo },
  },
  {
    key: "woodgrove-partner-day",
    subject: "Woodgrove Bank | Fintech Partner Day",
    agenda: "Our yearly day with technology partners: roadmap, panel with our COO, networking lunch.",
    when: { daysAgo: 4, from: "09:00", to: "17:00" },
    organizer: claire,
    attendees: [[daan, "declined"], henrik],
    location: "Woodgrove Bank, Rue Royale, Brussels",
    showAs: "tentative",
  },
  {
    key: "fabrikam-follow-up",
    subject: "Fabrikam | Follow-up: IT and security questions",
    agenda:
      "Answers to Jonas Weber's questions on hosting, single sign-on and the SAP integration; next steps.",
    when: { daysAgo: 4, from: "11:00", to: "11:30" },
    organizer: daan,
    attendees: [jonas, lena],
    teams: { transcript: CALL_SCRIPTS.fabrikamFollowUp },
  },
  {
    key: "lunch-and-learn-procurement",
    subject: "Lunch & learn: negotiating with procurement",
    agenda: "Tom shares what worked in his last three deals. Lunch is provided.",
    when: { daysAgo: 4, from: "12:00", to: "13:00" },
    organizer: tom,
    attendees: [daan, priya, [megan, "tentativelyAccepted", "optional"]],
    location: "Amsterdam office, room Keizersgracht",
  },
  {
    key: "northwind-pricing",
    subject: "Northwind Traders | Pricing and proposal",
    agenda: "Walk through the proposal for Northwind Traders.",
    when: { daysAgo: 3, from: "10:00", to: "10:30" },
    organizer: daan,
    attendees: [james, olivia],
    teams: { transcriptAccess: "disabledByAdmin" },
  },
  {
    key: "leadership-sync",
    subject: "Sales leadership sync",
    agenda: "Forecast roll-up and hiring plan.",
    when: { daysAgo: 3, from: "14:00", to: "15:00" },
    organizer: adele,
    attendees: [megan],
    teams: {},
  },
  {
    key: "focus-crm",
    subject: "Focus: CRM updates",
    agenda: "",
    when: { daysAgo: 3, from: "15:30", to: "16:30" },
    organizer: daan,
    attendees: [],
  },
  {
    key: "deal-desk-northwind",
    subject: "Deal desk: Northwind Traders discount request",
    agenda: "Daan's request for a multi-year discount for Northwind Traders.",
    when: { daysAgo: 2, from: "09:30", to: "10:00" },
    organizer: megan,
    attendees: [daan],
    teams: {},
  },
  {
    key: "one-on-one-megan-2",
    subject: "1:1 Daan / Megan",
    agenda: "Pipeline, forecast, and anything you want to talk about.",
    when: { daysAgo: 2, from: "11:00", to: "11:30" },
    organizer: megan,
    attendees: [daan],
    teams: {},
  },
  {
    key: "fabrikam-it-landscape",
    subject: "Fabrikam | IT landscape walkthrough",
    agenda: "Jonas walks Contoso through Fabrikam's SAP landscape and integration standards.",
    when: { daysAgo: 2, from: "14:00", to: "15:00" },
    organizer: jonas,
    attendees: [daan, lena],
    teams: {},
    isCancelled: true,
  },
  {
    key: "northwind-order-desk",
    subject: "Northwind Traders | Order desk walkthrough",
    agenda: "Olivia shows how customer orders reach the order desk today.",
    when: { daysAgo: 2, from: "15:30", to: "16:15" },
    organizer: olivia,
    attendees: [daan, ruben],
    teams: {},
  },
  {
    key: "northwind-order-intake",
    subject: "Northwind Traders | Order intake deep dive",
    agenda:
      "Customer orders instead of supplier invoices: sample orders, volumes, Dynamics 365 sales order creation.",
    when: { daysAgo: 1, from: "10:00", to: "11:00" },
    organizer: daan,
    attendees: [olivia, ruben, priya],
    teams: {},
  },
  {
    key: "one-on-one-megan-tom-2",
    subject: "1:1 Tom / Megan",
    agenda: "Pipeline, forecast, and anything you want to talk about.",
    when: { daysAgo: 1, from: "11:30", to: "12:00" },
    organizer: megan,
    attendees: [tom],
    teams: {},
  },
  {
    key: "woodgrove-security-review",
    subject: "Woodgrove Bank | Security review",
    agenda: "Vendor security questionnaire, data residency, penetration test summary, exit plan.",
    when: { daysAgo: 1, from: "14:00", to: "15:00" },
    organizer: henrik,
    attendees: [daan, priya, claire],
    teams: {},
  },
  {
    key: "focus-woodgrove-business-case",
    subject: "Focus: Woodgrove business case",
    agenda: "",
    when: { daysAgo: 1, from: "16:00", to: "17:00" },
    organizer: daan,
    attendees: [],
  },
  {
    key: "focus-follow-ups",
    subject: "Focus: follow-up emails",
    agenda: "",
    when: { daysAgo: 0, from: "08:30", to: "09:00" },
    organizer: daan,
    attendees: [],
  },
  {
    key: "coffee-tom",
    subject: "Coffee with Tom",
    agenda: "",
    when: { daysAgo: 0, from: "13:00", to: "13:30" },
    organizer: tom,
    attendees: [daan],
    location: "Amsterdam office, coffee corner",
  },
  {
    key: "forecast-update",
    subject: "Forecast update",
    agenda: "Your commit for the month and what changed since Monday.",
    when: { daysAgo: 0, from: "16:00", to: "16:30" },
    organizer: megan,
    attendees: [daan],
    teams: {},
  },
];
