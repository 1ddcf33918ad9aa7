import type { Attendee, Event } from "@microsoft/microsoft-graph-types";
import { describe, expect, it } from "vitest";
import { eventToCall, parseGraphDateTime, type RepIdentity } from "./event-to-call.ts";

const rep: RepIdentity = { email: "sanne.bakker@contoso.com" };
const JOIN_URL = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";

function person(name: string, address: string, type: Attendee["type"] = "required"): Attendee {
  return { type, status: { response: "accepted" }, emailAddress: { name, address } };
}

/** A Teams meeting as `GET /me/calendarView` returns it with `Prefer: outlook.timezone="UTC"`. */
function graphEvent(overrides: Partial<Event> = {}): Event {
  return {
    id: "AAMkAGI2TG93AAA=",
    subject: "Fabrikam discovery call",
    isCancelled: false,
    isAllDay: false,
    isOrganizer: true,
    isOnlineMeeting: true,
    onlineMeetingProvider: "teamsForBusiness",
    onlineMeeting: { joinUrl: JOIN_URL },
    responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" },
    start: { dateTime: "2026-11-20T09:00:00.0000000", timeZone: "UTC" },
    end: { dateTime: "2026-11-20T09:45:00.0000000", timeZone: "UTC" },
    organizer: { emailAddress: { name: "Sanne Bakker", address: "sanne.bakker@contoso.com" } },
    attendees: [
      person("Sanne Bakker", "sanne.bakker@contoso.com"),
      person("Lena Vos", "lena.vos@fabrikam.com"),
    ],
    ...overrides,
  };
}

describe("eventToCall", () => {
  it("turns a meeting with someone from another domain into a customer call", () => {
    expect(eventToCall(graphEvent(), rep)).toEqual({
      id: "AAMkAGI2TG93AAA=",
      source: "calendar",
      kind: "customer",
      subject: "Fabrikam discovery call",
      participants: [{ name: "Lena Vos", email: "lena.vos@fabrikam.com" }],
      externalDomains: ["fabrikam.com"],
      start: new Date("2026-11-20T09:00:00Z"),
      end: new Date("2026-11-20T09:45:00Z"),
      joinUrl: JOIN_URL,
      isOrganizer: true,
    });
  });

  it("makes a meeting with only colleagues from the rep's domain internal", () => {
    const call = eventToCall(
      graphEvent({
        attendees: [
          person("Daan Visser", "daan.visser@contoso.com"),
          person("Eva Smit", "eva.smit@contoso.com"),
        ],
      }),
      rep,
    );
    expect(call?.kind).toBe("internal");
    expect(call?.externalDomains).toEqual([]);
    expect(call?.participants.map((p) => p.name)).toEqual(["Daan Visser", "Eva Smit"]);
  });

  it("lists each external domain once, in order of appearance", () => {
    const call = eventToCall(
      graphEvent({
        attendees: [
          person("Lena Vos", "lena.vos@fabrikam.com"),
          person("Daan Visser", "daan.visser@contoso.com"),
          person("Piet Mol", "piet.mol@northwind.example"),
          person("Joris de Wit", "joris.dewit@fabrikam.com"),
        ],
      }),
      rep,
    );
    expect(call?.kind).toBe("customer");
    expect(call?.externalDomains).toEqual(["fabrikam.com", "northwind.example"]);
  });

  describe("compares email addresses without regard to case", () => {
    it("treats a colleague's upper-case domain as the rep's own", () => {
      const call = eventToCall(graphEvent({ attendees: [person("Eva Smit", "Eva.Smit@CONTOSO.COM")] }), rep);
      expect(call?.kind).toBe("internal");
      expect(call?.participants).toEqual([{ name: "Eva Smit", email: "eva.smit@contoso.com" }]);
    });

    it("recognises the rep in any case, on either side", () => {
      const call = eventToCall(
        graphEvent({
          attendees: [
            person("Sanne Bakker", "SANNE.BAKKER@Contoso.com"),
            person("Eva Smit", "eva.smit@contoso.com"),
          ],
        }),
        { email: "Sanne.Bakker@CONTOSO.com" },
      );
      expect(call?.kind).toBe("internal");
      expect(call?.participants.map((p) => p.email)).toEqual(["eva.smit@contoso.com"]);
    });

    it("lists a person once when they appear twice in different case", () => {
      const call = eventToCall(
        graphEvent({
          organizer: { emailAddress: { name: "Lena Vos", address: "Lena.Vos@Fabrikam.com" } },
          isOrganizer: false,
          attendees: [person("Lena Vos", "lena.vos@fabrikam.com"), person("Sanne Bakker", rep.email)],
        }),
        rep,
      );
      expect(call?.participants).toEqual([{ name: "Lena Vos", email: "lena.vos@fabrikam.com" }]);
    });
  });

  describe("ignores rooms and equipment (attendees of type resource)", () => {
    it("does not let a room at another domain make a meeting a customer call", () => {
      const call = eventToCall(
        graphEvent({
          attendees: [
            person("Eva Smit", "eva.smit@contoso.com"),
            person("Boardroom 4.12", "boardroom412@rooms.contoso-facilities.com", "resource"),
          ],
        }),
        rep,
      );
      expect(call?.kind).toBe("internal");
      expect(call?.participants.map((p) => p.name)).toEqual(["Eva Smit"]);
    });

    it("does not count a booked room as somebody on the call", () => {
      const call = eventToCall(
        graphEvent({ attendees: [person("Focus room", "focus@contoso.com", "resource")] }),
        rep,
      );
      expect(call).toBeNull();
    });
  });

  describe("leaves out what is not a call", () => {
    it.each([
      ["a cancelled meeting", { isCancelled: true }],
      ["an all-day event", { isAllDay: true }],
      ["a meeting the rep declined", { responseStatus: { response: "declined" as const } }],
      ["an event with nobody but the rep", { attendees: [] }],
      ["an event with the rep as the only attendee", { attendees: [person("Sanne Bakker", rep.email)] }],
      ["an event without attendees at all", { attendees: undefined }],
      ["an event without an ID", { id: undefined }],
      ["an event without a start", { start: undefined }],
    ])("%s", (_, overrides: Partial<Event>) => {
      expect(eventToCall(graphEvent(overrides), rep)).toBeNull();
    });

    it("keeps a meeting the rep accepted tentatively or has not answered", () => {
      expect(
        eventToCall(graphEvent({ responseStatus: { response: "tentativelyAccepted" } }), rep),
      ).not.toBeNull();
      expect(eventToCall(graphEvent({ responseStatus: { response: "notResponded" } }), rep)).not.toBeNull();
    });
  });

  it("makes a call a customer call when the organizer is outside the rep's domain", () => {
    const call = eventToCall(
      graphEvent({
        isOrganizer: false,
        responseStatus: { response: "accepted" },
        organizer: { emailAddress: { name: "Lena Vos", address: "lena.vos@fabrikam.com" } },
        attendees: [person("Sanne Bakker", rep.email)],
      }),
      rep,
    );
    expect(call).toMatchObject({
      kind: "customer",
      isOrganizer: false,
      participants: [{ name: "Lena Vos", email: "lena.vos@fabrikam.com" }],
      externalDomains: ["fabrikam.com"],
    });
  });

  it("keeps a named attendee without an address, who cannot make the call a customer call", () => {
    const call = eventToCall(
      graphEvent({
        attendees: [
          { type: "optional", emailAddress: { name: "Dial-in guest" } },
          person("Eva Smit", "eva.smit@contoso.com"),
        ],
      }),
      rep,
    );
    expect(call?.kind).toBe("internal");
    expect(call?.participants).toContainEqual({ name: "Dial-in guest", email: null });
  });

  describe("joinUrl", () => {
    it("is the Teams join URL of an online meeting", () => {
      expect(eventToCall(graphEvent(), rep)?.joinUrl).toBe(JOIN_URL);
    });

    it("is null when the event is not an online meeting, even if a URL is lying around", () => {
      expect(eventToCall(graphEvent({ isOnlineMeeting: false }), rep)?.joinUrl).toBeNull();
    });

    it("is null for an online meeting without join details", () => {
      expect(eventToCall(graphEvent({ onlineMeeting: null }), rep)?.joinUrl).toBeNull();
    });
  });

  it("trims the subject and leaves it empty when there is none, for the UI to name", () => {
    expect(eventToCall(graphEvent({ subject: "  Pricing follow-up  " }), rep)?.subject).toBe(
      "Pricing follow-up",
    );
    expect(eventToCall(graphEvent({ subject: undefined }), rep)?.subject).toBe("");
    expect(eventToCall(graphEvent({ subject: "   " }), rep)?.subject).toBe("");
  });

  it("says the rep is the organizer only when Graph says so", () => {
    expect(eventToCall(graphEvent({ isOrganizer: undefined }), rep)?.isOrganizer).toBe(false);
  });
});

