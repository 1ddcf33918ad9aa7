import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { demo, flagged as flaggedNotes, MARKUP, NOW, pricing } from "../../test-fixtures/calls.fixtures.ts";
import { CallsWithFlags } from "./CallsWithFlags.tsx";
// Loaded here, before the tests fake Date: @date-fns/tz's TZDate extends whichever Date exists when it loads, and
// the log-a-call dialog (fetched on demand) would otherwise load it under the fake one.
import "../log-call/local-date-time.ts";
import { renderWithStores, rowOf } from "./notes.test-harness.tsx";

/** Typing key by key through Fluent's controls takes a while in jsdom, more so on a busy machine. */
vi.setConfig({ testTimeout: 20_000 });

async function renderCalls(options: Parameters<typeof renderWithStores>[1] = {}) {
  const harness = renderWithStores(<CallsWithFlags />, options);
  await harness.answerCalls([pricing, demo]);
  return harness;
}

/** The calendar answers while the notes are still loading. */
async function answerCallsOnly({ repository }: ReturnType<typeof renderWithStores>) {
  await waitFor(() => expect(repository.callRequests.length).toBeGreaterThan(0));
  await act(async () => repository.lastCallRequest.resolve([pricing, demo]));
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(user: UserEvent, target: HTMLElement) {
  for (let presses = 0; presses < 30 && document.activeElement !== target; presses += 1) await user.tab();
  expect(target).toHaveFocus();
}

/** The dialogs' code is fetched when one first opens; on a busy machine that can take a moment in jsdom. */
const LAZY_DIALOG = { timeout: 5_000 };
const reframeDialog = () => screen.getByRole("dialog", { name: "Reframe this call" });
const reframeDialogOpened = () => screen.findByRole("dialog", { name: "Reframe this call" }, LAZY_DIALOG);
const logCallDialogOpened = () => screen.findByRole("dialog", { name: "Log a call" }, LAZY_DIALOG);
const questionInput = (question: string) => within(reframeDialog()).getByRole("textbox", { name: question });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("flagging a call", () => {
  it("flags with one press of the row's button and opens the reframe on the first question", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls();
    const button = within(rowOf("Pricing discussion")).getByRole("button", {
      name: "Flag Pricing discussion",
    });
    expect(button).toHaveAttribute("aria-pressed", "false");

    await user.click(button);

    expect(notesStore.edits).toContainEqual({ action: "flag", args: ["pricing"] });
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(within(await reframeDialogOpened()).getByText("Pricing discussion")).toBeInTheDocument();
    await waitFor(() => expect(questionInput("Is it permanent? No, because")).toHaveFocus());
  });

  it("flags the focused row with F, and says so on the row in words", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls();
    const row = rowOf("Pricing discussion");
    expect(row).toHaveAttribute("aria-keyshortcuts", "F");
    expect(row).toHaveAccessibleDescription("Press F to flag or unflag this call.");

    act(() => row.focus());
    await user.keyboard("f");

    expect(notesStore.edits).toContainEqual({ action: "flag", args: ["pricing"] });
    expect(await reframeDialogOpened()).toBeInTheDocument();
    await user.click(within(reframeDialog()).getByRole("button", { name: "Skip for now" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(within(rowOf("Pricing discussion")).getByText("Flagged")).toBeInTheDocument();
  });

  it("ignores F with a modifier, so browser shortcuts keep working", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls();
    act(() => rowOf("Pricing discussion").focus());
    await user.keyboard("{Control>}f{/Control}");
    expect(notesStore.edits.filter((edit) => edit.action === "flag")).toEqual([]);
  });

  it("unflags, and brings the flag back with Undo on the row", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls({
      notes: { notes: new Map([["pricing", flaggedNotes("pricing")]]) },
    });
    const button = within(rowOf("Pricing discussion")).getByRole("button", {
      name: "Flag Pricing discussion",
    });
    expect(button).toHaveAttribute("aria-pressed", "true");

    await user.click(button);
    expect(notesStore.edits).toContainEqual({ action: "unflag", args: ["pricing"] });
    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(within(rowOf("Pricing discussion")).getByText("Unflagged")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Unflagged Pricing discussion. Undo is on its row.");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Undo unflagging Pricing discussion" }));
    expect(notesStore.edits.at(-1)).toEqual({ action: "flag", args: ["pricing"] });
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(rowOf("Pricing discussion")).toHaveFocus();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("unflags with F too", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls({
      notes: { notes: new Map([["pricing", flaggedNotes("pricing")]]) },
    });
    act(() => rowOf("Pricing discussion").focus());
    await user.keyboard("F");
    expect(notesStore.edits).toContainEqual({ action: "unflag", args: ["pricing"] });
    expect(within(rowOf("Pricing discussion")).getByRole("button", { name: /Undo/ })).toBeInTheDocument();
  });

  it("offers no flagging while the notes cannot be edited", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls({ notes: { invalidDocument: { reason: "schemaVersion 9" } } });
    const button = within(rowOf("Pricing discussion")).getByRole("button", {
      name: "Flag Pricing discussion",
    });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.click(button);
    act(() => rowOf("Pricing discussion").focus());
    await user.keyboard("f");
    expect(notesStore.edits).toEqual([]);
  });

  it("lists the calls once the rep's flags are known, so no row changes under the rep a moment later", async () => {
    const harness = renderWithStores(<CallsWithFlags />, {
      notes: { status: "loading", notes: new Map([["pricing", flaggedNotes("pricing")]]) },
    });
    await answerCallsOnly(harness);
    expect(screen.queryByText("Pricing discussion")).not.toBeInTheDocument();
    expect(await screen.findByRole("progressbar", { name: "Loading your calls…" })).toBeInTheDocument();

    await act(async () => harness.notesStore.setState({ status: "ready" }));
    const button = within(rowOf("Pricing discussion")).getByRole("button", {
      name: "Flag Pricing discussion",
    });
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(button).not.toHaveAttribute("aria-disabled");
  });

  it("lists the calls when the rep's flags cannot be loaded, with flagging unavailable", async () => {
    const harness = renderWithStores(<CallsWithFlags />, { notes: { status: "loading" } });
    await answerCallsOnly(harness);
    await act(async () => harness.notesStore.setState({ status: "error", error: new Error("offline") }));
    const button = within(rowOf("Pricing discussion")).getByRole("button", {
      name: "Flag Pricing discussion",
    });
    expect(button).toHaveAttribute("aria-disabled", "true");
  });
});

