import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createStore, type StoreApi } from "zustand/vanilla";
import { useStoreInTransition } from "./use-store-in-transition.ts";

interface Counter {
  readonly count: number;
  readonly other: string;
}

const counterStore = (count: number) => createStore<Counter>()(() => ({ count, other: "a" }));

let renders = 0;
function Count({ store }: { readonly store: StoreApi<Counter> }) {
  renders++;
  const count = useStoreInTransition(store, (state) => state.count);
  return <output>{count}</output>;
}

interface Ticked {
  readonly ticked: boolean;
}

/** A checkbox bound to the store, as the app's "Discuss this" boxes are. */
function TickBox({ store }: { readonly store: StoreApi<Ticked> }) {
  const ticked = useStoreInTransition(store, (state) => state.ticked);
  return (
    <input
      type="checkbox"
      aria-label="Discuss this"
      checked={ticked}
      onChange={(event) => store.setState({ ticked: event.target.checked })}
    />
  );
}

/** Renders after `Count`, and changes the store before `Count` has subscribed to it. */
function SetsCountWhileRendering({
  store,
  count,
}: {
  readonly store: StoreApi<Counter>;
  readonly count: number;
}) {
  store.setState({ count });
  return null;
}

describe("useStoreInTransition", () => {
  it("shows the store's value, and each change once it has rendered", async () => {
    const store = counterStore(1);
    render(<Count store={store} />);
    expect(screen.getByRole("status")).toHaveTextContent("1");

    await act(async () => store.setState({ count: 2 }));
    expect(screen.getByRole("status")).toHaveTextContent("2");
  });

  it("shows a change made between the first render and its subscription", async () => {
    const store = counterStore(1);
    await act(async () => {
      render(
        <>
          <Count store={store} />
          <SetsCountWhileRendering store={store} count={5} />
        </>,
      );
    });
    expect(screen.getByRole("status")).toHaveTextContent("5");
  });

  it("does not render again for a change outside the selected slice", async () => {
    const store = counterStore(1);
    render(<Count store={store} />);
    const before = renders;
    await act(async () => store.setState({ other: "b" }));
    expect(renders).toBe(before);
  });

  it("shows a change made while a person clicks at once, so a box bound to the store does not spring back", async () => {
    const store = createStore<Ticked>()(() => ({ ticked: false }));
    render(<TickBox store={store} />);
    const box = screen.getByRole("checkbox", { name: "Discuss this" });
    // Not through testing-library's act(), which would also wait for a transition: as the browser does it.
    box.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(box).toBeChecked();
    await act(async () => {});
    expect(box).toBeChecked();
  });

  it("reads another store at once, never showing the previous store's value", () => {
    const { rerender } = render(<Count store={counterStore(1)} />);
    rerender(<Count store={counterStore(7)} />);
    expect(screen.getByRole("status")).toHaveTextContent("7");
  });
});
