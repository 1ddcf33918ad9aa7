import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReviewRecord } from "../../domain/notes/review-record.ts";
import { ReviewsView } from "./ReviewsView.tsx";
import { renderWithReviewStores } from "./review.test-harness.tsx";

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
