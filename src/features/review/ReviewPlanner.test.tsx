import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { InteractionRequiredError, type TokenProvider } from "../../auth/token-provider.ts";
import { parseReviewPacketText, type ReviewPacket } from "../../domain/review/index.ts";
import { AT, demo, flagged, MARKUP, NOW, pricing } from "../../test-fixtures/calls.fixtures.ts";
import { ConsentProvider } from "../consent/ConsentProvider.tsx";
import type { NotesState } from "../flag/notes-state.ts";
import { RepHome } from "../flag/RepHome.tsx";
import { SAMPLE_CALL_VTT } from "../transcript/call-insights.fixtures.ts";
import { type ReviewHarnessOptions, renderWithReviewStores } from "./review.test-harness.tsx";
import type { FakeReviewSessionRepository } from "./review-session.fake-repository.ts";

/** Clicking and typing through Fluent's controls takes a while in jsdom, more so on a busy machine. */
vi.setConfig({ testTimeout: 30_000 });

const MEGAN = {
  id: "megan",
  displayName: "Megan Bowen",
  email: "megan@contoso.example",
  jobTitle: "Sales lead",
};
const CHOSEN_MEGAN = { id: "megan", name: "Megan Bowen", email: "megan@contoso.example" };

const FLAGGED_NOTES = new Map([
  [
    "pricing",
    flagged("pricing", {
      flagNote: { value: MARKUP, at: AT },
      reflection: {
        whatHappened: { value: "I pitched first", at: AT },
        nextTime: { value: "Ask before I pitch", at: AT },
        discussWithManager: { value: "How do I hold the price?", at: AT },
      },
      chosenMoments: { value: ["priceEarly@67000"], at: AT },
    }),
  ],
  ["demo", flagged("demo")],
]);

function renderHome(notes: Partial<NotesState> = {}, options: ReviewHarnessOptions = {}) {
  return renderWithReviewStores(<RepHome repName="Daan Visser" />, {
    calls: [pricing, demo],
    transcripts: { pricing: { status: "available", vtt: SAMPLE_CALL_VTT } },
    ...options,
    notes: { notes: FLAGGED_NOTES, ...notes },
  });
}

/** Reflect and Reviews are loaded when their tab first opens: slowly on a busy machine, the first time. */
const LAZY_TAB = { timeout: 10_000 };

async function startPlanning(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("tab", { name: "Reviews" }));
  await user.click(await screen.findByRole("button", { name: "Plan a review" }, LAZY_TAB));
}

async function next(user: ReturnType<typeof userEvent.setup>, heading: string) {
  await user.click(screen.getByRole("button", { name: "Next" }));
  await waitFor(() => expect(screen.getByRole("heading", { level: 3, name: heading })).toHaveFocus());
}

/** From the manager step (with Megan chosen) to the preview, with a time typed by hand. */
async function planUpToPreview(user: ReturnType<typeof userEvent.setup>) {
  await startPlanning(user);
  await next(user, "What goes in");
  await screen.findByRole("checkbox", { name: /^Include: You brought up pricing/ });
  await next(user, "When");
  await typeTime(user, "2026-11-23", "10:00");
  await next(user, "What your manager receives");
}

async function typeTime(user: ReturnType<typeof userEvent.setup>, date: string, time: string) {
  await user.type(screen.getByLabelText("Date"), date);
  await user.type(screen.getByLabelText("Start time"), time);
  await user.click(screen.getByRole("button", { name: "Use this time" }));
}

/** An accessible name as read, whatever spaces `Intl` put in a time range (narrow and thin no-break ones). */
function named(text: string) {
  return (name: string) => name.replace(/\s/g, " ") === text;
}