describe("reframing", () => {
  it("is done with the keyboard alone: type, Tab, a suggestion with Enter, and Enter for Done", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls();
    act(() => rowOf("Pricing discussion").focus());
    await user.keyboard("f");
    await reframeDialogOpened();
    await waitFor(() => expect(questionInput("Is it permanent? No, because")).toHaveFocus());

    await user.keyboard("one bad day");
    await tabTo(user, questionInput("Is it pervasive? No, because"));
    await user.keyboard("one prospect");
    const budget = within(screen.getByRole("group", { name: "Suggestions for: Is it personal?" })).getByRole(
      "button",
      { name: "their budget is tight" },
    );
    await tabTo(user, budget);
    await user.keyboard("{Enter}");
    expect(questionInput("Is it personal? No, because")).toHaveValue("their budget is tight");
    await tabTo(
      user,
      within(reframeDialog()).getByRole("textbox", { name: "A one-line note for later (optional)" }),
    );
    await user.keyboard("Price too soon{Enter}");

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(notesStore.edits).toEqual(
      expect.arrayContaining([
        { action: "answerReframe", args: ["pricing", "permanent", "one bad day"] },
        { action: "answerReframe", args: ["pricing", "pervasive", "one prospect"] },
        { action: "answerReframe", args: ["pricing", "personal", "their budget is tight"] },
        { action: "setFlagNote", args: ["pricing", "Price too soon"] },
      ]),
    );
    const row = rowOf("Pricing discussion");
    await waitFor(() => expect(row).toHaveFocus());
    expect(within(row).getByText("Reframed")).toBeInTheDocument();
    expect(within(row).getByText("Price too soon")).toBeInTheDocument();
    expect(screen.getByText(/^Today:/)).toHaveTextContent(
      "Today: 1 call · 1 flagged · 1 reframed. Every flag reframed. On to the next call.",
    );
  });

  it("fills an answer with one tap on a suggestion, and adds a second after it", async () => {
    const user = userEvent.setup();
    await renderCalls();
    await user.click(screen.getByRole("button", { name: "Flag Pricing discussion" }));
    await reframeDialogOpened();
    await user.click(within(reframeDialog()).getByRole("button", { name: "I'm tired today" }));
    expect(questionInput("Is it permanent? No, because")).toHaveValue("I'm tired today");
    await user.click(within(reframeDialog()).getByRole("button", { name: "it was the wrong moment" }));
    expect(questionInput("Is it permanent? No, because")).toHaveValue(
      "I'm tired today; it was the wrong moment",
    );
  });

  it("can be skipped, and says so on the row", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls();
    await user.click(screen.getByRole("button", { name: "Flag Pricing discussion" }));
    await reframeDialogOpened();
    await user.click(within(reframeDialog()).getByRole("button", { name: "Skip for now" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(notesStore.edits).toContainEqual({ action: "skipReframe", args: ["pricing"] });
    expect(within(rowOf("Pricing discussion")).getByText("Reframe skipped")).toBeInTheDocument();
    expect(rowOf("Pricing discussion")).toHaveFocus();
  });

  it("opens again from the Reframe button of a flagged call, with what was written", async () => {
    const user = userEvent.setup();
    await renderCalls({
      notes: {
        notes: new Map([
          [
            "pricing",
            flaggedNotes("pricing", { reframe: { permanent: { value: "timing", at: NOW.toISOString() } } }),
          ],
        ]),
      },
    });
    await user.click(screen.getByRole("button", { name: "Reframe Pricing discussion" }));
    await reframeDialogOpened();
    expect(questionInput("Is it permanent? No, because")).toHaveValue("timing");
  });

  it("counts characters and stops at the limit", async () => {
    const user = userEvent.setup();
    await renderCalls();
    await user.click(screen.getByRole("button", { name: "Flag Pricing discussion" }));
    await reframeDialogOpened();
    const note = within(reframeDialog()).getByRole("textbox", {
      name: "A one-line note for later (optional)",
    });
    expect(note).toHaveAccessibleDescription("0/140");
    await user.click(note);
    await user.keyboard("Hello");
    expect(note).toHaveAccessibleDescription("5/140");

    await user.clear(note);
    await user.paste("x".repeat(200));
    expect(note).toHaveValue("x".repeat(140));
    expect(note).toHaveAccessibleDescription("140/140");
    expect(questionInput("Is it permanent? No, because")).toHaveAccessibleDescription("0/280");
  });

  it("shows pasted markup as plain text, never as HTML", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls();
    await user.click(screen.getByRole("button", { name: "Flag Pricing discussion" }));
    await reframeDialogOpened();
    await user.click(
      within(reframeDialog()).getByRole("textbox", { name: "A one-line note for later (optional)" }),
    );
    await user.paste(MARKUP);
    await user.click(within(reframeDialog()).getByRole("button", { name: "Done" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(notesStore.edits).toContainEqual({ action: "setFlagNote", args: ["pricing", MARKUP] });
    expect(within(rowOf("Pricing discussion")).getByText(MARKUP)).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });
});

describe("today's momentum", () => {
  it("encourages before the first call", async () => {
    await renderWithStores(<CallsWithFlags />).answerCalls([demo]);
    expect(
      await screen.findByText("No calls yet today. The first one gets things moving."),
    ).toBeInTheDocument();
  });

  it("counts today's calls, flags and reframes", async () => {
    await renderCalls({
      notes: {
        notes: new Map([
          ["pricing", flaggedNotes("pricing")],
          [
            "demo",
            flaggedNotes("demo", { reframe: { personal: { value: "timing", at: NOW.toISOString() } } }),
          ],
        ]),
      },
    });
    expect(screen.getByText(/^Today:/)).toHaveTextContent(
      "Today: 1 call · 2 flagged · 1 reframed. Keep going.",
    );
  });
});

describe("logging a call", () => {
  it("logs a call in a few keys, lists it like any other, and lets it be flagged", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls();
    await user.click(screen.getByRole("button", { name: "Log a call" }));
    const dialog = await logCallDialogOpened();
    expect(within(dialog).getByLabelText("When")).toHaveValue("2026-11-20T16:00");
    expect(within(dialog).getByRole("spinbutton", { name: "Duration (minutes)" })).toHaveValue(15);
    expect(within(dialog).getByRole("combobox", { name: "Outcome" })).toHaveValue("connected");

    await user.type(within(dialog).getByRole("textbox", { name: "Contact name" }), "Piet Mol");
    await user.type(within(dialog).getByRole("textbox", { name: "Company" }), "Northwind");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Outcome" }), "Left a voicemail");
    await user.type(within(dialog).getByRole("textbox", { name: "Phone number" }), "+31 6 1234 5678{Enter}");

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(notesStore.edits).toContainEqual({
      action: "logCall",
      args: [
        {
          contactName: "Piet Mol",
          company: "Northwind",
          phone: "+31 6 1234 5678",
          start: "2026-11-20T15:00:00.000Z",
          durationMinutes: 15,
          outcome: "voicemail",
        },
      ],
    });
    const row = rowOf("Piet Mol, Northwind");
    expect(within(row).getByText("Logged by hand")).toBeInTheDocument();
    expect(within(row).getByText("Outcome: Left a voicemail")).toBeInTheDocument();
    expect(within(row).getByText("Customer")).toBeInTheDocument();
    await waitFor(() => expect(row).toHaveFocus());

    await user.keyboard("f");
    expect(notesStore.edits.at(-1)).toEqual({ action: "flag", args: ["logged-1"] });
    expect(within(await reframeDialogOpened()).getByText("Piet Mol, Northwind")).toBeInTheDocument();
  });

  it("takes focus into the form when it opens, and gives it back to Log a call when cancelled", async () => {
    const user = userEvent.setup();
    await renderCalls();
    const open = screen.getByRole("button", { name: "Log a call" });
    await tabTo(user, open);
    await user.keyboard("{Enter}");
    const dialog = await logCallDialogOpened();
    await waitFor(() => expect(within(dialog).getByRole("textbox", { name: "Contact name" })).toHaveFocus());

    await user.keyboard("{Escape}");

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(open).toHaveFocus());
  });

  it("gives focus to Log a call when the new call's row is not shown under the chosen filter", async () => {
    const user = userEvent.setup();
    await renderCalls();
    await user.click(screen.getByRole("tab", { name: "Internal" }));
    const open = screen.getByRole("button", { name: "Log a call" });
    await user.click(open);
    const dialog = await logCallDialogOpened();
    await user.type(within(dialog).getByRole("textbox", { name: "Contact name" }), "Piet Mol{Enter}");

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.queryByText("Piet Mol")).not.toBeInTheDocument();
    await waitFor(() => expect(open).toHaveFocus());
  });

  it("asks who the call was with, and checks the duration", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderCalls();
    await user.click(screen.getByRole("button", { name: "Log a call" }));
    const dialog = await logCallDialogOpened();
    await user.clear(within(dialog).getByRole("spinbutton", { name: "Duration (minutes)" }));
    await user.click(within(dialog).getByRole("button", { name: "Log call" }));

    expect(within(dialog).getByText("Enter a name, a company or a phone number.")).toBeInTheDocument();
    expect(within(dialog).getByText("Enter a whole number of minutes, from 1 to 600.")).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: "Contact name" })).toHaveFocus();
    expect(notesStore.edits.filter((edit) => edit.action === "logCall")).toEqual([]);
  });
});

