import { act, fireEvent, render, screen } from "@testing-library/react";
import { useRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { usePreloadOnApproach } from "./use-preload-on-approach.ts";

function List({ preload }: { readonly preload: () => void }) {
  const list = useRef<HTMLDivElement>(null);
  usePreloadOnApproach(list, preload);
  return (
    <div ref={list}>
      <button type="button">Flag</button>
    </div>
  );
}

describe("usePreloadOnApproach", () => {
  it("fetches nothing while the user has not reached for the element", () => {
    const preload = vi.fn();
    render(<List preload={preload} />);
    fireEvent.pointerOver(document.body);
    expect(preload).not.toHaveBeenCalled();
  });

  it("fetches once, when a pointer first comes over what is inside", () => {
    const preload = vi.fn();
    render(<List preload={preload} />);
    const button = screen.getByRole("button", { name: "Flag" });
    fireEvent.pointerOver(button);
    fireEvent.pointerOver(button);
    act(() => button.focus());
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it("fetches when focus enters from the keyboard, before any key that needs the code", () => {
    const preload = vi.fn();
    render(<List preload={preload} />);
    act(() => screen.getByRole("button", { name: "Flag" }).focus());
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it("stops listening when the element goes", () => {
    const preload = vi.fn();
    const { unmount } = render(<List preload={preload} />);
    const button = screen.getByRole("button", { name: "Flag" });
    unmount();
    fireEvent.pointerOver(button);
    expect(preload).not.toHaveBeenCalled();
  });
});