function sentPacket(repository: FakeReviewSessionRepository, index = 0): ReviewPacket {
  const request = repository.scheduleRequests[index];
  if (!request) throw new Error("Nothing was scheduled");
  const bytes = Uint8Array.from(atob(request.invite.attachment.contentBytes), (char) => char.charCodeAt(0));
  return parseReviewPacketText(new TextDecoder().decode(bytes));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("planning a review: the manager", () => {
  it("says the directory names no manager, and remembers the one the rep picks from a search", async () => {
    const user = userEvent.setup();
    const stores = renderHome({ chosenManager: null });
    stores.repository.manager = { kind: "none" };
    stores.repository.people = [MEGAN];
    await startPlanning(user);

    expect(screen.getByRole("heading", { level: 3, name: "Your manager" })).toHaveFocus();
    expect(await screen.findByText(/directory doesn't name a manager for you/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: "Next" })).toHaveAccessibleDescription(
      "Pick your manager to go on.",
    );

    await user.type(screen.getByRole("searchbox", { name: "Find your manager by name or email" }), "meg");
    await user.click(screen.getByRole("button", { name: "Search" }));
    expect(await screen.findByText("1 person found", { selector: "p" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Choose Megan Bowen as your manager" }));

    expect(screen.getByText("You chose Megan Bowen (megan@contoso.example) as your manager.")).toHaveFocus();
    expect(stores.notes.edits).toContainEqual({ action: "chooseManager", args: [CHOSEN_MEGAN] });
    expect(screen.getByRole("button", { name: "Next" })).not.toHaveAttribute("aria-disabled");
  });

  it("says when Momentum may not read the manager", async () => {
    const user = userEvent.setup();
    const stores = renderHome({ chosenManager: null });
    stores.repository.manager = { kind: "notAllowed" };
    await startPlanning(user);
    expect(await screen.findByText(/Momentum isn't allowed to read your manager/)).toBeInTheDocument();
  });

  it("shows the manager the directory names, and lets the rep change it", async () => {
    const user = userEvent.setup();
    const stores = renderHome({ chosenManager: null });
    stores.repository.manager = {
      kind: "found",
      manager: { id: "alex", name: "Alex Wilber", email: "alex@contoso.example" },
    };
    stores.repository.people = [MEGAN];
    await startPlanning(user);
    expect(
      await screen.findByText(
        "Your organization's directory names Alex Wilber (alex@contoso.example) as your manager.",
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Change manager" }));
    await user.type(screen.getByRole("searchbox", { name: "Find your manager by name or email" }), "megan");
    await user.click(screen.getByRole("button", { name: "Search" }));
    await user.click(await screen.findByRole("button", { name: "Choose Megan Bowen as your manager" }));
    expect(
      screen.getByText("You chose Megan Bowen (megan@contoso.example) as your manager."),
    ).toBeInTheDocument();
  });
});

describe("planning a review: what goes in, when, and scheduling it", () => {
  it("sends only the calls, moments, excerpts and answers the rep chose, and previews exactly that", async () => {
    const user = userEvent.setup();
    const stores = renderHome({ chosenManager: CHOSEN_MEGAN });
    stores.repository.meetingTimes = { suggestions: [], emptyReason: "attendeesUnavailable" };
    await startPlanning(user);
    await next(user, "What goes in");

    expect(screen.getByRole("checkbox", { name: "Pricing discussion" })).toBeChecked();
    await user.click(screen.getByRole("checkbox", { name: "Northwind product demo" }));
    const pricingGroup = screen.getByRole("group", { name: "What goes in for Pricing discussion" });
    const moment = await within(pricingGroup).findByRole("checkbox", {
      name: /^Include: You brought up pricing/,
    });
    expect(moment).toBeChecked();
    await user.click(
      within(pricingGroup).getByRole("checkbox", { name: "With the transcript lines around 1:07" }),
    );
    await user.click(
      within(pricingGroup).getByRole("checkbox", { name: "What will I do differently next time?" }),
    );
    expect(screen.getByText("1 call chosen")).toBeInTheDocument();

    await next(user, "When");
    expect(
      await screen.findByText(
        "Megan Bowen is busy at every time that fits in the next five working days. Pick a date and time yourself below.",
      ),
    ).toBeInTheDocument();
    await typeTime(user, "2026-11-23", "10:00");
    expect(screen.getByText("Chosen: Monday, November 23, 10:00 – 10:30 AM")).toBeInTheDocument();
    await next(user, "What your manager receives");

    expect(screen.getByText("Call review: 1 call with Daan Visser")).toBeInTheDocument();
    const invite = screen.getByTitle("The invitation's text, as Megan Bowen sees it");
    expect(invite).toHaveAttribute("sandbox", "");
    expect(invite.getAttribute("srcdoc")).toContain("Pricing discussion");
    expect(invite.getAttribute("srcdoc")).not.toContain(MARKUP);
    const packet = screen.getByRole("region", { name: "From Daan Visser" });
    expect(within(packet).getByRole("heading", { name: "Pricing discussion" })).toBeInTheDocument();
    expect(within(packet).queryByText("Northwind product demo")).not.toBeInTheDocument();
    expect(within(packet).getByText(/You brought up pricing/)).toBeInTheDocument();
    expect(
      within(packet).queryByRole("list", { name: "Transcript lines around 1:07" }),
    ).not.toBeInTheDocument();
    expect(within(packet).getByText("I pitched first")).toBeInTheDocument();
    expect(within(packet).queryByText("Ask before I pitch")).not.toBeInTheDocument();
    expect(within(packet).getByText("How do I hold the price?")).toBeInTheDocument();
    expect(within(packet).getByText(MARKUP)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Schedule the review" }));
    expect(await screen.findByText("Your review is scheduled")).toBeInTheDocument();
    const sent = sentPacket(stores.repository);
    expect(sent.calls.map((call) => call.id)).toEqual(["pricing"]);
    expect(sent.calls[0]?.keyMoments.map((chosen) => [chosen.id, chosen.excerpt.length])).toEqual([
      ["priceEarly@67000", 0],
    ]);
    expect(sent.calls[0]?.reflection).toEqual({ whatHappened: "I pitched first" });
    expect(stores.repository.scheduleRequests[0]?.invite.event.start).toEqual({
      dateTime: "2026-11-23T09:00:00.000",
      timeZone: "UTC",
    });
  });

  it.each([
    ["attendeesUnavailable", "Megan Bowen is busy at every time that fits in the next five working days."],
    [
      "attendeesUnavailableOrUnknown",
      "Megan Bowen's calendar is full, or can't be seen, at every time that fits in the next five working days.",
    ],
    ["locationsUnavailable", "No meeting room is free at the times that fit."],
    ["organizerUnavailable", "You're busy at every time that fits in the next five working days."],
    ["unknown", "Outlook found no free time in the next five working days, and didn't say why."],
    ["somethingNew", "Outlook found no free time in the next five working days, and didn't say why."],
  ])("says why there is no free time (%s), and takes a time typed by hand", async (reason, sentence) => {
    const user = userEvent.setup();
    const stores = renderHome({ chosenManager: CHOSEN_MEGAN });
    stores.repository.meetingTimes = { suggestions: [], emptyReason: reason };
    await startPlanning(user);
    await next(user, "What goes in");
    await next(user, "When");
    expect(await screen.findByText(`${sentence} Pick a date and time yourself below.`)).toBeInTheDocument();

    await typeTime(user, "2026-11-20", "09:00");
    expect(screen.getByLabelText("Date")).toHaveAccessibleDescription("Pick a time that hasn't passed.");
    expect(screen.getByRole("button", { name: "Next" })).toHaveAttribute("aria-disabled", "true");
    await user.clear(screen.getByLabelText("Start time"));
    await user.type(screen.getByLabelText("Start time"), "17:15");
    await user.click(screen.getByRole("button", { name: "Use this time" }));
    expect(screen.getByText("Chosen: Today, 5:15 – 5:45 PM")).toBeInTheDocument();
  });

  it("lists free times in the rep's time zone and uses the one picked", async () => {
    const user = userEvent.setup();
    const stores = renderHome({ chosenManager: CHOSEN_MEGAN });
    stores.repository.meetingTimes = {
      suggestions: [
        { start: new Date("2026-11-24T13:00:00Z"), end: new Date("2026-11-24T13:30:00Z"), confidence: 100 },
        { start: new Date("2026-11-23T08:00:00Z"), end: new Date("2026-11-23T08:30:00Z"), confidence: 100 },
      ],
      emptyReason: null,
    };
    await startPlanning(user);
    await next(user, "What goes in");
    await next(user, "When");
    const times = await screen.findByRole("radiogroup", {
      name: "Free times with Megan Bowen in the next five working days",
    });
    expect(
      within(times)
        .getAllByRole("radio")
        .map((radio) => radio.closest("span")?.textContent?.replace(/\s/g, " ")),
    ).toEqual(["Monday, November 23, 9:00 – 9:30 AM", "Tuesday, November 24, 2:00 – 2:30 PM"]);
    expect(screen.getByText("Times are in your time zone, Europe/Amsterdam.")).toBeInTheDocument();
    await user.click(
      within(times).getByRole("radio", { name: named("Tuesday, November 24, 2:00 – 2:30 PM") }),
    );
    expect(screen.getByText("Chosen: Tuesday, November 24, 2:00 – 2:30 PM")).toBeInTheDocument();
    expect(stores.repository.meetingTimeQueries[0]).toMatchObject({
      attendeeEmail: "megan@contoso.example",
      durationMinutes: 30,
    });
  });

  it("says why scheduling failed, and Try again makes the one session with the same transactionId", async () => {
    const user = userEvent.setup();
    const stores = renderHome({ chosenManager: CHOSEN_MEGAN });
    stores.repository.failNextSchedule(Object.assign(new Error("offline"), { kind: "network" }));
    await planUpToPreview(user);

    await user.click(screen.getByRole("button", { name: "Schedule the review" }));
    expect(await screen.findByText("Couldn't schedule the review")).toBeInTheDocument();
    expect(
      screen.getByText(/couldn't reach Microsoft 365.*Trying again won't make a second session\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Your review is scheduled")).toBeInTheDocument();
    const ids = stores.repository.scheduleRequests.map((request) => request.invite.event.transactionId);
    expect(ids).toEqual(["transaction-1", "transaction-1"]);
    expect(stores.repository.events.size).toBe(1);
  });

  it("makes one session however often Schedule is pressed, and shows it's under way", async () => {
    const user = userEvent.setup();
    const stores = renderHome({ chosenManager: CHOSEN_MEGAN });
    await planUpToPreview(user);
    const release = stores.repository.holdScheduling();

    const schedule = screen.getByRole("button", { name: "Schedule the review" });
    await user.dblClick(schedule);
    await user.click(schedule);
    expect(screen.getByText("Scheduling the review…")).toBeInTheDocument();
    expect(schedule).toHaveAttribute("aria-disabled", "true");
    release();

    expect(await screen.findByText("Your review is scheduled")).toBeInTheDocument();
    expect(stores.repository.scheduleRequests).toHaveLength(1);
    expect(stores.notes.edits.filter((edit) => edit.action === "recordReview")).toHaveLength(1);
  });

  it("records the session: it links from the success message, the reviews list and the flagged calls", async () => {
    const user = userEvent.setup();
    renderHome({ chosenManager: CHOSEN_MEGAN });
    await planUpToPreview(user);
    await user.click(screen.getByRole("button", { name: "Schedule the review" }));

    expect(
      await screen.findByText("Megan Bowen has the invitation for Monday, November 23, 10:00 – 10:30 AM."),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Open the session in Outlook" })).toHaveAttribute(
      "href",
      "https://outlook.office.com/calendar/item/event-1",
    );

    await user.click(screen.getByRole("button", { name: "Done" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 2, name: "Review with your manager" })).toHaveFocus(),
    );
    expect(screen.getByRole("heading", { level: 3, name: "Upcoming" })).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 4, name: named("Monday, November 23, 10:00 – 10:30 AM") }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "Calls" }));
    const inReview = screen.getAllByRole("link", { name: /^In review on Nov 23, 2026, 10:00 AM/ });
    expect(inReview).toHaveLength(2);
    expect(inReview[0]).toHaveAttribute("href", "https://outlook.office.com/calendar/item/event-1");

    await user.click(screen.getByRole("tab", { name: "Reflect" }));
    expect(
      await screen.findAllByRole("link", { name: /^In review on Nov 23, 2026, 10:00 AM/ }, LAZY_TAB),
    ).toHaveLength(2);
  });

  it("offers no planning while the notes cannot be written, where the manager and the session are kept", async () => {
    const user = userEvent.setup();
    renderHome({ invalidDocument: { reason: "it was written by a newer version of Momentum" } });
    await user.click(screen.getByRole("tab", { name: "Reviews" }));
    const plan = await screen.findByRole("button", { name: "Plan a review" }, LAZY_TAB);
    expect(plan).toHaveAttribute("aria-disabled", "true");
    await user.click(plan);
    expect(screen.queryByRole("heading", { name: "Your manager" })).not.toBeInTheDocument();
  });

  it("starts planning from Reflect", async () => {
    const user = userEvent.setup();
    renderHome({ chosenManager: CHOSEN_MEGAN });
    await user.click(screen.getByRole("tab", { name: "Reflect" }));
    await user.click(
      await screen.findByRole("button", { name: "Plan a review with your manager" }, LAZY_TAB),
    );
    expect(screen.getByRole("tab", { name: "Reviews" })).toHaveAttribute("aria-selected", "true");
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 3, name: "Your manager" })).toHaveFocus(),
    );
  });

  it("asks for consent to the manager and calendar on Plan a review, and says what it needs when refused", async () => {
    const user = userEvent.setup();
    const consentAsked: (readonly string[])[] = [];
    let userAccepts = false;
    const tokenProvider: TokenProvider = {
      getToken: () => Promise.reject(new InteractionRequiredError("consent needed")),
      signInInteractively: async (scopes) => {
        consentAsked.push(scopes);
        if (!userAccepts) throw new Error("The user closed the window");
      },
      getAccount: () => ({ name: "Daan Visser", username: "daan@contoso.example" }),
    };
    renderWithReviewStores(
      <ConsentProvider tokenProvider={tokenProvider}>
        <RepHome repName="Daan Visser" />
      </ConsentProvider>,
      { calls: [pricing, demo], notes: { notes: FLAGGED_NOTES, chosenManager: CHOSEN_MEGAN } },
    );

    await startPlanning(user);
    await screen.findByText("Momentum needs your permission to plan a review");
    expect(screen.queryByRole("heading", { name: "Your manager" })).not.toBeInTheDocument();
    expect(consentAsked[0]).toEqual(expect.arrayContaining(["User.Read.All", "Calendars.ReadWrite"]));

    userAccepts = true;
    await user.click(screen.getByRole("button", { name: "Plan a review" }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 3, name: "Your manager" })).toHaveFocus(),
    );
    expect(screen.queryByText("Momentum needs your permission to plan a review")).not.toBeInTheDocument();
  });
});