describe("in Dutch", () => {
  it("flags, reframes and encourages in Dutch", async () => {
    const user = userEvent.setup();
    await renderCalls({ locale: "nl-NL" });
    expect(screen.getByText(/^Vandaag:/)).toHaveTextContent(
      "Vandaag: 1 gesprek · 0 gemarkeerd · 0 herkaderd. Ga zo door.",
    );
    await user.click(screen.getByRole("button", { name: "Markeren: Pricing discussion" }));
    const dialog = await screen.findByRole("dialog", { name: "Dit gesprek herkaderen" }, LAZY_DIALOG);
    await user.click(within(dialog).getByRole("button", { name: "ik ben vandaag moe" }));
    expect(within(dialog).getByRole("textbox", { name: "Is het blijvend? Nee, want" })).toHaveValue(
      "ik ben vandaag moe",
    );
    await user.click(within(dialog).getByRole("button", { name: "Klaar" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(within(rowOf("Pricing discussion")).getByText("Gemarkeerd")).toBeInTheDocument();
    expect(within(rowOf("Pricing discussion")).getByText("Herkaderd")).toBeInTheDocument();
    expect(screen.getByText(/^Vandaag:/)).toHaveTextContent(
      "Vandaag: 1 gesprek · 1 gemarkeerd · 1 herkaderd. Elke markering herkaderd. Op naar het volgende gesprek.",
    );
  });
});
