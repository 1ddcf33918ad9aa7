import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReviewRecord } from "../../domain/notes/review-record.ts";
import { GraphRequestError } from "../../graph/graph-error.ts";
import { ReviewsView } from "./ReviewsView.tsx";
import { renderWithReviewStores } from "./review.test-harness.tsx";
import { FakeFollowUpsRepository } from "./review-follow-ups.fake-repository.ts";

vi.setConfig({ testTimeout: 30_000 });

const NOW = new Date("2026-11-20T15:00:00Z"); // Friday 16:00 in Amsterdam
const MEGAN = { name: "Megan Bowen", email: "megan@contoso.example" };

function review(id: string, start: string, overrides: Partial<ReviewRecord> = {}): ReviewRecord {
  return {
    id,
    eventId: `event-${id}`,
    webLink: `https://outlook.office.com/calendar/item/${id}`,
    joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}`,
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    manager: MEGAN,
    calls: [
      {
        callId: "pricing",
        subject: "Pricing discussion",
        start: "2026-11-16T13:30:00.000Z",
        company: "Fabrikam",
      },
    ],
    scheduledAt: "2026-11-10T10:00:00.000Z",
    outcomes: {},
    ...overrides,
  };
}

const past = review("past", "2026-11-18T09:00:00.000Z");
const upcoming = review("upcoming", "2026-11-24T13:00:00.000Z");

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("ReviewsView", () => {
  it("says how review sessions come about when there are none, and offers to plan one", async () => {
    const user = userEvent.setup();
    const onPlanReview = vi.fn();
    renderWithReviewStores(<ReviewsView onPlanReview={onPlanReview} />);
    expect(screen.getByRole("heading", { level: 2, name: "Review with your manager" })).toBeInTheDocument();
    expect(screen.getByText("No review sessions yet")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Plan a review" }));
    expect(onPlanReview).toHaveBeenCalledOnce();
  });

  it("lists upcoming sessions to open or join, and past ones, in the rep's time zone", () => {
    renderWithReviewStores(<ReviewsView onPlanReview={() => {}} />, { notes: { reviews: [past, upcoming] } });
    const upcomingSection = screen.getByRole("region", { name: "Upcoming" });
    expect(within(upcomingSection).getByRole("heading", { level: 4 }).textContent?.replace(/\s/g, " ")).toBe(
      "Tuesday, November 24, 2:00 – 2:30 PM",
    );
    expect(within(upcomingSection).getByText("With Megan Bowen")).toBeInTheDocument();
    expect(
      within(upcomingSection).getByRole("link", { name: /^Join the review on Tuesday/ }),
    ).toHaveAttribute("href", "https://teams.microsoft.com/l/meetup-join/upcoming");
    expect(within(upcomingSection).getByText("Pricing discussion")).toBeInTheDocument();
    expect(within(upcomingSection).queryByRole("checkbox")).not.toBeInTheDocument();

    const pastSection = screen.getByRole("region", { name: "Past" });
    expect(within(pastSection).getByRole("link", { name: /^Open the review on Wednesday/ })).toHaveAttribute(
      "href",
      "https://outlook.office.com/calendar/item/past",
    );
    expect(within(pastSection).queryByRole("link", { name: /^Join/ })).not.toBeInTheDocument();
  });

  it("notes per call of a past session whether it was discussed and what the rep learned", async () => {
    const user = userEvent.setup();
    const { notes } = renderWithReviewStores(<ReviewsView onPlanReview={() => {}} />, {
      notes: { reviews: [past] },
    });
    const discussed = screen.getByRole("checkbox", { name: "Discussed Pricing discussion" });
    expect(discussed).not.toBeChecked();
    await user.click(discussed);
    expect(discussed).toBeChecked();
    expect(notes.edits).toContainEqual({ action: "setReviewDiscussed", args: ["past", "pricing", true] });

    const learning = screen.getByRole("textbox", { name: "What I learned about Pricing discussion" });
    await user.type(learning, "Ask about budget first");
    expect(learning).toHaveAccessibleDescription("22/2,000");
    await waitFor(
      () =>
        expect(notes.edits).toContainEqual({
          action: "setReviewLearning",
          args: ["past", "pricing", "Ask about budget first"],
        }),
      { timeout: 3000 },
    );
    expect(notes.edits.filter((edit) => edit.action === "setReviewLearning")).toHaveLength(1);
  });

  it("speaks Dutch", () => {
    renderWithReviewStores(<ReviewsView onPlanReview={() => {}} />, {
      locale: "nl-NL",
      notes: { reviews: [past] },
    });
    expect(screen.getByRole("heading", { level: 2, name: "Bespreken met je manager" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Bespreking plannen" })).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "Pricing discussion besproken" })).toBeInTheDocument();
  });
});

describe("ReviewsView: the manager's follow-up", () => {
  const otherPast = review("other-past", "2026-11-12T09:00:00.000Z");

  it("says on each session whose follow-up arrived who sent it and when, with a link to the mail", async () => {
    const followUps = new FakeFollowUpsRepository().arrive("past");
    renderWithReviewStores(<ReviewsView onPlanReview={() => {}} />, {
      notes: { reviews: [otherPast, past, upcoming] },
      followUps,
    });

    const arrived = await screen.findByText("Follow-up from Megan Bowen arrived on Nov 19, 2026");
    const session = arrived.closest("li");
    expect(session).not.toBeNull();
    expect(within(session as HTMLElement).getByRole("heading", { level: 4 }).textContent).toMatch(
      /^Wednesday, November 18/,
    );
    expect(
      within(session as HTMLElement).getByRole("link", {
        name: /^Open the follow-up to the review on Wednesday, November 18, .* in Outlook$/,
      }),
    ).toHaveAttribute("href", followUps.mailbox.get("past")?.webLink);
    // One lookup for every session; the others, whose follow-up is not known to be there, say nothing about it.
    expect(followUps.lookups).toHaveLength(1);
    expect(followUps.lookups[0]).toHaveLength(3);
    expect(followUps.lookups[0]).toEqual(expect.arrayContaining(["past", "other-past", "upcoming"]));
    expect(screen.getAllByText(/follow-up/i)).toHaveLength(2);
  });

  it("says it in Dutch, with a Dutch date", async () => {
    renderWithReviewStores(<ReviewsView onPlanReview={() => {}} />, {
      locale: "nl-NL",
      notes: { reviews: [past] },
      followUps: new FakeFollowUpsRepository().arrive("past"),
    });
    expect(await screen.findByText("Follow-up van Megan Bowen ontvangen op 19 nov 2026")).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: /^Open de follow-up van de bespreking op Woensdag 18 november/ }),
    ).toBeInTheDocument();
  });

  it("says that it arrived without a date or link when the mail has none", async () => {
    renderWithReviewStores(<ReviewsView onPlanReview={() => {}} />, {
      notes: { reviews: [past] },
      followUps: new FakeFollowUpsRepository().arrive("past", { receivedAt: null, webLink: null }),
    });
    expect(await screen.findByText("Follow-up from Megan Bowen arrived")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /follow-up/ })).not.toBeInTheDocument();
  });

  it("shows nothing about follow-ups when they cannot be looked for, and the rest of the list still works", async () => {
    const user = userEvent.setup();
    const onPlanReview = vi.fn();
    const followUps = new FakeFollowUpsRepository().arrive("past");
    followUps.fail = new GraphRequestError("Microsoft Graph answered 403", {
      kind: "forbidden",
      status: 403,
    });
    const { notes } = renderWithReviewStores(<ReviewsView onPlanReview={onPlanReview} />, {
      notes: { reviews: [past] },
      followUps,
    });
    await waitFor(() => expect(followUps.lookups).toHaveLength(1));

    expect(screen.queryByText(/follow-up/i)).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Discussed Pricing discussion" }));
    expect(notes.edits).toContainEqual({ action: "setReviewDiscussed", args: ["past", "pricing", true] });
    await user.click(screen.getByRole("button", { name: "Plan a review" }));
    expect(onPlanReview).toHaveBeenCalledOnce();
  });

  it("looks again on the next visit, and finds what could not be looked for before", async () => {
    const user = userEvent.setup();
    const followUps = new FakeFollowUpsRepository().arrive("past");
    followUps.fail = new TypeError("Failed to fetch");
    renderWithReviewStores(<Visits />, { notes: { reviews: [past] }, followUps });
    await waitFor(() => expect(followUps.lookups).toHaveLength(1));
    expect(screen.queryByText(/follow-up/i)).not.toBeInTheDocument();

    followUps.fail = null;
    await user.click(screen.getByRole("button", { name: "Leave" }));
    await user.click(screen.getByRole("button", { name: "Come back" }));
    expect(await screen.findByText("Follow-up from Megan Bowen arrived on Nov 19, 2026")).toBeInTheDocument();
    expect(followUps.lookups).toHaveLength(2);
  });

  it("does not look again while the rep writes down what they learned", async () => {
    const user = userEvent.setup();
    const followUps = new FakeFollowUpsRepository().arrive("past");
    renderWithReviewStores(<ReviewsView onPlanReview={() => {}} />, {
      notes: { reviews: [past] },
      followUps,
    });
    await screen.findByText(/^Follow-up from Megan Bowen/);
    await user.click(screen.getByRole("checkbox", { name: "Discussed Pricing discussion" }));
    expect(screen.getByRole("checkbox", { name: "Discussed Pricing discussion" })).toBeChecked();
    expect(followUps.lookups).toHaveLength(1);
  });
});

/** The reviews list, left and visited again, as the rep does by switching tabs. */
function Visits() {
  const [shown, setShown] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setShown((value) => !value)}>
        {shown ? "Leave" : "Come back"}
      </button>
      {shown ? <ReviewsView onPlanReview={() => {}} /> : null}
    </>
  );
}
