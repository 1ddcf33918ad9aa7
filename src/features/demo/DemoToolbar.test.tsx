import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DemoAccount } from "../../auth/demo-accounts.ts";

// Fluent and the app's modules, loaded once for the file: each test's fresh copy (below) only re-evaluates them.
await Promise.all([
  import("../../app/AppRoot.tsx"),
  import("./DemoToolbar.tsx"),
  import("./DemoSettingsPopover.tsx"),
]);

/** The settings' chunk, held back until a test lets it arrive, and how often it was asked for. */
const settingsChunk = { fetches: 0, arrival: Promise.resolve() };

const rep: DemoAccount = { name: "Daan Visser", username: "daan.visser@contoso.example", role: "rep" };
const REVIEW_INVITE = {
  id: "AAMkReview1",
  subject: "Review: Fabrikam",
  start: new Date("2026-12-01T10:00:00Z"),
};
const manager: DemoAccount = {
  name: "Megan Bowen",
  username: "megan.bowen@contoso.example",
  role: "manager",
};

/**
 * The toolbar as the app shows it (the host's theme and language, the demo's sign-in), from freshly loaded
 * modules: each test starts, as a page does, before the settings' code has been fetched.
 */
async function renderToolbar() {
  vi.resetModules();
  vi.doMock("./DemoSettingsPopover.tsx", async (importOriginal) => {
    settingsChunk.fetches += 1;
    await settingsChunk.arrival;
    return importOriginal();
  });
  const [{ AppRoot, prepareAppRoot }, { createDemoHost }, { createDemoTokenProvider }, { DemoToolbar }] =
    await Promise.all([
      import("../../app/AppRoot.tsx"),
      import("../../hosts/demo.host.ts"),
      import("../../auth/demo.token-provider.ts"),
      import("./DemoToolbar.tsx"),
    ]);
  const host = createDemoHost(new URL("http://localhost:3000/?theme=light&lang=en"));
  const tokenProvider = createDemoTokenProvider([rep, manager]);
  await prepareAppRoot(host);
  render(
    <AppRoot host={host}>
      <DemoToolbar
        host={host}
        tokenProvider={tokenProvider}
        reviewInvites={{
          listInvites: async () => [REVIEW_INVITE],
          paneUrl: (eventId) => `http://localhost:3000/?pane=review&eventId=${eventId}`,
        }}
      />
    </AppRoot>,
  );
  return { host, tokenProvider, user: userEvent.setup() };
}

const toolbarButton = (name: string) => screen.getByRole("button", { name: `Demo tenant · ${name}` });

beforeEach(() => {
  // jsdom lays nothing out, so every offsetParent is null, which Fluent's focus management (tabster) takes for
  // display: none: nothing could take focus inside the settings.
  vi.spyOn(HTMLElement.prototype, "offsetParent", "get").mockImplementation(function (this: HTMLElement) {
    return this.parentElement;
  });
  vi.spyOn(document.body, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 1024, 768));
  sessionStorage.clear();
  settingsChunk.fetches = 0;
  settingsChunk.arrival = Promise.resolve();
});

afterEach(() => vi.restoreAllMocks());

// Each test loads the app's modules afresh, and the theme and language switch fetch their chunks: on a busy
// two-core machine that takes seconds.
describe("the demo toolbar", { timeout: 20_000 }, () => {
  it("opens its settings on the first press, although their code is fetched only on demand", async () => {
    let arrive = () => {};
    settingsChunk.arrival = new Promise((resolve) => {
      arrive = resolve;
    });
    const { user } = await renderToolbar();
    const button = toolbarButton("Daan Visser");
    expect(settingsChunk.fetches).toBe(0);

    await user.hover(button);
    expect(settingsChunk.fetches).toBe(1);
    await user.click(button);
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("dialog")).toBeNull();

    await act(async () => arrive());

    const settings = await screen.findByRole("dialog", { name: "Demo settings" });
    expect(within(settings).getByRole("combobox", { name: "Signed in as" })).toHaveFocus();
    expect(within(settings).getByRole("combobox", { name: "Theme" })).toBeVisible();
    expect(within(settings).getByRole("combobox", { name: "Language" })).toBeVisible();
    // The very button pressed, not a second one drawn with the settings (the rest of the page is hidden from
    // assistive technology while the settings are open, hence `hidden`).
    expect(screen.getAllByRole("button", { name: /^Demo tenant/, hidden: true })).toEqual([button]);
    expect(button).not.toHaveAttribute("aria-busy");
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(settingsChunk.fetches).toBe(1);
  });

  it("fetches the settings on focus; Enter opens them with focus inside, Escape closes them with focus back on the button", async () => {
    const { user } = await renderToolbar();

    await user.tab();
    expect(toolbarButton("Daan Visser")).toHaveFocus();
    await waitFor(() => expect(settingsChunk.fetches).toBe(1));
    await user.keyboard("{Enter}");
    const settings = await screen.findByRole("dialog", { name: "Demo settings" });
    expect(within(settings).getByRole("combobox", { name: "Signed in as" })).toHaveFocus();

    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(toolbarButton("Daan Visser")).toHaveFocus();
    expect(toolbarButton("Daan Visser")).toHaveAttribute("aria-expanded", "false");
  });

  it("switches the theme and the language live, as a host would", async () => {
    const { host, user } = await renderToolbar();
    await user.click(toolbarButton("Daan Visser"));
    const settings = await screen.findByRole("dialog", { name: "Demo settings" });

    await user.click(within(settings).getByRole("combobox", { name: "Theme" }));
    await user.click(screen.getByRole("option", { name: "Dark" }));
    expect(host.getContext().theme).toBe("dark");
    expect(within(settings).getByRole("combobox", { name: "Theme" })).toHaveTextContent("Dark");

    await user.click(within(settings).getByRole("combobox", { name: "Language" }));
    await user.click(screen.getByRole("option", { name: "Nederlands" }));
    expect(host.getContext().locale).toBe("nl");
    expect(
      await within(screen.getByRole("dialog", { name: "Demo-instellingen" })).findByRole("combobox", {
        name: "Taal",
      }),
    ).toHaveTextContent("Nederlands");
  });

  it("becomes the manager from the keyboard: the settings close, focus is on her button, and her review invites show", async () => {
    const { tokenProvider, user } = await renderToolbar();
    await user.click(toolbarButton("Daan Visser"));
    const settings = await screen.findByRole("dialog", { name: "Demo settings" });
    expect(within(settings).queryByRole("region", { name: "Review invites in your calendar" })).toBeNull();

    expect(within(settings).getByRole("combobox", { name: "Signed in as" })).toHaveFocus();
    await user.keyboard("{Enter}");
    await screen.findByRole("option", { name: "Megan Bowen (Manager)" });
    await user.keyboard("{ArrowDown}{Enter}");

    expect(tokenProvider.getAccount()).toEqual(manager);
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    const hersNow = await screen.findByRole("button", { name: "Demo tenant · Megan Bowen" });
    await waitFor(() => expect(hersNow).toHaveFocus());
    await user.click(hersNow);
    const hers = await screen.findByRole("dialog", { name: "Demo settings" });
    const invites = within(hers).getByRole("region", { name: "Review invites in your calendar" });
    expect(await within(invites).findByRole("link", { name: /^Review: Fabrikam, / })).toHaveAttribute(
      "href",
      "http://localhost:3000/?pane=review&eventId=AAMkReview1",
    );
  });
});
