import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider, useI18n } from "./I18nProvider.tsx";

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
