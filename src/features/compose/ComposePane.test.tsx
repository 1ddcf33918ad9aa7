import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MAILBOX_1_7 } from "../../hosts/outlook-mailbox-item.office-mock.ts";
import { renderComposePane } from "./compose-pane.test-harness.tsx";
import { MARKUP_SUBJECT, MEGAN, packetIn } from "./compose-pane.test-stores.ts";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Outlook answers after the transcripts are read and the packet built, which takes a while on a busy machine. */
const OUTLOOK_ANSWERED = { timeout: 10_000 };

describe("the organizer pane (the rep writing a review meeting in Outlook)", { timeout: 30_000 }, () => {
  it("writes the chosen flagged calls into the body, escaped, and attaches them as the packet", async () => {
    const user = userEvent.setup();
    const { meeting } = renderComposePane();

    const calls = screen.getByRole("list", { name: "Flagged calls" });
    expect(within(calls).getByRole("checkbox", { name: MARKUP_SUBJECT })).toBeChecked();
    await user.click(within(calls).getByRole("checkbox", { name: "Northwind | Demo" }));
    await user.click(await screen.findByRole("button", { name: "Attach 1 call" }));

    expect(
      await screen.findByText(
        "1 call is attached. Your manager sees it when they open the invite.",
        {},
        OUTLOOK_ANSWERED,
      ),
    ).toBeInTheDocument();
    expect(meeting.attachments.map((attachment) => attachment.name)).toEqual(["review-packet.json"]);
    const packet = packetIn(meeting);
    expect(packet.calls.map((call) => call.subject)).toEqual([MARKUP_SUBJECT]);
    expect(packet.manager).toEqual({ name: MEGAN.name, email: MEGAN.email });
    expect(meeting.body).toContain("Fabrikam | Pricing &lt;b&gt;call&lt;/b&gt;");
    expect(meeting.body).not.toContain("<b>call</b>");
    expect(meeting.body.endsWith("<p>Agenda</p>")).toBe(true);
  });

  it("attaches again without doubling the packet", async () => {
    const user = userEvent.setup();
    const { meeting } = renderComposePane();

    await user.click(await screen.findByRole("button", { name: "Attach 2 calls" }));
    await screen.findByText(/2 calls are attached/, {}, OUTLOOK_ANSWERED);
    await user.click(screen.getByRole("checkbox", { name: "Northwind | Demo" }));
    await user.click(screen.getByRole("button", { name: "Attach 1 call" }));
    await screen.findByText(/1 call is attached/, {}, OUTLOOK_ANSWERED);

    expect(meeting.attachments).toHaveLength(1);
    expect(packetIn(meeting).calls).toHaveLength(1);
    expect(meeting.body.match(/id="momentum-review-calls"/g)).toHaveLength(1);
    expect(meeting.body).not.toContain("Northwind");
  });

  it("asks for at least one call", async () => {
    const user = userEvent.setup();
    renderComposePane();

    await user.click(screen.getByRole("checkbox", { name: MARKUP_SUBJECT }));
    await user.click(screen.getByRole("checkbox", { name: "Northwind | Demo" }));

    expect(screen.getByRole("button", { name: "Attach 0 calls" })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText("Choose at least one call.")).toBeInTheDocument();
  });

  it("adds the manager as a required attendee in one click", async () => {
    const user = userEvent.setup();
    const { meeting } = renderComposePane();

    await user.click(await screen.findByRole("button", { name: "Add Megan Bowen as attendee" }));

    expect(await screen.findByText("Megan Bowen is invited.", {}, OUTLOOK_ANSWERED)).toBeInTheDocument();
    expect(meeting.requiredAttendees).toEqual([
      { emailAddress: "megan.bowen@contoso.example", displayName: "Megan Bowen" },
    ]);
  });

  it("says how to write into a plain-text meeting, leaving it as the rep wrote it", async () => {
    const user = userEvent.setup();
    const { meeting } = renderComposePane({ bodyType: "text" });

    await user.click(await screen.findByRole("button", { name: "Attach 2 calls" }));

    expect(await screen.findByText("The calls weren't attached", {}, OUTLOOK_ANSWERED)).toBeInTheDocument();
    expect(screen.getByText(/Switch the body to HTML/)).toBeInTheDocument();
    expect(meeting.body).toBe("<p>Agenda</p>");
  });

  it("says an older Outlook cannot attach files, without touching the meeting", async () => {
    const user = userEvent.setup();
    const { meeting } = renderComposePane({ sets: MAILBOX_1_7 });

    await user.click(await screen.findByRole("button", { name: "Attach 2 calls" }));

    expect(await screen.findByText(/use a newer Outlook/, {}, OUTLOOK_ANSWERED)).toBeInTheDocument();
    expect(meeting.attachments).toEqual([]);
    expect(meeting.body).toBe("<p>Agenda</p>");
  });

  it("explains that the manager must be known first when the directory names none", async () => {
    renderComposePane({ manager: "none" });

    expect(await screen.findByText(/doesn't know who your manager is yet/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Attach 2 calls" })).toHaveAttribute("aria-disabled", "true");
  });
});
