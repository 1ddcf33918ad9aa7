import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type ReactNode, useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { CallTranscriptText, TranscriptUnavailableReason } from "../../data/transcripts.repository.ts";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import { GraphRequestError } from "../../graph/graph-error.ts";
import { I18nProvider } from "../../i18n/index.ts";
import { CallInsightsView, type CallInsightsViewProps } from "./CallInsightsView.tsx";
import { SAMPLE_CALL_LINES, SAMPLE_CALL_VTT, SAMPLE_REP, vttOf } from "./call-insights.fixtures.ts";
import { TranscriptStoreProvider } from "./TranscriptStoreProvider.tsx";
import { createTranscriptStore } from "./transcript.store.ts";
import { FakeTranscriptsRepository } from "./transcripts.fake-repository.ts";

const call = makeCall({
  id: "discovery",
  start: new Date("2026-03-24T09:00:00Z"),
  end: new Date("2026-03-24T09:30:00Z"),
  joinUrl: "https://teams.example/l/meetup-join/discovery",
});

interface RenderOptions extends Partial<CallInsightsViewProps> {
  readonly answer?: CallTranscriptText | Error;
  readonly locale?: string;
  /** What to render inside the providers instead of the view with `props`. */
  readonly view?: ReactNode;
}

function renderView({
  answer = { status: "available", vtt: SAMPLE_CALL_VTT },
  locale = "en-US",
  view,
  ...props
}: RenderOptions = {}) {
  const repository = new FakeTranscriptsRepository().answer(call.id, answer);
  const store = createTranscriptStore(repository);
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale} timeZone="Europe/Amsterdam">
        <TranscriptStoreProvider store={store}>
          {view ?? <CallInsightsView call={call} repName={SAMPLE_REP} {...props} />}
        </TranscriptStoreProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return { repository, store };
}

/** The view as its host would use it: the rep's choices kept in state, ticked and unticked. */
function RepChoosingMoments({
  initiallyChosen,
  onToggle,
}: {
  readonly initiallyChosen: readonly string[];
  readonly onToggle: (momentId: string, chosen: boolean) => void;
}) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set(initiallyChosen));
  return (
    <CallInsightsView
      call={call}
      repName={SAMPLE_REP}
      chosenMomentIds={chosen}
      onToggleMoment={(momentId, isChosen) => {
        onToggle(momentId, isChosen);
        setChosen((before) => {
          const after = new Set(before);
          if (isChosen) after.add(momentId);
          else after.delete(momentId);
          return after;
        });
      }}
    />
  );
}

/** Waits for the analysis to be shown (the moments' heading is there once it is). */
async function renderReady(options: RenderOptions = {}) {
  const rendered = renderView(options);
  await screen.findByRole("heading", {
    name: options.locale === "nl-NL" ? "Sleutelmomenten" : "Key moments",
  });
  return rendered;
}

/** Intl puts no-break spaces in numbers and units; compare text as a reader sees it. */
const plain = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

const figureValue = (label: string) => plain(screen.getByText(label).nextElementSibling?.textContent ?? null);

function momentItems(): HTMLElement[] {
  const list = screen.getByRole("heading", { name: "Key moments" }).parentElement?.querySelector("ol");
  if (!list) throw new Error("No list of key moments");
  return within(list as HTMLElement)
    .getAllByRole("listitem")
    .filter((item) => item.parentElement === list);
}

