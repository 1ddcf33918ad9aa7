import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LOADING_INDICATOR_DELAY_MS, useLongWait } from "./use-long-wait.ts";

describe("useLongWait", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("turns true once a wait has lasted the delay, and false when it ends", () => {
    const { result, rerender } = renderHook(({ waiting }) => useLongWait(waiting), {
      initialProps: { waiting: true },
    });
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS - 1));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);

    rerender({ waiting: false });
    expect(result.current).toBe(false);
  });

  it("starts each wait unmarked, however long the one before it lasted", () => {
    const { result, rerender } = renderHook(({ waiting }) => useLongWait(waiting), {
      initialProps: { waiting: true },
    });
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS));
    rerender({ waiting: false });
    rerender({ waiting: true });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS));
    expect(result.current).toBe(true);
  });

  it("never marks a wait that is not one", () => {
    const { result } = renderHook(() => useLongWait(false));
    act(() => vi.advanceTimersByTime(LOADING_INDICATOR_DELAY_MS * 2));
    expect(result.current).toBe(false);
  });
});
