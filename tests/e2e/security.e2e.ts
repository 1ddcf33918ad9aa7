import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { meetingByJoinUrlPath } from "../../src/graph/online-meetings.graph.ts";
import { browserForThisFile } from "./support/browser.ts";

const baseUrl = inject("baseUrl");
const browser = browserForThisFile();

/**
 * A call with a Teams transcript that the rep organized, so Reflect reads and analyses its VTT; no other browser
 * test flags it (they share one demo tenant, and a second Flag press would unflag it).
 */
const CALL_WITH_TRANSCRIPT = "Northwind Traders Benelux | Demo Contoso Flow";

/** What the page said and broke while a test used it, collected from before the first byte of the app. */
interface PageRecord {
  readonly console: string[];
  readonly violations: string[];
}

/** Opens the demo with listeners attached first, so nothing the page logs while starting goes unseen. */
async function openWatched(): Promise<{ page: Page; record: PageRecord; csp: string | undefined }> {
  const page = await browser.open("about:blank");
  const record: PageRecord = { console: [], violations: [] };
  page.on("console", (message) => record.console.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => record.console.push(`pageerror: ${error.message}`));
  await page.exposeFunction("reportCspViolation", (violation: string) => record.violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation(violation: string): void })
        .reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const response = await page.goto(baseUrl);
  return { page, record, csp: response?.headers()["content-security-policy"] };
}

function cspComplaints(record: PageRecord): string[] {
  return [...record.violations, ...record.console.filter((line) => /content security policy/i.test(line))];
}

/** Flags the call and answers the reframe's first question, then waits until the answer is in OneDrive. */
async function flagAndReframe(page: Page, subject: string, answer: string): Promise<void> {
  const flag = page.getByRole("button", { name: `Flag ${subject}` });
  await expect(flag.getAttribute("aria-pressed"), `${subject} is flagged already`).resolves.toBe("false");
  await flag.click();
  const reframe = page.getByRole("dialog", { name: "Reframe this call" });
  // Its code is fetched when the pointer comes over the list, which for a script is the click itself.
  await reframe.waitFor();
  await page.keyboard.type(answer);
  await reframe.getByRole("button", { name: "Done" }).click();
  await reframe.waitFor({ state: "detached" });
  await page.getByText("All changes saved").first().waitFor();
}

