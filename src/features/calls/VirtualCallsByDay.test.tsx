import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeCall } from "../../domain/calls/call.fixtures.ts";
import type { Call } from "../../domain/calls/call.ts";
import { I18nProvider } from "../../i18n/index.ts";
import { CallsByDay, VIRTUAL_LIST_FROM } from "./CallsByDay.tsx";

const NOW = new Date("2026-11-20T17:00:00Z");
/** What each line measures; jsdom lays nothing out, so the test gives every line this height. */
const LINE_PX = 50;
const CALLS_PER_DAY = 20;

/** 100 calls, 20 a day over five days, newest first; the list shows about 16 lines of a 768-pixel window. */
const CALLS: Call[] = Array.from({ length: 100 }, (_, index) => {
  const start = new Date(
    NOW.getTime() - (Math.floor(index / CALLS_PER_DAY) * 24 + 1) * 3_600_000 - index * 60_000,
  );
  return makeCall({
    id: `call-${index}`,
    subject: `Call ${index}`,
    start,
    end: new Date(start.getTime() + 30 * 60_000),
  });
});

/** Renders the list and waits for the virtualizer's code, which is fetched for a long list only. */
async function renderList(calls: readonly Call[]) {
  const rendered = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale="en-US" timeZone="Europe/Amsterdam">
        <CallsByDay
          calls={calls}
          transcripts={new Map()}
          transcriptsPending={false}
          rowShortcuts={{ keys: "F", hint: "Press F to flag", onKeyDown: () => {} }}
        />
      </I18nProvider>
    </FluentProvider>,
  );
  // The virtual list is a chunk of its own: its rows come once it has arrived.
  await screen.findAllByRole("listitem");
  return rendered;
}

function scrollWindowTo(y: number) {
  act(() => {
    Object.defineProperty(window, "scrollY", { configurable: true, value: y });
    fireEvent.scroll(window);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(LINE_PX);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Object.defineProperty(window, "scrollY", { configurable: true, value: 0 });
});

// Generous: the first render loads Fluent's styles, slow on a busy two-core machine.
describe("a long calls list", { timeout: 20_000 }, () => {
  it("renders only the rows around the view, under their day's heading, each saying its place in the day", async () => {
    expect(CALLS.length).toBeGreaterThanOrEqual(VIRTUAL_LIST_FROM);
    await renderList(CALLS);

    const rows = screen.getAllByRole("listitem");
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(40);
    const today = screen.getByRole("region", { name: "Today" });
    expect(within(today).getByText("20 calls")).toBeInTheDocument();
    expect(within(today).getAllByRole("listitem")[0]).toHaveAttribute("aria-posinset", "1");
    expect(within(today).getAllByRole("listitem")[0]).toHaveAttribute("aria-setsize", "20");
  });

  it("shows the rows at the scroll position, with the heading of their day though it scrolled away", async () => {
    await renderList(CALLS);

    // Line 60 of 105 (five headings): the 16th call of the third day.
    scrollWindowTo(60 * LINE_PX);

    expect(screen.queryByText("Call 0")).not.toBeInTheDocument();
    const row = screen.getByText("Call 55").closest("li");
    expect(row).toHaveAttribute("aria-posinset", "16");
    const headings = screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toContain("Wednesday, November 18");
  });

  it("keeps the focused row while it scrolls out of view, so the keyboard user's place is not lost", async () => {
    await renderList(CALLS);
    const first = screen.getByText("Call 0").closest("li");
    act(() => first?.focus());
    expect(first).toHaveFocus();

    scrollWindowTo(80 * LINE_PX);

    expect(screen.getByText("Call 75")).toBeInTheDocument();
    expect(screen.getByText("Call 0").closest("li")).toHaveFocus();
    expect(screen.queryByText("Call 1")).not.toBeInTheDocument();
  });

  it("renders a short list whole", async () => {
    await renderList(CALLS.slice(0, VIRTUAL_LIST_FROM - 1));

    expect(screen.getAllByRole("listitem")).toHaveLength(VIRTUAL_LIST_FROM - 1);
  });
});
