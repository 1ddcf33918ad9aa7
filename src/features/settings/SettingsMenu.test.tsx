import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Fluent and the app's modules, loaded once for the file: each test's fresh copy (below) only re-evaluates them.
await Promise.all([
  import("../../i18n/index.ts"),
  import("./SettingsMenu.tsx"),
  import("./SettingsMenuList.tsx"),
  import("./ButtonHint.tsx"),
]);

/** The menu's chunk, held back until a test lets it arrive, and how often it was asked for. */
const menuChunk = { fetches: 0, arrival: Promise.resolve() };
/** The hint's chunk, likewise. */
const hintChunk = { fetches: 0, arrival: Promise.resolve() };

/** Holds a chunk back; the function returned lets it arrive. */
function holdBack(chunk: { arrival: Promise<void> }): () => Promise<void> {
  let arrive = () => {};
  chunk.arrival = new Promise((resolve) => {
    arrive = resolve;
  });
  return () => act(async () => arrive());
}

/**
 * The menu as the rep's home shows it, from freshly loaded modules: each test starts, as a page does, before the
 * menu's and the hint's code has been fetched.
 */
async function renderMenu() {
  vi.resetModules();
  vi.doMock("./SettingsMenuList.tsx", async (importOriginal) => {
    menuChunk.fetches += 1;
    await menuChunk.arrival;
    return importOriginal();
  });
  vi.doMock("./ButtonHint.tsx", async (importOriginal) => {
    hintChunk.fetches += 1;
    await hintChunk.arrival;
    return importOriginal();
  });
  const [{ I18nProvider }, { SettingsMenu }] = await Promise.all([
    import("../../i18n/index.ts"),
    import("./SettingsMenu.tsx"),
  ]);
  const onDeleteData = vi.fn<() => void>();
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale="en-US">
        <SettingsMenu onDeleteData={onDeleteData} />
      </I18nProvider>
    </FluentProvider>,
  );
  return { onDeleteData, user: userEvent.setup() };
}

const moreOptions = () => screen.getByRole("button", { name: "More options" });

beforeEach(() => {
  // jsdom lays nothing out, so every offsetParent is null, which Fluent's focus management (tabster) takes for
  // display: none: nothing in the menu could take focus.
  vi.spyOn(HTMLElement.prototype, "offsetParent", "get").mockImplementation(function (this: HTMLElement) {
    return this.parentElement;
  });
  vi.spyOn(document.body, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 1024, 768));
  for (const chunk of [menuChunk, hintChunk]) {
    chunk.fetches = 0;
    chunk.arrival = Promise.resolve();
  }
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// Each test loads the modules afresh: on a busy two-core machine that takes seconds.
describe("the rep's More options menu", { timeout: 20_000 }, () => {
  it("opens on the first press, although its code is fetched only on demand, with focus on its first item", async () => {
    const menuArrives = holdBack(menuChunk);
    const { user } = await renderMenu();
    const button = moreOptions();
    expect(button).toHaveAttribute("aria-haspopup", "menu");
    expect(menuChunk.fetches).toBe(0);

    await user.hover(button);
    expect(menuChunk.fetches).toBe(1);
    await user.click(button);
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("menu")).toBeNull();

    await menuArrives();

    const menu = await screen.findByRole("menu", { name: "More options" });
    await waitFor(() =>
      expect(within(menu).getByRole("menuitem", { name: "Delete my data…" })).toHaveFocus(),
    );
    // The very button pressed, not a second one drawn with the menu.
    expect(screen.getAllByRole("button", { name: "More options" })).toEqual([button]);
    expect(button).not.toHaveAttribute("aria-busy");
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(menuChunk.fetches).toBe(1);

    await user.click(button);
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it.each([
    ["ArrowDown", "{ArrowDown}"],
    ["Enter", "{Enter}"],
    ["Space", " "],
  ])(
    "fetches the menu on focus; %s opens it with focus on its first item, Escape closes it with focus back on the button",
    async (_key, keys) => {
      const { user } = await renderMenu();

      await user.tab();
      expect(moreOptions()).toHaveFocus();
      await waitFor(() => expect(menuChunk.fetches).toBe(1));
      await user.keyboard(keys);
      const menu = await screen.findByRole("menu", { name: "More options" });
      await waitFor(() =>
        expect(within(menu).getByRole("menuitem", { name: "Delete my data…" })).toHaveFocus(),
      );

      await user.keyboard("{Escape}");
      await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
      expect(moreOptions()).toHaveFocus();
      expect(moreOptions()).toHaveAttribute("aria-expanded", "false");
    },
  );

  it("asks to delete the rep's data from its item, and closes", async () => {
    const { onDeleteData, user } = await renderMenu();
    await user.click(moreOptions());
    await user.click(await screen.findByRole("menuitem", { name: "Delete my data…" }));

    expect(onDeleteData).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole("menu")).toBeNull());
  });

  it("shows Fluent's tooltip on the icon-only button while the pointer rests on it, and not while the menu is open", async () => {
    // The tooltip's delays on a clock the test moves itself (installed before Fluent reads it), which also runs on
    // its own for everything else.
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const hintArrives = holdBack(hintChunk);
    const { user } = await renderMenu();
    const button = moreOptions();
    expect(hintChunk.fetches).toBe(0);

    await user.hover(button);
    expect(hintChunk.fetches).toBe(1);
    await hintArrives();
    // The pointer that fetched the hint's code still rests on the button.
    expect(await screen.findByRole("tooltip")).toHaveTextContent("More options");

    const pointer = (enters: boolean) => {
      if (enters) fireEvent.pointerEnter(button);
      else fireEvent.pointerLeave(button);
      // Well past the tooltip's delays.
      act(() => vi.advanceTimersByTime(2_000));
    };
    pointer(false);
    expect(screen.queryByRole("tooltip")).toBeNull();
    pointer(true);
    expect(screen.getByRole("tooltip")).toHaveTextContent("More options");
    pointer(false);

    await user.click(button);
    await screen.findByRole("menu", { name: "More options" });
    pointer(true);
    expect(screen.queryByRole("tooltip")).toBeNull();
  });
});
