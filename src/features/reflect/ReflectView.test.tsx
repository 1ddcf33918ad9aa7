import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CallNotes } from "../../domain/notes/call-notes.ts";
import { AT, demo, flagged, MARKUP, NOW, pricing } from "../../test-fixtures/calls.fixtures.ts";
import { type HarnessOptions, renderWithStores } from "../flag/notes.test-harness.tsx";
import { SAMPLE_CALL_VTT } from "../transcript/call-insights.fixtures.ts";
import { ReflectView } from "./ReflectView.tsx";

/** Typing key by key through Fluent's controls takes a while in jsdom, more so on a busy machine. */
vi.setConfig({ testTimeout: 20_000 });

const PRICING_TRANSCRIPT = {
  pricing: { status: "available", vtt: SAMPLE_CALL_VTT },
} as const satisfies HarnessOptions["transcripts"];

async function renderReflect(notes: readonly CallNotes[], options: HarnessOptions = {}) {
  const harness = renderWithStores(<ReflectView repName="Daan Visser" />, {
    ...options,
    notes: { notes: new Map(notes.map((note) => [note.callId, note])), ...options.notes },
  });
  await harness.answerCalls([pricing, demo]);
  return harness;
}

const callHeadings = () => screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("ReflectView", () => {
  it("says how flagged calls get here when there are none", async () => {
    await renderReflect([flagged("pricing", { flagged: { value: false, at: AT } })]);
    expect(screen.getByRole("heading", { level: 2, name: "Reflect" })).toBeInTheDocument();
    expect(screen.getByText("No flagged calls")).toBeInTheDocument();
    expect(screen.getByText(/flag it under Calls/)).toBeInTheDocument();
  });

  it("lists the flagged calls, newest first, the first one open, with how far the rep got", async () => {
    await renderReflect([
      flagged("demo", { reflection: { whatHappened: { value: "They asked for a discount", at: AT } } }),
      flagged("pricing"),
      flagged("older-than-the-list"),
    ]);
    expect(callHeadings()).toEqual([
      "Pricing discussionToday, 2:30 PM · 0 of 7 answered",
      "Northwind product demoYesterday, 10:00 AM · 1 of 7 answered",
      "A call from more than 14 days ago0 of 7 answered",
    ]);
    expect(screen.getByRole("button", { name: /^Pricing discussion/ })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(screen.getByRole("button", { name: /^Northwind product demo/ })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
    const questions = screen.getByRole("group", { name: "Questions about Pricing discussion" });
    expect(
      within(questions)
        .getAllByRole("textbox")
        .map((box) => box.getAttribute("aria-labelledby")),
    ).toHaveLength(7);
    for (const question of [
      "What happened?",
      "What did I trigger?",
      "Did I prepare and research enough?",
      "Is my script or approach right for this customer?",
      "Did I bring up price too early?",
      "What will I do differently next time?",
      "What do I want to discuss with my manager?",
    ]) {
      expect(within(questions).getByRole("textbox", { name: question })).toHaveAccessibleDescription(
        "0/2,000",
      );
    }
  });

  it("saves a draft once the rep pauses typing, not on every key", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderReflect([flagged("pricing")]);
    const answer = screen.getByRole("textbox", { name: "What did I trigger?" });

    await user.type(answer, "I named the price first");
    expect(answer).toHaveAccessibleDescription("23/2,000");
    await waitFor(
      () =>
        expect(notesStore.edits).toContainEqual({
          action: "answerReflection",
          args: ["pricing", "whatITriggered", "I named the price first"],
        }),
      { timeout: 3000 },
    );
    expect(notesStore.edits.filter((edit) => edit.action === "answerReflection")).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent("1 of 7 answered"),
    );
  });

  it("saves at once when the rep leaves the field", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderReflect([flagged("pricing")]);
    await user.type(screen.getByRole("textbox", { name: "What happened?" }), "Lost them at the demo");
    await user.tab();
    expect(notesStore.edits).toContainEqual({
      action: "answerReflection",
      args: ["pricing", "whatHappened", "Lost them at the demo"],
    });
  });

  it("stops at the limit", async () => {
    const { notesStore } = await renderReflect([flagged("pricing")]);
    const answer = screen.getByRole("textbox", { name: "What happened?" });
    fireEvent.change(answer, { target: { value: "x".repeat(2500) } });
    expect(answer).toHaveValue("x".repeat(2000));
    expect(answer).toHaveAccessibleDescription("2,000/2,000");
    fireEvent.blur(answer);
    expect(notesStore.edits.at(-1)?.args[2]).toHaveLength(2000);
  });

  it("shows the flag note and the reframe, markup as plain text", async () => {
    await renderReflect([
      flagged("pricing", {
        flagNote: { value: MARKUP, at: AT },
        reframe: {
          permanent: { value: "timing", at: AT },
          personal: { value: `${MARKUP} budget`, at: AT },
        },
      }),
      flagged("demo", { reframeSkipped: { value: true, at: AT } }),
    ]);
    expect(screen.getByText(MARKUP)).toBeInTheDocument();
    expect(screen.getByText("Is it permanent? No, because timing")).toBeInTheDocument();
    expect(screen.getByText(`Is it personal? No, because ${MARKUP} budget`)).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();

    await userEvent.setup().click(screen.getByRole("button", { name: /^Northwind product demo/ }));
    expect(await screen.findByText("You skipped the reframe.")).toBeInTheDocument();
  });

  it("pauses editing while the stored notes cannot be read", async () => {
    await renderReflect([flagged("pricing")], {
      notes: { invalidDocument: { reason: "unreadable" } },
      transcripts: PRICING_TRANSCRIPT,
    });
    expect(screen.getByRole("textbox", { name: "What happened?" })).toBeDisabled();
    expect(await screen.findByRole("heading", { name: "Key moments" })).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "Discuss this" })).not.toBeInTheDocument();
  });

  it("shows what the transcript says above the questions, reading it only once a call is opened", async () => {
    const user = userEvent.setup();
    const { transcriptsRepository } = await renderReflect([flagged("pricing"), flagged("demo")], {
      transcripts: PRICING_TRANSCRIPT,
    });

    const insights = await screen.findByRole("region", { name: "From the transcript" });
    await within(insights).findByRole("heading", { level: 5, name: "Key moments" });
    const questions = screen.getByRole("group", { name: "Questions about Pricing discussion" });
    expect(insights.compareDocumentPosition(questions) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(transcriptsRepository.requests.map((request) => request.call.id)).toEqual(["pricing"]);

    await user.click(screen.getByRole("button", { name: /^Northwind product demo/ }));

    expect(await screen.findByText("This meeting has no transcript.")).toBeInTheDocument();
    expect(transcriptsRepository.requests.map((request) => request.call.id)).toEqual(["pricing", "demo"]);
  });

  it("shows the moments the rep chose as ticked, and keeps each tick and untick", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderReflect(
      [flagged("pricing", { chosenMoments: { value: ["longRepMonologue@15000"], at: AT } })],
      { transcripts: PRICING_TRANSCRIPT },
    );
    const boxes = await screen.findAllByRole("checkbox", { name: "Discuss this" });
    const ticked = () => boxes.map((box) => (box as HTMLInputElement).checked);
    expect(ticked()).toEqual([true, false, false, false, false, false]);

    await user.click(boxes[2] as HTMLElement);
    await user.click(boxes[0] as HTMLElement);

    expect(notesStore.edits.filter((edit) => edit.action === "setChosenMoments")).toEqual([
      {
        action: "setChosenMoments",
        args: ["pricing", ["longRepMonologue@15000", "customerObjection@94000"]],
      },
      { action: "setChosenMoments", args: ["pricing", ["customerObjection@94000"]] },
    ]);
    expect(ticked()).toEqual([false, false, true, false, false, false]);
  });

  it("shows no transcript for a flagged call that has left the recent calls", async () => {
    const { transcriptsRepository } = await renderReflect([flagged("older-than-the-list")]);

    expect(screen.getByRole("group", { name: /^Questions about A call from more than/ })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "From the transcript" })).not.toBeInTheDocument();
    expect(transcriptsRepository.requests).toEqual([]);
  });

  it("asks the ownership questions in Dutch", async () => {
    await renderReflect([flagged("pricing")], { locale: "nl-NL" });
    expect(screen.getByRole("heading", { level: 2, name: "Reflecteren" })).toBeInTheDocument();
    expect(callHeadings()).toEqual(["Pricing discussionVandaag, 14:30 · 0 van 7 beantwoord"]);
    expect(screen.getByRole("textbox", { name: "Begon ik te vroeg over de prijs?" })).toBeInTheDocument();
    expect(
      screen.getByRole("textbox", { name: "Wat wil ik bespreken met mijn manager?" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Nog niet herkaderd")).toBeInTheDocument();
  });
});
