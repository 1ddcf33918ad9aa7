import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { type RetryableLazyComponent, retryableLazy } from "./retryable-lazy.tsx";
import { useLazyPopup } from "./use-lazy-popup.tsx";

interface NoteProps {
  readonly open: boolean;
  /** Asks to close as a press at `target` would. */
  readonly onOpenChange: (open: boolean, event?: { readonly target: EventTarget | null }) => void;
  readonly anchor: HTMLElement | null;
}

/** A popup that asks to close on any press outside it, as Fluent's do, the button included. */
function Note({ open, onOpenChange, anchor }: NoteProps) {
  if (!open) return null;
  return (
    <div role="note" aria-label={`anchored on ${anchor?.textContent ?? "nothing"}`}>
      <button type="button" onClick={() => onOpenChange(false, { target: anchor })}>
        Press on the button
      </button>
      <button type="button" onClick={(event) => onOpenChange(false, event)}>
        Press elsewhere
      </button>
    </div>
  );
}

/** A button that opens the note, the way the app's lazily loaded popups are opened. */
function Opener({ LazyNote }: { readonly LazyNote: RetryableLazyComponent<NoteProps> }) {
  const popup = useLazyPopup(LazyNote, <span data-testid="icon" />);
  return (
    <>
      <Button {...popup.triggerProps}>Notes</Button>
      <Suspense fallback={null}>
        {popup.mounted ? (
          <LazyNote open={popup.open} onOpenChange={popup.onPopupOpenChange} anchor={popup.anchor} />
        ) : null}
      </Suspense>
    </>
  );
}

const NoteWhenAsked = retryableLazy(async () => Note);

/** Just the button, counting its owner's renders. */
function CountedButton({ renders }: { readonly renders: { count: number } }) {
  renders.count += 1;
  const popup = useLazyPopup(NoteWhenAsked, <span />);
  return <Button {...popup.triggerProps}>Notes</Button>;
}

/** A popup's code that arrives when the test says, and how often it was asked for. */
function heldBackPopup() {
  const chunk = { fetches: 0, arrive: () => {} };
  const arrival = new Promise<void>((resolve) => {
    chunk.arrive = resolve;
  });
  const LazyNote = retryableLazy(async () => {
    chunk.fetches += 1;
    await arrival;
    return Note;
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <Opener LazyNote={LazyNote} />
    </FluentProvider>,
  );
  return { chunk, user: userEvent.setup() };
}

describe("useLazyPopup", () => {
  it("fetches the popup's code as the pointer comes to the button", async () => {
    const { chunk, user } = heldBackPopup();
    expect(chunk.fetches).toBe(0);
    await user.hover(screen.getByRole("button", { name: "Notes" }));
    expect(chunk.fetches).toBe(1);
  });

  it("fetches the popup's code as focus comes to the button", async () => {
    const { chunk, user } = heldBackPopup();
    await user.tab();
    expect(screen.getByRole("button", { name: "Notes" })).toHaveFocus();
    expect(chunk.fetches).toBe(1);
  });

  it("keeps the first press busy until the code arrives, then opens the popup on the button", async () => {
    const { chunk, user } = heldBackPopup();
    const button = screen.getByRole("button", { name: "Notes" });
    await user.click(button);
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(screen.queryByTestId("icon")).toBeNull();
    // Another press meanwhile changes nothing.
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "false");

    await act(async () => chunk.arrive());

    expect(await screen.findByRole("note", { name: "anchored on Notes" })).toBeVisible();
    expect(button).not.toHaveAttribute("aria-busy");
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByTestId("icon")).toBeInTheDocument();
  });

  it("leaves a press on the button to the button, and closes on a press elsewhere", async () => {
    const { chunk, user } = heldBackPopup();
    chunk.arrive();
    await user.click(screen.getByRole("button", { name: "Notes" }));
    await screen.findByRole("note");

    await user.click(screen.getByRole("button", { name: "Press on the button" }));
    expect(screen.getByRole("note")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Press elsewhere" }));
    expect(screen.queryByRole("note")).toBeNull();

    // Later presses toggle it at once.
    await user.click(screen.getByRole("button", { name: "Notes" }));
    expect(screen.getByRole("note")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Notes" }));
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("draws its button in one render, not a second for the anchor (each is paid for in a phone's start-up)", () => {
    const renders = { count: 0 };
    render(<CountedButton renders={renders} />);
    expect(renders.count).toBe(1);
  });
});
