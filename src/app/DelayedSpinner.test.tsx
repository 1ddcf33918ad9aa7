import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { type ReactElement, useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DelayedSpinner } from "./DelayedSpinner.tsx";
import { LOADING_INDICATOR_DELAY_MS } from "./use-long-wait.ts";

function Loading({ done }: { readonly done: boolean }) {
  return done ? <p>Your calls</p> : <DelayedSpinner label="Loading your calls…" />;
}

/** A wait whose spinner renders again (with a new label) before its delay is up. */
function RerenderedLoading() {
  const [count, setCount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        Render again
      </button>
      <DelayedSpinner label={`Loading (${count})`} />
    </>
  );
}

function renderInFluent(ui: ReactElement) {
  const rendered = render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
  return {
    rerender: (next: ReactElement) =>
      rendered.rerender(<FluentProvider theme={webLightTheme}>{next}</FluentProvider>),
  };
}

describe("DelayedSpinner", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows nothing for a wait that ends within the delay, so a quick load never flashes a spinner", () => {
    const { rerender } = renderInFluent(<Loading done={false} />);
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS - 1));
    expect(screen.queryByRole("progressbar")).toBeNull();

    rerender(<Loading done />);
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText("Your calls")).toBeInTheDocument();
  });

  it("shows the spinner, with its label, once the wait has lasted the delay", () => {
    renderInFluent(<Loading done={false} />);
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS));
    expect(screen.getByRole("progressbar", { name: "Loading your calls…" })).toBeInTheDocument();
  });

  it("counts the delay from when the wait began, not from the latest render", () => {
    renderInFluent(<RerenderedLoading />);
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS / 2));
    act(() => screen.getByRole("button").click());
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS / 2));
    expect(screen.getByRole("progressbar", { name: "Loading (1)" })).toBeInTheDocument();
  });
});
