import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { FetchedI18nProvider, I18nProvider, useI18n } from "./I18nProvider.tsx";
import { loadCatalog } from "./load-catalog.ts";

function Greeting() {
  const { t, language, formatTime } = useI18n();
  return (
    <p lang={language}>
      {t("demo.signedInAs", { name: "Sanne" })} · {formatTime(new Date("2026-11-20T13:30:00Z"))}
    </p>
  );
}

describe("I18nProvider", () => {
  it("gives components the host's language and the given time zone", () => {
    const { rerender } = render(
      <I18nProvider locale="nl-BE" timeZone="Europe/Brussels">
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText("Aangemeld als Sanne · 14:30")).toHaveAttribute("lang", "nl");

    rerender(
      <I18nProvider locale="en-GB" timeZone="Europe/London">
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText("Signed in as Sanne · 13:30")).toHaveAttribute("lang", "en");
  });

  it("tells a developer who forgot the provider", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => render(<Greeting />)).toThrow(/I18nProvider/);
    vi.restoreAllMocks();
  });
});

// In this order: the first test needs Dutch not fetched yet (the catalogs are kept per page).
describe("FetchedI18nProvider", () => {
  it("keeps the language shown until the one switched to has arrived, then speaks it", async () => {
    const { rerender } = render(
      <FetchedI18nProvider locale="en-GB" timeZone="Europe/London">
        <Greeting />
      </FetchedI18nProvider>,
    );
    expect(screen.getByText("Signed in as Sanne · 13:30")).toHaveAttribute("lang", "en");

    rerender(
      <FetchedI18nProvider locale="nl-BE" timeZone="Europe/Brussels">
        <Greeting />
      </FetchedI18nProvider>,
    );
    // English words, formatted in English, until the Dutch catalog is there: never a mix of the two.
    expect(screen.getByText(/^Signed in as Sanne · 2:30\sPM$/)).toHaveAttribute("lang", "en");
    expect(await screen.findByText("Aangemeld als Sanne · 14:30")).toHaveAttribute("lang", "nl");
  });

  it("speaks a language fetched before the first render from the first paint", async () => {
    await loadCatalog("nl");
    render(
      <FetchedI18nProvider locale="nl-NL" timeZone="Europe/Amsterdam">
        <Greeting />
      </FetchedI18nProvider>,
    );
    expect(screen.getByText("Aangemeld als Sanne · 14:30")).toHaveAttribute("lang", "nl");
  });
});
