import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GraphReviewPacketRepository } from "../../data/review-packet.graph-repository.ts";
import { buildReviewPacket, type ReviewPacket } from "../../domain/review/index.ts";
import { makeCallSelection, makeNotes, makePacketInput } from "../../domain/review/review.fixtures.ts";
import { createTestGraphClient } from "../../graph/graph-client.fake.ts";
import type { MailboxItem } from "../../hosts/mailbox-item.ts";
import { MailboxItemError } from "../../hosts/mailbox-item.ts";
import { I18nProvider } from "../../i18n/index.ts";
import { NotesStoreProvider } from "../flag/NotesStoreProvider.tsx";
import { createFakeNotesStore, type FakeNotesStore } from "../flag/notes.fake-store.ts";
import { ManagerPane } from "./ManagerPane.tsx";
import { createManagerPaneStore } from "./manager-pane.store.ts";
import { reviewInviteInOutlook } from "./review-invite.office-mock.ts";

const BASE = "http://graph.test/graph";
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  vi.unstubAllGlobals();
});
afterAll(() => server.close());

const MARKUP = "<b>bold</b><script>alert(1)</script>";
const CALL_ID = "AAMkADk0ZWQ5ZTEx=";

function packet(): ReviewPacket {
  return buildReviewPacket(
    makePacketInput({
      calls: [
        makeCallSelection(CALL_ID, {
          notes: makeNotes(CALL_ID, { flagNote: { value: MARKUP, at: "2026-11-18T13:02:11.504Z" } }),
        }),
      ],
    }),
  );
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const packetAttachment = (text: string) => ({
  id: "att-1",
  name: "review-packet.json",
  base64: base64(text),
});

function renderPane(item: () => Promise<MailboxItem | null>, notes: FakeNotesStore = createFakeNotesStore()) {
  const repository = new GraphReviewPacketRepository(
    createTestGraphClient({ baseUrl: BASE, retry: { maxRetries: 0 } }).client,
  );
  const store = createManagerPaneStore({ openItem: item, repository, notes });
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale="en-US" timeZone="Europe/Amsterdam">
        <NotesStoreProvider store={notes}>
          <ManagerPane store={store} />
        </NotesStoreProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { notes, store };
}

function inOutlook(attachments: Parameters<typeof reviewInviteInOutlook>[0] = {}) {
  const item = reviewInviteInOutlook(attachments);
  return () => Promise.resolve(item);
}

/** Answers `POST /me/sendMail` like Graph and keeps what was sent. */
function acceptMail() {
  const sent: unknown[] = [];
  server.use(
    http.post(`${BASE}/v1.0/me/sendMail`, async ({ request }) => {
      sent.push(await request.json());
      return new HttpResponse(null, { status: 202 });
    }),
  );
  return sent;
}

describe("the manager's pane on a review invite", () => {
  it("shows the rep, each call with the note, reframe, moments and lines, and a short coaching guide", async () => {
    renderPane(inOutlook({ attachments: [packetAttachment(JSON.stringify(packet()))] }));

    const packetRegion = await screen.findByRole("region", { name: "From Daan Visser" });
    expect(
      within(packetRegion).getByRole("heading", { name: "Discovery call Fabrikam" }),
    ).toBeInTheDocument();
    expect(within(packetRegion).getByText(MARKUP)).toBeInTheDocument();
    expect(packetRegion.querySelector("script, b")).toBeNull();
    expect(
      within(packetRegion).getByText(
        "Is it permanent? No, because No: next quarter their budget opens again",
      ),
    ).toBeInTheDocument();
    expect(
      within(packetRegion).getByRole("list", { name: "Transcript lines around 0:00" }),
    ).toBeInTheDocument();

    const guide = screen.getByRole("region", { name: "How to run the review" });
    expect(
      within(guide)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Let Daan Visser find their own weak points first: ask them to walk you through each key moment.",
      "Ask before you tell. “What would you try next time?” teaches more than your answer.",
      "End each call with one concrete change Daan Visser will make on their next call.",
    ]);
  });

  it("says plainly that an invite has no packet", async () => {
    renderPane(inOutlook({ attachments: [] }));

    expect(await screen.findByText("No review packet in this meeting")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "How to run the review" })).not.toBeInTheDocument();
  });

  it("words an invalid packet calmly, with the technical reason only as details for support", async () => {
    renderPane(
      inOutlook({ attachments: [packetAttachment('{"kind":"momentum.reviewPacket","calls":"x"}')] }),
    );

    expect(await screen.findByText("This review packet can't be read")).toBeInTheDocument();
    const details = screen.getByText("Details for support").closest("details");
    expect(details).not.toHaveAttribute("open");
    expect(details?.textContent).not.toBe("Details for support");
  });

  it("asks to update Momentum for a packet from a newer version", async () => {
    const newer = { ...packet(), schemaVersion: 99, somethingNew: true };
    renderPane(inOutlook({ attachments: [packetAttachment(JSON.stringify(newer))] }));

    expect(await screen.findByText("This review packet needs a newer Momentum")).toBeInTheDocument();
    expect(screen.getByText(/Update Momentum/)).toBeInTheDocument();
  });

  it("says why the packet could not be read right now, and reads it on Try again", async () => {
    // Outlook before Mailbox 1.8 cannot hand it over; Graph, reading the manager's own copy, is down at first.
    const item = reviewInviteInOutlook({
      attachments: [{ id: "att-1", name: "review-packet.json" }],
      sets: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"],
    });
    let graphUp = false;
    server.use(
      http.get(`${BASE}/v1.0/me/events/:id/attachments`, () =>
        graphUp
          ? HttpResponse.json({
              value: [
                {
                  id: "g-att",
                  name: "review-packet.json",
                  size: 10,
                  isInline: false,
                  "@odata.type": "#microsoft.graph.fileAttachment",
                },
              ],
            })
          : HttpResponse.json({ error: { code: "ServiceUnavailable", message: "down" } }, { status: 503 }),
      ),
      http.get(`${BASE}/v1.0/me/events/:id/attachments/:attachmentId`, () =>
        HttpResponse.json({
          "@odata.type": "#microsoft.graph.fileAttachment",
          id: "g-att",
          name: "review-packet.json",
          contentBytes: base64(JSON.stringify(packet())),
        }),
      ),
    );
    renderPane(() => Promise.resolve(item));

    expect(await screen.findByText("Couldn't read the review packet right now")).toBeInTheDocument();
    expect(
      screen.getByText("Microsoft 365 isn't available right now. Try again in a few minutes."),
    ).toBeInTheDocument();

    graphUp = true;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("region", { name: "From Daan Visser" })).toBeInTheDocument();
  });

  it("tells the manager when the meeting is no longer in their calendar", async () => {
    renderPane(() => Promise.reject(new MailboxItemError("notFound", "gone")));

    expect(await screen.findByText(/isn't in your calendar any more/)).toBeInTheDocument();
  });

  it("keeps private notes and the agreed learning in the manager's own notes as they type", async () => {
    const user = userEvent.setup();
    const { notes } = renderPane(inOutlook({ attachments: [packetAttachment(JSON.stringify(packet()))] }));

    await user.type(
      await screen.findByLabelText("Private notes on Discovery call Fabrikam"),
      "Too fast on price",
    );
    await user.tab();
    await user.type(
      screen.getByLabelText("What we agreed for Discovery call Fabrikam"),
      "Ask 3 questions first",
    );
    await user.tab();

    const rep = { name: "Daan Visser", email: "daan.visser@contoso.example" };
    expect(notes.edits).toContainEqual({
      action: "writeCoachingNote",
      args: ["review-7d1c2f0e", rep, CALL_ID, "Too fast on price"],
    });
    expect(notes.edits).toContainEqual({
      action: "writeAgreedLearning",
      args: ["review-7d1c2f0e", rep, CALL_ID, "Ask 3 questions first"],
    });
    expect(
      screen.getByText("Only you see these. They're kept in your own OneDrive and never sent."),
    ).toBeInTheDocument();
  });

  it("previews the follow-up, sends it once however often Send is pressed, and shows when it was sent", async () => {
    const user = userEvent.setup();
    const sent = acceptMail();
    renderPane(inOutlook({ attachments: [packetAttachment(JSON.stringify(packet()))] }));

    await user.type(
      await screen.findByLabelText("Private notes on Discovery call Fabrikam"),
      "Secret: needs coaching",
    );
    await user.type(screen.getByLabelText("What we agreed for Discovery call Fabrikam"), "Hold the <price>");
    await user.click(screen.getByRole("button", { name: "Preview the follow-up" }));

    const frame = screen.getByTitle("The follow-up mail as Daan Visser will see it");
    expect(frame).toHaveAttribute("sandbox", "");
    expect(frame.getAttribute("srcdoc")).toContain("Hold the &lt;price&gt;");
    expect(frame.getAttribute("srcdoc")).not.toContain("Secret");
    expect(screen.getByText("Daan Visser <daan.visser@contoso.example>")).toBeInTheDocument();
    expect(screen.getByText("Our call review: what we agreed (1 call)")).toBeInTheDocument();

    const send = screen.getByRole("button", { name: "Send the follow-up" });
    await user.dblClick(send);

    expect(await screen.findByText(/^Follow-up sent on /)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).toContain("Hold the &lt;price&gt;");
    expect(JSON.stringify(sent[0])).not.toContain("Secret");
    expect(screen.queryByRole("button", { name: "Send the follow-up" })).not.toBeInTheDocument();
  });

  it("says the follow-up was not sent when Graph refuses it, and sends it on Try again", async () => {
    const user = userEvent.setup();
    let refuse = true;
    server.use(
      http.post(`${BASE}/v1.0/me/sendMail`, () =>
        refuse
          ? HttpResponse.json({ error: { code: "ErrorAccessDenied", message: "no" } }, { status: 403 })
          : new HttpResponse(null, { status: 202 }),
      ),
    );
    renderPane(inOutlook({ attachments: [packetAttachment(JSON.stringify(packet()))] }));

    await user.click(await screen.findByRole("button", { name: "Send the follow-up" }));
    expect(await screen.findByText("The follow-up wasn't sent")).toBeInTheDocument();
    expect(screen.getByText(/don't have permission/)).toBeInTheDocument();

    refuse = false;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.getByText(/^Follow-up sent on /)).toBeInTheDocument());
  });
});
