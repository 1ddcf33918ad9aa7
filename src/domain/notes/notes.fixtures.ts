import type { LoggedCall } from "./call-notes.ts";
import { NEVER_SET } from "./notes-document.ts";
import type { CoachingRecord, ReviewRecord } from "./review-record.ts";

/** A logged call as the store makes one; override what a test is about. */
export function makeLoggedCall(overrides: Partial<LoggedCall> = {}): LoggedCall {
  return {
    id: "0b6f3f4e-8c1a-4a53-9d0e-3f3c2a1b9e11",
    contactName: "Sanne de Vries",
    company: "Van den Berg Logistiek",
    phone: "+31 20 555 0134",
    start: "2026-11-18T09:30:00.000Z",
    durationMinutes: 12,
    outcome: "connected",
    loggedAt: "2026-11-18T09:45:00.000Z",
    ...overrides,
  };
}

/** A review session as the store records one, Megan invited, one call; override what a test is about. */
export function makeReviewRecord(overrides: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    id: "review-7d1c2f0e",
    eventId: "AAMkAGI2TG93AAA=",
    webLink: "https://outlook.office365.com/owa/?itemid=AAMkAGI2TG93AAA%3D&exvsurl=1&path=/calendar/item",
    joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_review%40thread.v2/0",
    start: "2026-11-20T09:00:00.000Z",
    end: "2026-11-20T09:30:00.000Z",
    manager: { name: "Megan Bowen", email: "megan.bowen@contoso.example" },
    calls: [
      {
        callId: "AAMkADk0ZWQ5ZTEx=",
        subject: "Discovery call Fabrikam",
        start: "2026-11-18T09:00:00.000Z",
        company: "Fabrikam",
      },
    ],
    scheduledAt: "2026-11-18T14:00:00.000Z",
    outcomes: {},
    ...overrides,
  };
}

/** What a manager keeps about a review before writing anything; override what a test is about. */
export function makeCoachingRecord(overrides: Partial<CoachingRecord> = {}): CoachingRecord {
  return {
    reviewId: "review-7d1c2f0e",
    rep: { name: "Daan Visser", email: "daan.visser@contoso.example" },
    privateNotes: {},
    agreedLearning: {},
    followUpSentAt: { value: null, at: NEVER_SET },
    ...overrides,
  };
}
