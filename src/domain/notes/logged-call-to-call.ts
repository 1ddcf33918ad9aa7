import type { Call } from "../calls/call.ts";
import type { LoggedCall } from "./call-notes.ts";

/**
 * A call the rep logged by hand, as a {@link Call} the calls list shows like any other. Such a call is always a
 * customer call; its subject names who it was with (the UI adds no words, so it reads the same in any language).
 */
export function loggedCallToCall(logged: LoggedCall): Call {
  const start = new Date(logged.start);
  const contactName = logged.contactName.trim();
  const company = logged.company.trim();
  return {
    id: logged.id,
    source: "manual",
    kind: "customer",
    subject: subjectOf(contactName, company, logged.phone.trim()),
    participants: contactName ? [{ name: contactName, email: null }] : [],
    // Only email addresses give domains; a company typed by hand is already in the subject.
    externalDomains: [],
    start,
    end: new Date(start.getTime() + Math.max(0, logged.durationMinutes) * 60_000),
    joinUrl: null,
    isOrganizer: true,
  };
}

function subjectOf(contactName: string, company: string, phone: string): string {
  if (contactName && company) return `${contactName}, ${company}`;
  return contactName || company || phone;
}
