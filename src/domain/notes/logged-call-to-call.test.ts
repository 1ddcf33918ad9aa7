import { describe, expect, it } from "vitest";
import type { LoggedCall } from "./call-notes.ts";
import { loggedCallToCall } from "./logged-call-to-call.ts";

const logged: LoggedCall = {
  id: "logged-1",
  contactName: "Lena Vos",
  company: "Fabrikam",
  phone: "+31 20 123 4567",
  start: "2026-11-20T13:30:00.000Z",
  durationMinutes: 15,
  outcome: "voicemail",
  loggedAt: "2026-11-20T13:46:00.000Z",
};

describe("loggedCallToCall", () => {
  it("makes a customer call from a logged call, ending after its duration", () => {
    expect(loggedCallToCall(logged)).toEqual({
      id: "logged-1",
      source: "manual",
      kind: "customer",
      subject: "Lena Vos, Fabrikam",
      participants: [{ name: "Lena Vos", email: null }],
      externalDomains: [],
      start: new Date("2026-11-20T13:30:00Z"),
      end: new Date("2026-11-20T13:45:00Z"),
      joinUrl: null,
      isOrganizer: true,
    });
  });

  it.each([
    ["only a name", { company: "" }, "Lena Vos"],
    ["only a company", { contactName: " ", company: "Fabrikam" }, "Fabrikam"],
    ["only a phone number", { contactName: "", company: "" }, "+31 20 123 4567"],
  ])("names the call after whoever is known: %s", (_, overrides, subject) => {
    const call = loggedCallToCall({ ...logged, ...overrides });
    expect(call.subject).toBe(subject);
  });

  it("lists no participant when the name is unknown", () => {
    expect(loggedCallToCall({ ...logged, contactName: "" }).participants).toEqual([]);
  });

  it("treats a negative duration as zero", () => {
    const call = loggedCallToCall({ ...logged, durationMinutes: -5 });
    expect(call.end).toEqual(call.start);
  });
});
