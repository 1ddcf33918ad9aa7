import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_REP_UPN } from "../../demo-tenant/demo-users.ts";
import { demoTenantPerFile } from "../../demo-tenant/testing/demo-tenant.fixture.ts";
import { GraphCallsRepository } from "../../src/data/calls.graph-repository.ts";
import type { Call } from "../../src/domain/calls/call.ts";

/** A Wednesday evening in Amsterdam: the whole working day's meetings are over. */
const NOW = new Date("2026-03-25T17:00:00Z");

// The tests only read the rep's calls, listed once: one tenant serves them all.
const demo = demoTenantPerFile({ now: () => NOW });
let repository: GraphCallsRepository;
let calls: Call[];

beforeAll(async () => {
  repository = new GraphCallsRepository(demo.clientAs(DEMO_REP_UPN).client, () => NOW);
  calls = await repository.listRecentCalls();
});

const bySubject = (subject: string) => calls.find((call) => call.subject === subject);

describe("the rep's recent calls from the demo tenant", () => {
  it("tells customer calls from internal meetings", () => {
    expect(bySubject("Fabrikam | Discovery call")).toMatchObject({
      kind: "customer",
      externalDomains: ["fabrikam.example"],
      isOrganizer: true,
    });
    expect(bySubject("Woodgrove Bank | Security review")).toMatchObject({
      kind: "customer",
      isOrganizer: false,
    });
    expect(bySubject("Prep: Northwind Traders demo")).toMatchObject({ kind: "internal" });
    expect(calls.filter((call) => call.subject === "Weekly pipeline review").length).toBeGreaterThanOrEqual(
      2,
    );
  });

  it("leaves out cancelled, all-day and declined meetings, and focus time with nobody else", () => {
    const subjects = calls.map((call) => call.subject);

    expect(subjects.some((subject) => subject.includes("IT landscape walkthrough"))).toBe(false);
    expect(subjects).not.toContain("Sales Kick-off Benelux");
    expect(subjects).not.toContain("Woodgrove Bank | Fintech Partner Day");
    expect(subjects.filter((subject) => subject.startsWith("Focus:"))).toEqual([]);
  });

  it("lists them newest first, none in the future and none older than two weeks", () => {
    const starts = calls.map((call) => call.start.getTime());

    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(Math.max(...starts)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(NOW.getTime() - 14 * 86_400_000);
    expect(calls[0]?.subject).toBe("Forecast update");
  });

  it("says whose transcripts can be read", async () => {
    const availability = await repository.getTranscriptAvailability(calls);
    const of = (subject: string) => availability.get(bySubject(subject)?.id ?? "");

    expect(of("Fabrikam | Discovery call")).toBe("available");
    expect(of("Prep: Northwind Traders demo")).toBe("none");
    expect(of("Northwind Traders | Pricing and proposal")).toBe("unavailable");
    expect(of("Woodgrove Bank | Security review")).toBe("unavailable");
    expect(of("Lunch & learn: negotiating with procurement")).toBe("none");
  });
});