describe("parseGraphDateTime", () => {
  it("reads a date-time without an offset as UTC when Graph says the zone is UTC", () => {
    expect(parseGraphDateTime({ dateTime: "2026-03-29T09:00:00.0000000", timeZone: "UTC" })).toEqual(
      new Date("2026-03-29T09:00:00Z"),
    );
  });

  it("accepts a trailing Z", () => {
    expect(parseGraphDateTime({ dateTime: "2026-03-29T09:00:00Z", timeZone: "UTC" })).toEqual(
      new Date("2026-03-29T09:00:00Z"),
    );
  });

  it("accepts Etc/UTC and a missing zone as UTC", () => {
    expect(parseGraphDateTime({ dateTime: "2026-03-29T09:00:00", timeZone: "Etc/UTC" })).toEqual(
      new Date("2026-03-29T09:00:00Z"),
    );
    expect(parseGraphDateTime({ dateTime: "2026-03-29T09:00:00" })).toEqual(new Date("2026-03-29T09:00:00Z"));
  });

  it("honours an explicit offset whatever zone is named", () => {
    expect(
      parseGraphDateTime({ dateTime: "2026-03-29T11:00:00+02:00", timeZone: "W. Europe Standard Time" }),
    ).toEqual(new Date("2026-03-29T09:00:00Z"));
  });

  it("rejects a wall time in another zone rather than guess", () => {
    expect(() =>
      parseGraphDateTime({ dateTime: "2026-03-29T09:00:00.0000000", timeZone: "Pacific Standard Time" }),
    ).toThrow(RangeError);
    expect(() =>
      parseGraphDateTime({ dateTime: "2026-03-29T09:00:00", timeZone: "Europe/Amsterdam" }),
    ).toThrow(/UTC/);
  });

  it("rejects an unreadable date-time", () => {
    expect(() => parseGraphDateTime({ dateTime: "not a date", timeZone: "UTC" })).toThrow(RangeError);
    expect(() => parseGraphDateTime({ timeZone: "UTC" })).toThrow(RangeError);
  });
});
