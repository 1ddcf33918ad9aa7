import { describe, expect, it } from "vitest";
import { type LogCallForm, readLogCallForm } from "./log-call-form.ts";

const form: LogCallForm = {
  contactName: "  Lena Vos ",
  company: "Fabrikam",
  phone: "",
  when: "2026-11-20T16:05",
  durationMinutes: "15",
  outcome: "voicemail",
};

describe("readLogCallForm", () => {
  it("makes the logged call, trimmed, with the time read in the user's zone", () => {
    expect(readLogCallForm(form, "Europe/Amsterdam")).toEqual({
      ok: true,
      input: {
        contactName: "Lena Vos",
        company: "Fabrikam",
        phone: "",
        start: "2026-11-20T15:05:00.000Z",
        durationMinutes: 15,
        outcome: "voicemail",
      },
    });
  });

  it.each([
    ["a name", { company: "", phone: "" }],
    ["a company", { contactName: "", phone: "" }],
    ["a phone number", { contactName: "", company: "", phone: "+31 6 1234 5678" }],
  ])("is content with only %s for who it was with", (_, overrides) => {
    expect(readLogCallForm({ ...form, ...overrides }, "UTC").ok).toBe(true);
  });

  it("needs to know who the call was with", () => {
    const result = readLogCallForm({ ...form, contactName: " ", company: "", phone: "" }, "UTC");
    expect(result).toEqual({ ok: false, problems: new Set(["whoRequired"]) });
  });

  it.each(["", "0", "-5", "1.5", "601", "abc"])("refuses a duration of %j minutes", (durationMinutes) => {
    expect(readLogCallForm({ ...form, durationMinutes }, "UTC")).toEqual({
      ok: false,
      problems: new Set(["durationInvalid"]),
    });
  });

  it("accepts from 1 to 600 minutes", () => {
    expect(readLogCallForm({ ...form, durationMinutes: "1" }, "UTC").ok).toBe(true);
    expect(readLogCallForm({ ...form, durationMinutes: "600" }, "UTC").ok).toBe(true);
  });

  it("reports every problem at once", () => {
    const result = readLogCallForm(
      { ...form, contactName: "", company: "", when: "", durationMinutes: "0" },
      "UTC",
    );
    expect(result).toEqual({
      ok: false,
      problems: new Set(["whoRequired", "whenInvalid", "durationInvalid"]),
    });
  });

  it("holds text to its limit", () => {
    const result = readLogCallForm({ ...form, contactName: "x".repeat(500) }, "UTC");
    expect(result.ok && result.input.contactName).toHaveLength(120);
  });
});
