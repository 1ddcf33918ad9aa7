import { act, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithStores } from "./notes.test-harness.tsx";
import { SaveStatusIndicator } from "./SaveStatusIndicator.tsx";

/** The visible status; a screen reader's copy sits in the live region. */
const shown = (text: string) => screen.getByText(text, { ignore: "[role=status]" });

const WAITING = "Waiting for the network — your changes are kept on this device";

describe("SaveStatusIndicator", () => {
  it.each([
    ["saved", "All changes saved"],
    ["saving", "Saving…"],
    ["waitingForNetwork", WAITING],
  ] as const)("says %s honestly", (saveStatus, text) => {
    renderWithStores(<SaveStatusIndicator />, { notes: { saveStatus } });
    expect(shown(text)).toBeVisible();
  });

  it("says why saving failed", () => {
    renderWithStores(<SaveStatusIndicator />, {
      notes: { saveStatus: "failed", error: Object.assign(new Error("403"), { kind: "forbidden" }) },
    });
    expect(
      shown(
        "Couldn't save: You don't have permission to see this. Your admin may need to grant Momentum access.",
      ),
    ).toBeVisible();
  });

  it("says saving is paused while the stored notes cannot be read", () => {
    renderWithStores(<SaveStatusIndicator />, {
      notes: { saveStatus: "failed", invalidDocument: { reason: "schemaVersion 9 is newer" } },
    });
    expect(shown("Couldn't save: editing is paused because your saved notes couldn't be read")).toBeVisible();
  });

  it("tells a screen reader when saving is in trouble or safe again, not every Saving…", () => {
    const { notesStore } = renderWithStores(<SaveStatusIndicator />);
    const live = screen.getByRole("status");
    expect(live).toHaveTextContent("All changes saved");

    act(() => notesStore.setState({ saveStatus: "saving" }));
    expect(shown("Saving…")).toBeVisible();
    expect(live).toHaveTextContent("All changes saved");

    act(() => notesStore.setState({ saveStatus: "waitingForNetwork" }));
    expect(live).toHaveTextContent(WAITING);

    act(() => notesStore.setState({ saveStatus: "saving" }));
    expect(live).toHaveTextContent(WAITING);

    act(() => notesStore.setState({ saveStatus: "saved" }));
    expect(live).toHaveTextContent("All changes saved");
  });

  it("speaks Dutch", () => {
    renderWithStores(<SaveStatusIndicator />, {
      locale: "nl-NL",
      notes: { saveStatus: "waitingForNetwork" },
    });
    expect(shown("Wachten op het netwerk — je wijzigingen blijven bewaard op dit apparaat")).toBeVisible();
  });
});