describe("CallInsightsView", () => {
  it("says it is reading the transcript until the analysis is there", async () => {
    renderView();

    expect(screen.getByText("Reading the transcript…")).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Conversation figures" })).toBeInTheDocument();
    expect(screen.queryByText("Reading the transcript…")).not.toBeInTheDocument();
  });

  it("shows each speaker's talk time as a table beside the bar", async () => {
    await renderReady();

    const table = screen.getByRole("table", { name: "Talk time by speaker" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => plain(row.textContent));
    expect(rows).toEqual(["Lena Vos51%2 min 51 s", "Daan Visser (you)49%2 min 43 s"]);
  });

  it("shows the conversation figures with research as context, never as a grade", async () => {
    await renderReady();

    expect(figureValue("Your share of talk time")).toBe("49%");
    expect(figureValue("Your longest monologue")).toBe("1 min 17 s");
    expect(figureValue("Longest customer monologue")).toBe("1 min 2 s");
    expect(figureValue("Questions you asked")).toBe("3");
    expect(figureValue("Pricing first came up")).toBe("1 min 7 s into the call");
    expect(screen.getByText("Filler words per minute")).toBeInTheDocument();
    expect(screen.getByText("Speaker switches per minute")).toBeInTheDocument();

    const figures = screen.getByRole("heading", { name: "Conversation figures" })
      .parentElement as HTMLElement;
    expect(
      within(figures).getByText(
        "Winning calls run near 43% rep talk time; above 65% tends to convert worse.",
      ),
    ).toBeInTheDocument();
    expect(
      within(figures).getByText("Successful discovery calls tend to have 11 to 14 questions from the rep."),
    ).toBeInTheDocument();
    expect(plain(figures.textContent)).not.toMatch(
      /\b(bad|good|poor|great|excellent|fail\w*|wrong|score|grade|too (?:much|many|few|long|early))\b/i,
    );
  });

  it("lists the key moments in time order, each with the lines around it", async () => {
    await renderReady();

    const items = momentItems();
    expect(items.map((item) => item.querySelector("time")?.textContent)).toEqual([
      "0:15",
      "1:07",
      "1:34",
      "1:42",
      "3:18",
      "5:32",
    ]);
    expect(
      within(items[1] as HTMLElement).getByText(
        /^You brought up pricing \(“price”\) 1 min 7 s into the call/,
      ),
    ).toBeInTheDocument();
    expect(
      within(items[2] as HTMLElement).getByText("Lena Vos pushed back: “too expensive”."),
    ).toBeInTheDocument();

    const lines = within(items[2] as HTMLElement).getByRole("list", { name: "Transcript around 1:34" });
    expect(
      within(lines)
        .getAllByRole("listitem")
        .map((line) => plain(line.textContent)),
    ).toEqual([
      "0:41Daan Visser: It connects your order desk to your warehouse.",
      "1:07Daan Visser: And our price is forty euro per seat per month.",
      "1:34Key moment: Lena Vos: Honestly, that's too expensive for us.",
      "1:42Daan Visser: How do you take orders today?",
      "1:50Lena Vos: Mostly by email.",
      "2:11Lena Vos: <img src=x onerror=alert(1)> is what our portal shows when it breaks.",
    ]);
  });

  it("shows markup in the transcript as text", async () => {
    await renderReady();

    expect(
      screen.getAllByText(/<img src=x onerror=alert\(1\)> is what our portal shows when it breaks\./).length,
    ).toBeGreaterThan(0);
    expect(document.querySelector("img")).toBeNull();
  });

  it("lets the rep tick moments to discuss, with the keyboard", async () => {
    const user = userEvent.setup();
    const onToggleMoment = vi.fn();
    renderView({
      view: <RepChoosingMoments initiallyChosen={["longRepMonologue@15000"]} onToggle={onToggleMoment} />,
    });
    await screen.findByRole("heading", { name: "Key moments" });

    const boxes = screen.getAllByRole("checkbox", { name: "Discuss this" });
    expect(boxes).toHaveLength(6);
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(boxes[2]).toHaveAccessibleDescription("Lena Vos pushed back: “too expensive”.");

    await user.tab();
    expect(boxes[0]).toHaveFocus();
    await user.tab();
    await user.tab();
    expect(boxes[2]).toHaveFocus();
    await user.keyboard(" ");
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(boxes[0]).toHaveFocus();
    await user.keyboard(" ");

    expect(onToggleMoment.mock.calls).toEqual([
      ["customerObjection@94000", true],
      ["longRepMonologue@15000", false],
    ]);
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it("lists the moments without checkboxes when the rep cannot pick them here", async () => {
    await renderReady();

    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
    expect(momentItems()).toHaveLength(6);
  });

  it.each([
    ["notOrganizer", "Only the meeting organizer can read its transcript."],
    ["disabledByAdmin", "Your admin has turned off transcript access for apps."],
    ["noTranscript", "This meeting has no transcript."],
    ["notFound", "Teams no longer has this meeting's transcript."],
    ["forbidden", "Microsoft 365 didn't let Momentum read this transcript."],
    ["notTeamsMeeting", "This wasn't a Teams meeting, so there's no transcript."],
    ["loggedByHand", "Calls you log by hand have no transcript."],
  ] satisfies Array<[TranscriptUnavailableReason, string]>)(
    "says in one sentence when the transcript is out of reach (%s)",
    async (reason, sentence) => {
      renderView({ answer: { status: "unavailable", reason } });

      expect(await screen.findByText(sentence)).toBeInTheDocument();
      const section = screen.getByRole("region", { name: "From the transcript" });
      expect(plain(section.textContent)).toBe(`From the transcript${sentence}`);
      expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    },
  );

  it("explains a failure and reads again on Try again", async () => {
    const user = userEvent.setup();
    const { repository } = renderView({
      answer: new GraphRequestError("Graph is down", { kind: "unavailable", status: 503 }),
    });

    expect(await screen.findByText("Couldn't read the transcript")).toBeInTheDocument();
    expect(
      screen.getByText("Microsoft 365 isn't available right now. Try again in a few minutes."),
    ).toBeInTheDocument();

    repository.answer(call.id, { status: "available", vtt: SAMPLE_CALL_VTT });
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByRole("heading", { name: "From the transcript" })).toHaveFocus();

    expect(await screen.findByRole("heading", { name: "Key moments" })).toBeInTheDocument();
    expect(repository.requests).toHaveLength(2);
  });

  it("mentions discreetly that some lines could not be read", async () => {
    const broken = `${SAMPLE_CALL_VTT}\n00:07:00.000 --> 00:06:00.000\n<v Lena Vos>Backwards.</v>\n`;
    await renderReady({ answer: { status: "available", vtt: broken } });

    expect(screen.getByText("Some lines of the transcript couldn't be read.")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("says so when the transcript names no speakers", async () => {
    const anonymous = vttOf(
      SAMPLE_CALL_LINES.map(([start, end, , text]) => [start, end, null, text] as const),
    );
    renderView({ answer: { status: "available", vtt: anonymous } });
    expect(
      await screen.findByText(
        "The transcript doesn't say who spoke (speaker names may be turned off), so there are no talk figures.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("says so when the rep is not among the speakers", async () => {
    await renderReady({ repName: "Megan Bowen" });

    expect(
      screen.getByText(
        "Momentum couldn't find Megan Bowen among the speakers, so your own figures are missing.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText("Your share of talk time")).not.toBeInTheDocument();
  });

  it("speaks Dutch", async () => {
    await renderReady({ locale: "nl-NL" });

    expect(screen.getByRole("heading", { name: "Uit het transcript" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Gesprekscijfers" })).toBeInTheDocument();
    expect(screen.getByText("Jouw aandeel in de spreektijd").nextElementSibling).toHaveTextContent("49%");
    expect(
      screen.getByText(
        "Gewonnen gesprekken zitten rond 43% spreektijd voor de verkoper; boven 65% leveren gesprekken minder vaak iets op.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText("Lena Vos had een bezwaar: „too expensive”.")).toBeInTheDocument();
    expect(screen.getByText("Daan Visser (jij)")).toBeInTheDocument();
  });
});
