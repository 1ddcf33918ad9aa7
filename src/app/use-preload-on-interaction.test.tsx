import { fireEvent, render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { usePreloadOnInteraction } from "./use-preload-on-interaction.ts";

function Page({ preload, ready }: { readonly preload: () => void; readonly ready: boolean }) {
  usePreloadOnInteraction(preload, ready);
  return <button type="button">Flag</button>;
}

describe("preloading on the first interaction", () => {
  it("waits for the person, not for the page: nothing is fetched while nobody touches it", () => {
    const preload = vi.fn();
    render(<Page preload={preload} ready />);
    expect(preload).not.toHaveBeenCalled();
  });

  it.each([
    ["points at it", (button: HTMLElement) => fireEvent.pointerOver(button)],
    ["touches it", (button: HTMLElement) => fireEvent.touchStart(button)],
    ["scrolls", () => fireEvent.scroll(window)],
    ["presses a key", (button: HTMLElement) => fireEvent.keyDown(button, { key: "Tab" })],
    ["moves focus", (button: HTMLElement) => fireEvent.focusIn(button)],
  ])("fetches once the person %s, and only once", (_, interact) => {
    const preload = vi.fn();
    const { getByRole } = render(<Page preload={preload} ready />);
    interact(getByRole("button"));
    interact(getByRole("button"));
    fireEvent.pointerDown(getByRole("button"));
    expect(preload).toHaveBeenCalledOnce();
  });

  it("counts an event an element keeps to itself", () => {
    const preload = vi.fn();
    const { getByRole } = render(<Page preload={preload} ready />);
    getByRole("button").addEventListener("keydown", (event) => event.stopPropagation());
    fireEvent.keyDown(getByRole("button"), { key: "Enter" });
    expect(preload).toHaveBeenCalledOnce();
  });

  it("ignores interactions before the screen is ready, and listens from then on", () => {
    const preload = vi.fn();
    const { getByRole, rerender } = render(<Page preload={preload} ready={false} />);
    fireEvent.pointerOver(getByRole("button"));
    expect(preload).not.toHaveBeenCalled();

    rerender(<Page preload={preload} ready />);
    fireEvent.pointerOver(getByRole("button"));
    expect(preload).toHaveBeenCalledOnce();
  });

  it("stops listening when the screen goes away", () => {
    const preload = vi.fn();
    const { getByRole, unmount } = render(<Page preload={preload} ready />);
    const button = getByRole("button");
    unmount();
    fireEvent.pointerOver(document.body);
    fireEvent.keyDown(button, { key: "Tab" });
    expect(preload).not.toHaveBeenCalled();
  });
});
