import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import type { Call } from "../../domain/calls/call.ts";
import { I18nProvider } from "../../i18n/index.ts";
import { CallsStoreProvider } from "./CallsStoreProvider.tsx";
import { FakeCallsRepository } from "./calls.fake-repository.ts";
import { createCallsStore } from "./calls.store.ts";
import { RecentCallsView } from "./RecentCallsView.tsx";

const NOW = new Date("2026-11-20T15:00:00Z"); // Friday 16:00 in Amsterdam

const pricing = makeCall({
  id: "pricing",
  subject: "Pricing discussion",
  start: new Date("2026-11-20T13:30:00Z"),
  end: new Date("2026-11-20T14:15:00Z"),
  participants: [{ name: "Lena Vos", email: "lena.vos@fabrikam.example" }],
  externalDomains: ["fabrikam.example"],
});
// 23:30 UTC on the 19th is 00:30 on the 20th in Amsterdam: Today, not Yesterday.
const pipeline = makeCall({
  id: "pipeline",
  kind: "internal",
  subject: "Weekly pipeline review",
  start: new Date("2026-11-19T23:30:00Z"),
  end: new Date("2026-11-20T00:00:00Z"),
  participants: [{ name: "Daan Visser", email: "daan.visser@contoso.com" }],
  externalDomains: [],
});
const demo = makeCall({
  id: "demo",
  subject: "Northwind product demo",
  start: new Date("2026-11-19T09:00:00Z"),
  end: new Date("2026-11-19T10:00:00Z"),
  participants: [
    { name: "Eva Smit", email: "eva.smit@contoso.com" },
    { name: "Piet Mol", email: "piet.mol@northwind-traders.example" },
    { name: "Joris de Wit", email: "joris.dewit@northwind-traders.example" },
    { name: "Anna Kok", email: "anna.kok@northwind-traders.example" },
  ],
  externalDomains: ["northwind-traders.example"],
});
const untitled = makeCall({
  id: "untitled",
  subject: "",
  start: new Date("2026-11-16T10:00:00Z"),
  end: new Date("2026-11-16T11:30:00Z"),
});
const ALL_CALLS = [pricing, pipeline, demo, untitled];

/** Intl puts narrow and thin no-break spaces around times; compare text as a reader sees it. */
const plain = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

function renderView({ locale = "en-US", timeZone = "Europe/Amsterdam" } = {}) {
  const repository = new FakeCallsRepository();
  const store = createCallsStore(repository);
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale} timeZone={timeZone}>
        <CallsStoreProvider store={store}>
          <RecentCallsView />
        </CallsStoreProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { repository, store };
}

async function answerCalls(repository: FakeCallsRepository, calls: Call[]) {
  repository.lastCallRequest.resolve(calls);
  await waitFor(() => expect(screen.getByRole("tabpanel")).not.toHaveAttribute("aria-busy"));
}

/** Transcript availability, asked once the list has drawn its rows. */
async function transcriptRequest(repository: FakeCallsRepository) {
  await waitFor(() => expect(repository.transcriptRequests).toHaveLength(1));
  return repository.lastTranscriptRequest;
}

function rowOf(subject: string): HTMLElement {
  const row = screen.getByText(subject).closest("li");
  if (!row) throw new Error(`No row for ${subject}`);
  return row;
}

