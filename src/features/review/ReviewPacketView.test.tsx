import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildReviewPacket } from "../../domain/review/index.ts";
import { makeCallSelection, makeNotes, makePacketInput } from "../../domain/review/review.fixtures.ts";
import { I18nProvider } from "../../i18n/index.ts";
import { ReviewPacketView } from "./ReviewPacketView.tsx";

const MARKUP = "<b>bold</b><script>alert(1)</script>";

function renderPacket(locale = "en-US") {
  const id = "AAMkADk0ZWQ5ZTEx=";
  const packet = buildReviewPacket(
    makePacketInput({
      calls: [
        makeCallSelection(id, {
          notes: makeNotes(id, { flagNote: { value: MARKUP, at: "2026-11-18T13:02:11.504Z" } }),
        }),
        makeCallSelection("second", { insights: null, moments: [], includedReflection: [] }),
      ],
    }),
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale} timeZone="Europe/Amsterdam">
        <ReviewPacketView packet={packet} />
      </I18nProvider>
    </FluentProvider>,
  );
}

describe("ReviewPacketView", () => {
  it("shows each call with the rep's note, reframe, shared answers, key moments with their lines, and figures", () => {
    renderPacket();
    const packet = screen.getByRole("region", { name: "From Daan Visser" });
    const [first, second] = within(packet)
      .getAllByRole("listitem")
      .filter((item) => item.querySelector("h4"));
    if (!first || !second) throw new Error("Two calls");

    expect(
      within(first).getByRole("heading", { level: 4, name: "Discovery call Fabrikam" }),
    ).toBeInTheDocument();
    expect(within(first).getByText(MARKUP)).toBeInTheDocument();
    expect(first.querySelector("script, b")).toBeNull();
    expect(
      within(first).getByText("Is it permanent? No, because No: next quarter their budget opens again"),
    ).toBeInTheDocument();
    expect(within(first).getByText("What happened?")).toBeInTheDocument();
    expect(within(first).getByText("I pitched before they told me their problem")).toBeInTheDocument();
    expect(within(first).queryByText("Yes, in minute 2")).not.toBeInTheDocument();
    expect(
      within(first).getByRole("heading", { name: "What Daan Visser wants to discuss" }),
    ).toBeInTheDocument();
    expect(
      within(first).getByText("How do I hold the price until they have told their story?"),
    ).toBeInTheDocument();
    const lines = within(first).getByRole("list", { name: "Transcript lines around 0:00" });
    expect(
      within(lines)
        .getAllByRole("listitem")
        .map((line) => line.textContent),
    ).toEqual([
      "0:00 Daan Visser: Our licence is 40 euro per user per month.",
      "0:10 Lena Vos: We are not there yet; we are still looking at what we need.",
    ]);
    expect(within(first).getByText("Questions Daan Visser asked")).toBeInTheDocument();

    expect(within(second).getByText("No key moments included.")).toBeInTheDocument();
    expect(within(second).getByText("No transcript figures for this call.")).toBeInTheDocument();
  });

  it("speaks Dutch", () => {
    renderPacket("nl-NL");
    expect(screen.getByRole("region", { name: "Van Daan Visser" })).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { name: "Belangrijke momenten" })).toHaveLength(2);
  });
});