/** Opens the call's section in Reflect and waits until its transcript has been read and analysed. */
async function openTranscriptInReflect(page: Page, subject: string) {
  await page.getByRole("tab", { name: "Reflect" }).click();
  const header = page.getByRole("button", { name: new RegExp(`^${escapeRegExp(subject)}`) });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  const section = page
    .getByRole("heading", { level: 3, name: new RegExp(`^${escapeRegExp(subject)}`) })
    .locator("..");
  await section
    .getByRole("region", { name: "From the transcript" })
    .getByRole("heading", { name: "Key moments" })
    .waitFor();
  return section;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A Graph GET in the demo tenant as the rep, as the app makes it. */
async function graphAsRep(path: string): Promise<Response> {
  const users = (await (await fetch(`${baseUrl}/graph/demo/users`)).json()) as {
    value: Array<{ userPrincipalName: string; displayName: string }>;
  };
  const rep = users.value.find((user) => user.displayName === "Daan Visser");
  if (!rep) throw new Error("The demo tenant has no Daan Visser");
  const url = path.startsWith("http") ? path : `${baseUrl}/graph/v1.0${path}`;
  const response = await fetch(url, { headers: { Authorization: `Bearer demo:${rep.userPrincipalName}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response;
}

/** The spoken lines of the call's transcript, read from the demo tenant the way Graph hands them out. */
async function transcriptLines(subject: string): Promise<string[]> {
  const day = 24 * 60 * 60 * 1000;
  const window = new URLSearchParams({
    startDateTime: new Date(Date.now() - 15 * day).toISOString(),
    endDateTime: new Date(Date.now() + day).toISOString(),
  });
  type Event = { subject: string; onlineMeeting?: { joinUrl?: string } | null };
  let next: string | undefined = `/me/calendarView?${window}`;
  let joinUrl: string | undefined;
  while (next && !joinUrl) {
    const page = (await (await graphAsRep(next)).json()) as { value: Event[]; "@odata.nextLink"?: string };
    joinUrl = page.value.find((event) => event.subject === subject)?.onlineMeeting?.joinUrl;
    next = page["@odata.nextLink"];
  }
  if (!joinUrl) throw new Error(`No Teams meeting "${subject}" in the rep's calendar`);
  const meetings = (await (await graphAsRep(meetingByJoinUrlPath(joinUrl))).json()) as {
    value: Array<{ id: string }>;
  };
  const meetingPath = `/me/onlineMeetings/${encodeURIComponent(meetings.value[0]?.id ?? "")}/transcripts`;
  const transcripts = (await (await graphAsRep(meetingPath)).json()) as { value: Array<{ id: string }> };
  const vtt = await (
    await graphAsRep(
      `${meetingPath}/${encodeURIComponent(transcripts.value[0]?.id ?? "")}/content?$format=text/vtt`,
    )
  ).text();
  return vtt
    .split("\n")
    .filter((line) => line.startsWith("<v "))
    .map((line) => line.replace(/<\/?v[^>]*>/g, "").trim())
    .filter((line) => line.length >= 20);
}

describe("the demo keeps to its Content-Security-Policy", () => {
  it("sends the policy and breaks none of it while the rep opens a dialog, Reflect and Reviews", async () => {
    const { page, record, csp } = await openWatched();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors https://*.cloud.microsoft");
    expect(csp).not.toContain("'unsafe-eval'");

    await page.getByRole("listitem").first().waitFor();
    await page.getByRole("button", { name: "Log a call" }).click();
    const logCall = page.getByRole("dialog", { name: "Log a call" });
    await logCall.getByRole("button", { name: "Cancel" }).click();
    await logCall.waitFor({ state: "detached" });
    await page.getByRole("tab", { name: "Reflect" }).click();
    await page.getByRole("tab", { name: "Reflect", selected: true }).waitFor();
    await page.getByRole("tab", { name: "Reviews" }).click();
    await page.getByRole("button", { name: "Plan a review" }).waitFor();

    expect(cspComplaints(record)).toEqual([]);
    await page.context().close();
  });
});

describe("no token, transcript or reflection text leaves the screen", () => {
  it("keeps the rep's words, the transcript and any token out of localStorage and the console", async () => {
    const marker = "Quokka-7319 named the price before the pain";
    const lines = await transcriptLines(CALL_WITH_TRANSCRIPT);
    expect(lines.length).toBeGreaterThan(5);

    const { page, record } = await openWatched();
    await flagAndReframe(page, CALL_WITH_TRANSCRIPT, `${marker}: reframe`);
    const section = await openTranscriptInReflect(page, CALL_WITH_TRANSCRIPT);
    await section.getByRole("textbox", { name: "What happened?" }).fill(`${marker}: reflection`);
    await section.getByRole("textbox", { name: "What happened?" }).press("Tab");
    await page.getByText("All changes saved").first().waitFor();
    // The words were written and shown, so a leak would have had its chance.
    await expect(section.getByRole("textbox", { name: "What happened?" }).inputValue()).resolves.toContain(
      marker,
    );

    // Reading the transcript ran the analysis worker under the same policy.
    expect(cspComplaints(record)).toEqual([]);
    const localStorageText = JSON.stringify(await page.evaluate(() => Object.entries(localStorage)));
    const consoleText = record.console.join("\n");
    for (const [where, text] of [
      ["localStorage", localStorageText],
      ["the console", consoleText],
    ] as const) {
      expect(text, `the rep's words in ${where}`).not.toContain("Quokka-7319");
      expect(
        lines.filter((line) => text.includes(line)),
        `transcript lines in ${where}`,
      ).toEqual([]);
      expect(text, `a JWT in ${where}`).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
      expect(text, `a bearer token in ${where}`).not.toMatch(/bearer\s+\S/i);
    }
    await page.context().close();
  });
});
