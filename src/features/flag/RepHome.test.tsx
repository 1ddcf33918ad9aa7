import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import type { CallNotes } from "../../domain/notes/call-notes.ts";
import { emptyNotes } from "./notes.fake-store.ts";
import { type HarnessOptions, renderWithStores, rowOf } from "./notes.test-harness.tsx";
import { RepHome } from "./RepHome.tsx";

/** Typing key by key through Fluent's controls takes a while in jsdom, more so on a busy machine. */
vi.setConfig({ testTimeout: 20_000 });

const NOW = new Date("2026-11-20T15:00:00Z");
const pricing = makeCall({
  id: "pricing",
  subject: "Pricing discussion",
  start: new Date("2026-11-20T13:30:00Z"),
  end: new Date("2026-11-20T14:15:00Z"),
});
const flaggedPricing: CallNotes = {
  ...emptyNotes("pricing"),
  flagged: { value: true, at: NOW.toISOString() },
};

async function renderHome(options: HarnessOptions = {}) {
  const harness = renderWithStores(<RepHome repName="Daan Visser" />, options);
  await harness.answerCalls([pricing]);
  return harness;
}

async function openDeleteDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "More options" }));
  await user.click(await screen.findByRole("menuitem", { name: "Delete my data…" }));
  return screen.findByRole("alertdialog", { name: "Delete all your Momentum data?" });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("RepHome", () => {
  it("loads the rep's notes, then shows the calls with whether edits are saved", async () => {
    const { notesStore } = renderWithStores(<RepHome repName="Daan Visser" />, { notes: { status: "idle" } });
    expect(notesStore.edits).toContainEqual({ action: "load", args: [] });
    expect(await screen.findByText("All changes saved", { ignore: "[role=status]" })).toBeVisible();
    expect(screen.getByRole("tab", { name: "Calls" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("heading", { level: 2, name: "Recent calls" })).toBeInTheDocument();
  });

  it("says while the notes are loading", async () => {
    renderWithStores(<RepHome repName="Daan Visser" />, { notes: { status: "loading" } });
    expect(
      await screen.findByRole("progressbar", { name: "Loading your flags and notes…" }),
    ).toBeInTheDocument();
  });

  it("switches to Reflect and back", async () => {
    const user = userEvent.setup();
    await renderHome({ notes: { notes: new Map([["pricing", flaggedPricing]]) } });
    await user.click(screen.getByRole("tab", { name: "Reflect" }));
    expect(screen.getByRole("tabpanel", { name: "Reflect" })).toBeInTheDocument();
    // Reflect is its own chunk: it appears once fetched.
    expect(await screen.findByRole("heading", { level: 2, name: "Reflect" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: /Pricing discussion/ })).toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "Calls" }));
    expect(within(rowOf("Pricing discussion")).getByText("Flagged")).toBeInTheDocument();
  });

  it("explains a stored document it cannot read, keeps it, and pauses editing", async () => {
    const user = userEvent.setup();
    await renderHome({
      notes: { invalidDocument: { reason: "it was written by a newer version of Momentum" } },
    });
    expect(screen.getByText("Your saved notes couldn't be read")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Momentum found your notes in OneDrive but couldn't read them (it was written by a newer version of Momentum). They're kept exactly as they are, and editing is paused so nothing gets overwritten.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Flag Pricing discussion" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    expect(screen.getByRole("button", { name: "Log a call" })).toHaveAttribute("aria-disabled", "true");

    await user.click(screen.getByRole("button", { name: "Delete my data…" }));
    expect(
      await screen.findByRole("alertdialog", { name: "Delete all your Momentum data?" }),
    ).toBeInTheDocument();
  });

  it("says why the notes could not be loaded, and tries again", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderHome({
      notes: { status: "error", error: Object.assign(new Error("offline"), { kind: "network" }) },
    });
    expect(screen.getByText("Couldn't load your flags and notes")).toBeInTheDocument();
    expect(screen.getByText(/Momentum couldn't reach Microsoft 365/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(notesStore.edits).toContainEqual({ action: "load", args: [] });
  });
});

describe("deleting my data", () => {
  it("asks first, and Cancel keeps everything", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderHome({ notes: { notes: new Map([["pricing", flaggedPricing]]) } });
    const dialog = await openDeleteDialog(user);
    expect(
      within(dialog).getByText(
        /This removes all flags, reframes, reflections and logged calls Momentum stored for you/,
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(notesStore.edits.filter((edit) => edit.action === "deleteAllData")).toEqual([]);
    expect(within(rowOf("Pricing discussion")).getByText("Flagged")).toBeInTheDocument();
  });

  it("deletes everything once confirmed, transcripts kept in the browser too, and shows that it is gone", async () => {
    const user = userEvent.setup();
    const { notesStore, transcriptsRepository } = await renderHome({
      notes: { notes: new Map([["pricing", flaggedPricing]]) },
    });
    const dialog = await openDeleteDialog(user);
    expect(transcriptsRepository.forgotten).toBe(0);
    await user.click(within(dialog).getByRole("button", { name: "Delete my data" }));

    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(notesStore.edits).toContainEqual({ action: "deleteAllData", args: [] });
    expect(transcriptsRepository.forgotten).toBe(1);
    expect(screen.getByText("Your Momentum data is deleted")).toBeInTheDocument();
    expect(screen.getByText(/Every flag, reframe, reflection and logged call is gone/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText("Your Momentum data is deleted").closest("[tabindex='-1']")).toHaveFocus(),
    );
    expect(within(rowOf("Pricing discussion")).queryByText("Flagged")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Flag Pricing discussion" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );

    await user.click(screen.getByRole("tab", { name: "Reflect" }));
    expect(await screen.findByText("No flagged calls")).toBeInTheDocument();
  });

  it("says when deleting failed, and keeps the dialog open to try again", async () => {
    const user = userEvent.setup();
    const { notesStore } = await renderHome();
    notesStore.setState({
      deleteAllData: () => Promise.reject(Object.assign(new Error("503"), { kind: "unavailable" })),
    });
    const dialog = await openDeleteDialog(user);
    await user.click(within(dialog).getByRole("button", { name: "Delete my data" }));
    expect(await within(dialog).findByText("Couldn't delete your data")).toBeInTheDocument();
    expect(within(dialog).getByText(/Microsoft 365 isn't available right now/)).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Delete my data" })).toBeEnabled();
  });

  it("speaks Dutch", async () => {
    const user = userEvent.setup();
    await renderHome({ locale: "nl-NL" });
    expect(screen.getByRole("tab", { name: "Gesprekken" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Reflecteren" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Meer opties" }));
    await user.click(await screen.findByRole("menuitem", { name: "Mijn gegevens verwijderen…" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Al je Momentum-gegevens verwijderen?" });
    await user.click(within(dialog).getByRole("button", { name: "Mijn gegevens verwijderen" }));
    expect(await screen.findByText("Je Momentum-gegevens zijn verwijderd")).toBeInTheDocument();
  });
});
