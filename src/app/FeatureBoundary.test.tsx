import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { I18nProvider } from "../i18n/index.ts";
import { FeatureBoundary } from "./FeatureBoundary.tsx";

/** What the user wrote, as a failing feature's error might quote it. */
const USER_TEXT = "Lena said the budget is gone until March";

/** A feature that throws while it renders as long as `fault.on`, quoting the user in its error. */
const fault = { on: true };
function FaultyReflect() {
  if (fault.on) throw new TypeError(`Cannot read the reframe of "${USER_TEXT}"`);
  return <p>Reflect is back</p>;
}

/** A feature that keeps working: a counter the user can press. */
function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {`Pressed ${count} times`}
    </button>
  );
}

function sideBySide(locale = "en-US") {
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale}>
        <section aria-label="calls side">
          <FeatureBoundary feature="feature.calls">
            <Counter />
          </FeatureBoundary>
        </section>
        <section aria-label="reflect side">
          <FeatureBoundary feature="feature.reflect">
            <FaultyReflect />
          </FeatureBoundary>
        </section>
      </I18nProvider>
    </FluentProvider>
  );
}

function renderSideBySide(locale = "en-US") {
  return render(sideBySide(locale));
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  fault.on = true;
  // React reports every caught render error through console.error in development; collected, not printed.
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());

// userEvent on a busy two-core machine.
describe("a feature's error boundary", { timeout: 20_000 }, () => {
  it("shows a plain sentence and a retry in place of the failing feature, while the other keeps working", async () => {
    renderSideBySide();
    const reflect = screen.getByRole("region", { name: "reflect side" });

    expect(within(reflect).getByText("Something went wrong in Reflect")).toBeInTheDocument();
    expect(
      within(reflect).getByText("The rest of Momentum still works. Your saved notes are safe."),
    ).toBeInTheDocument();
    expect(within(reflect).getByRole("button", { name: "Reload this part" })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Pressed 0 times" }));
    expect(screen.getByRole("button", { name: "Pressed 1 times" })).toBeInTheDocument();
  });

  it("never shows the error's message or stack", () => {
    const { container } = renderSideBySide();

    expect(container.textContent).not.toContain(USER_TEXT);
    expect(container.textContent).not.toMatch(/TypeError|at FaultyReflect|\.tsx/);
  });

  it("reports the failure without what the user wrote", () => {
    renderSideBySide();

    expect(consoleError).toHaveBeenCalledWith("Momentum: feature.reflect failed (TypeError)");
    const ours = consoleError.mock.calls.filter(([first]) => String(first).startsWith("Momentum:"));
    expect(JSON.stringify(ours)).not.toContain(USER_TEXT);
  });

  it("shows the feature again when the retry is pressed after the fault has cleared", async () => {
    renderSideBySide();
    await userEvent.click(screen.getByRole("button", { name: "Pressed 0 times" }));

    fault.on = false;
    await userEvent.click(screen.getByRole("button", { name: "Reload this part" }));

    expect(screen.getByText("Reflect is back")).toBeInTheDocument();
    expect(screen.queryByText("Something went wrong in Reflect")).not.toBeInTheDocument();
    // The neighbour was never remounted: what the user did there stays.
    expect(screen.getByRole("button", { name: "Pressed 1 times" })).toBeInTheDocument();
  });

  it("stays in place, with its retry, while the fault persists", async () => {
    renderSideBySide();

    await userEvent.click(screen.getByRole("button", { name: "Reload this part" }));

    expect(screen.getByText("Something went wrong in Reflect")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload this part" })).toBeInTheDocument();
  });

  it("announces a failure to screen readers", async () => {
    fault.on = false;
    const view = renderSideBySide();
    expect(screen.getByText("Reflect is back")).toBeInTheDocument();

    // Fluent writes its live region with innerText, which jsdom lacks: here it is textContent, as in a browser.
    Object.defineProperty(HTMLElement.prototype, "innerText", {
      configurable: true,
      set(this: HTMLElement, text: string) {
        this.textContent = text;
      },
    });
    fault.on = true;
    view.rerender(sideBySide());

    await waitFor(() =>
      expect(
        [...document.querySelectorAll("[aria-live]")].map((region) => region.textContent).join(" "),
      ).toContain("Something went wrong in Reflect"),
    );
    Reflect.deleteProperty(HTMLElement.prototype, "innerText");
  });

  it("speaks the user's language", () => {
    renderSideBySide("nl-NL");

    expect(screen.getByText("Er is iets misgegaan in Reflecteren")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Dit onderdeel opnieuw laden" })).toBeInTheDocument();
  });
});
