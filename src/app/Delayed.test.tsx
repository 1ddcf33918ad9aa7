import { act, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Delayed } from "./Delayed.tsx";
import { LOADING_INDICATOR_DELAY_MS } from "./use-long-wait.ts";

function Loading({ done }: { readonly done: boolean }) {
  return done ? <p>Your calls</p> : <Delayed>Loading your calls…</Delayed>;
}

/** A wait whose indicator renders again (with a new count) before its delay is up. */
function RerenderedLoading() {
  const [count, setCount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        Render again
      </button>
      <Delayed>Loading ({count})</Delayed>
    </>
  );
}

describe("Delayed", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows nothing for a wait that ends within the delay, so a quick load never flashes a spinner", () => {
    const { rerender } = render(<Loading done={false} />);
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS - 1));
    expect(screen.queryByText("Loading your calls…")).toBeNull();

    rerender(<Loading done />);
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS));
    expect(screen.queryByText("Loading your calls…")).toBeNull();
    expect(screen.getByText("Your calls")).toBeInTheDocument();
  });

  it("shows the indicator once the wait has lasted the delay", () => {
    render(<Loading done={false} />);
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS));
    expect(screen.getByText("Loading your calls…")).toBeInTheDocument();
  });

  it("counts the delay from when the wait began, not from the latest render", () => {
    render(<RerenderedLoading />);
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS / 2));
    act(() => screen.getByRole("button").click());
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS / 2));
    expect(screen.getByText("Loading (1)")).toBeInTheDocument();
  });
});