function daySection(heading: string): HTMLElement {
  return screen.getByRole("region", { name: heading });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("RecentCallsView", () => {
  it("says it is loading (a spinner after a moment), then shows the calls by day, newest first, in the user's time zone", async () => {
    const { repository } = renderView();
    expect(screen.getByRole("heading", { level: 2, name: "Recent calls" })).toBeInTheDocument();
    expect(screen.getByRole("tabpanel")).toHaveAttribute("aria-busy", "true");
    expect(await screen.findByRole("progressbar", { name: "Loading your calls…" })).toBeInTheDocument();

    await answerCalls(repository, ALL_CALLS);

    expect(screen.queryByText("Loading your calls…")).not.toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Today",
      "Yesterday",
      "Monday, November 16",
    ]);
    const today = within(daySection("Today")).getAllByRole("listitem");
    expect(today.map((row) => within(row).getAllByText(/./)[0]?.textContent)).toEqual([
      "Pricing discussion",
      "Weekly pipeline review",
    ]);
    expect(within(daySection("Today")).getByText("2 calls")).toBeInTheDocument();
    expect(plain(rowOf("Pricing discussion").querySelector("time")?.textContent ?? null)).toBe(
      "2:30 – 3:15 PM",
    );
    expect(plain(rowOf("Weekly pipeline review").querySelector("time")?.textContent ?? null)).toBe(
      "12:30 – 1:00 AM",
    );
    expect(within(rowOf("Pricing discussion")).getByText("45 min")).toBeInTheDocument();
    expect(within(rowOf("Northwind product demo")).getByText("1 h")).toBeInTheDocument();
  });

  it("groups by the zone it is given, not UTC or the machine's", async () => {
    const { repository } = renderView({ timeZone: "America/New_York" });
    const lateCall = makeCall({
      id: "late",
      subject: "Late call with the West Coast",
      start: new Date("2026-11-20T03:00:00Z"), // 22:00 on the 19th in New York
      end: new Date("2026-11-20T03:30:00Z"),
    });
    await answerCalls(repository, [pricing, lateCall]);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Today",
      "Yesterday",
    ]);
    expect(within(daySection("Yesterday")).getByText("Late call with the West Coast")).toBeInTheDocument();
    expect(plain(rowOf("Late call with the West Coast").querySelector("time")?.textContent ?? null)).toBe(
      "10:00 – 10:30 PM",
    );
  });

  it("labels customer calls and internal meetings in words, and says who the call was with", async () => {
    const { repository } = renderView();
    await answerCalls(repository, ALL_CALLS);

    expect(within(rowOf("Pricing discussion")).getByText("Customer")).toBeInTheDocument();
    expect(within(rowOf("Weekly pipeline review")).getByText("Internal")).toBeInTheDocument();
    expect(within(rowOf("Pricing discussion")).getByText("Fabrikam · Lena Vos")).toBeInTheDocument();
    expect(within(rowOf("Weekly pipeline review")).getByText("Daan Visser")).toBeInTheDocument();
    // The customer's people come first; the rest is summed up, and said in full to a screen reader.
    const demoWho = within(rowOf("Northwind product demo")).getByText(/Northwind Traders ·/);
    expect(plain(demoWho.textContent)).toBe("Northwind Traders · Piet Mol, Joris de Wit +2and 2 others");
    expect(within(demoWho).getByText("+2")).toHaveAttribute("aria-hidden", "true");
  });

  it("lists every call of a busy day, those below the first screen a moment after", async () => {
    const { repository } = renderView();
    // Fifteen calls on one day: more than the list's first renders draw.
    const busyDay = Array.from({ length: 15 }, (_, index) =>
      makeCall({
        id: `call-${index}`,
        subject: `Call ${index + 1}`,
        start: new Date(Date.UTC(2026, 10, 20, 13 - index, 0)),
        end: new Date(Date.UTC(2026, 10, 20, 13 - index, 30)),
      }),
    );
    await answerCalls(repository, busyDay);

    const today = daySection("Today");
    expect(within(today).getByText("15 calls")).toBeInTheDocument();
    const days = today.parentElement;
    expect(days).toHaveAttribute("aria-busy", "true");
    // Transcripts are asked once every row is drawn, so their requests and answers never hold up the first rows.
    expect(repository.transcriptRequests).toHaveLength(0);
    await waitFor(() => expect(within(today).getAllByRole("listitem")).toHaveLength(15));
    expect(within(today).getAllByRole("listitem").at(-1)).toHaveTextContent("Call 15");
    expect(days).not.toHaveAttribute("aria-busy");
    await waitFor(() => expect(repository.transcriptRequests).toHaveLength(1));
  });

  it("names a call without a subject", async () => {
    const { repository } = renderView();
    await answerCalls(repository, [untitled]);
    expect(within(daySection("Monday, November 16")).getByText("(no subject)")).toBeInTheDocument();
    expect(within(rowOf("(no subject)")).getByText("1 h 30 min")).toBeInTheDocument();
  });

  it("filters to customer calls or internal meetings", async () => {
    const user = userEvent.setup();
    const { repository } = renderView();
    await answerCalls(repository, ALL_CALLS);

    expect(screen.getByRole("tab", { name: "All" })).toHaveAttribute("aria-selected", "true");
    await user.click(screen.getByRole("tab", { name: "Customer calls" }));
    expect(screen.queryByText("Weekly pipeline review")).not.toBeInTheDocument();
    expect(screen.getByText("Pricing discussion")).toBeInTheDocument();
    expect(screen.getByText("Northwind product demo")).toBeInTheDocument();
    expect(screen.getByRole("tabpanel", { name: "Customer calls" })).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "Internal" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
    expect(screen.getByText("Weekly pipeline review")).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "All" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(4);
  });

  it("lets a keyboard user switch the filter with Enter or Space", async () => {
    const user = userEvent.setup();
    const { repository } = renderView();
    await answerCalls(repository, ALL_CALLS);

    // Arrow keys between tabs are Tabster's, which needs real layout: that is for the browser tests.
    act(() => screen.getByRole("tab", { name: "Customer calls" }).focus());
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Customer calls" })).toHaveAttribute("aria-selected", "true");
    expect(screen.queryByText("Weekly pipeline review")).not.toBeInTheDocument();

    act(() => screen.getByRole("tab", { name: "Internal" }).focus());
    await user.keyboard(" ");
    expect(screen.getByRole("tab", { name: "Internal" })).toHaveAttribute("aria-selected", "true");
    expect(screen.queryByText("Pricing discussion")).not.toBeInTheDocument();
  });

  it("says when there are no calls, and when a filter leaves none", async () => {
    const user = userEvent.setup();
    const { repository } = renderView();
    await answerCalls(repository, [pricing]);
    await user.click(screen.getByRole("tab", { name: "Internal" }));
    expect(screen.getByText("No internal meetings in the last 14 days")).toBeInTheDocument();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });

  it("shows an empty state when the calendar has no calls", async () => {
    const { repository } = renderView();
    repository.lastCallRequest.resolve([]);
    expect(await screen.findByText("No calls or meetings in the last 14 days")).toBeInTheDocument();
    expect(screen.getByText("Meetings from your Outlook calendar show up here.")).toBeInTheDocument();
  });

  it("says what failed, and loads again on Try again", async () => {
    const user = userEvent.setup();
    const { repository } = renderView();
    repository.lastCallRequest.reject(Object.assign(new Error("429"), { kind: "throttled" }));

    expect(await screen.findByText("Couldn't load your calls")).toBeInTheDocument();
    expect(screen.getByText(/Microsoft 365 is handling too many requests right now/)).toBeInTheDocument();
    expect(screen.queryByRole("tablist")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByRole("tabpanel")).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("heading", { level: 2, name: "Recent calls" })).toHaveFocus();
    expect(repository.callRequests).toHaveLength(2);

    await answerCalls(repository, [pricing]);
    expect(screen.getByText("Pricing discussion")).toBeInTheDocument();
    expect(screen.queryByText("Couldn't load your calls")).not.toBeInTheDocument();
  });

  it("explains a failure it cannot classify in general terms", async () => {
    const { repository } = renderView();
    repository.lastCallRequest.reject(new TypeError("Failed to fetch"));
    expect(
      await screen.findByText("Something went wrong while talking to Microsoft 365."),
    ).toBeInTheDocument();
  });

  it("shows each call's transcript status once known, with nothing in its place while the answer is quick", async () => {
    const { repository } = renderView();
    await answerCalls(repository, [pricing, pipeline, demo, untitled]);
    const request = await transcriptRequest(repository);
    expect(screen.queryByText("Checking…")).not.toBeInTheDocument();

    request.resolve(new Map([["pricing", "available"]]));
    expect(await within(rowOf("Pricing discussion")).findByText("Transcript")).toBeInTheDocument();
    expect(
      within(rowOf("Weekly pipeline review")).getByText("Transcript status unknown"),
    ).toBeInTheDocument();
    expect(screen.queryByText("Checking…")).not.toBeInTheDocument();
  });

  it("says Checking… on each row while a slow answer is awaited, then each status", async () => {
    const { repository } = renderView();
    await answerCalls(repository, [pricing, pipeline, demo, untitled]);
    expect(await screen.findAllByText("Checking…")).toHaveLength(4);

    (await transcriptRequest(repository)).resolve(
      new Map([
        ["pricing", "available"],
        ["pipeline", "none"],
        ["demo", "unavailable"],
      ]),
    );
    expect(await within(rowOf("Pricing discussion")).findByText("Transcript")).toBeInTheDocument();
    expect(within(rowOf("Weekly pipeline review")).getByText("No transcript")).toBeInTheDocument();
    expect(within(rowOf("Northwind product demo")).getByText("Transcript not available")).toBeInTheDocument();
    expect(within(rowOf("(no subject)")).getByText("Transcript status unknown")).toBeInTheDocument();
    expect(screen.queryByText("Checking…")).not.toBeInTheDocument();
  });

  it("keeps the list when transcript availability fails", async () => {
    const { repository } = renderView();
    await answerCalls(repository, [pricing]);
    (await transcriptRequest(repository)).reject(Object.assign(new Error("403"), { kind: "forbidden" }));
    expect(await screen.findByText("Transcript status unknown")).toBeInTheDocument();
    expect(screen.getByText("Pricing discussion")).toBeInTheDocument();
    expect(screen.queryByText("Couldn't load your calls")).not.toBeInTheDocument();
  });

  it("speaks Dutch with Dutch dates and times", async () => {
    const user = userEvent.setup();
    const { repository } = renderView({ locale: "nl-NL" });
    expect(screen.getByRole("heading", { level: 2, name: "Recente gesprekken" })).toBeInTheDocument();
    expect(await screen.findByText("Je gesprekken worden geladen…")).toBeInTheDocument();

    await answerCalls(repository, ALL_CALLS);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Vandaag",
      "Gisteren",
      "Maandag 16 november",
    ]);
    expect(plain(rowOf("Pricing discussion").querySelector("time")?.textContent ?? null)).toBe("14:30–15:15");
    expect(within(rowOf("Pricing discussion")).getByText("Klant")).toBeInTheDocument();
    expect(within(rowOf("Weekly pipeline review")).getByText("Intern")).toBeInTheDocument();
    expect(within(rowOf("(geen onderwerp)")).getByText("1 u 30 min")).toBeInTheDocument();
    expect(within(daySection("Vandaag")).getByText("2 gesprekken")).toBeInTheDocument();
    expect(within(daySection("Maandag 16 november")).getByText("1 gesprek")).toBeInTheDocument();
    expect(await screen.findAllByText("Controleren…")).toHaveLength(4);

    await user.click(screen.getByRole("tab", { name: "Klantgesprekken" }));
    expect(screen.queryByText("Weekly pipeline review")).not.toBeInTheDocument();
  });

  it("takes row actions for each call", async () => {
    const repository = new FakeCallsRepository();
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider locale="en-US" timeZone="Europe/Amsterdam">
          <CallsStoreProvider store={createCallsStore(repository)}>
            <RecentCallsView rowActions={(call) => <button type="button">Flag {call.subject}</button>} />
          </CallsStoreProvider>
        </I18nProvider>
      </FluentProvider>,
    );
    await answerCalls(repository, [pricing]);
    expect(
      within(rowOf("Pricing discussion")).getByRole("button", { name: "Flag Pricing discussion" }),
    ).toBeVisible();
  });
});
