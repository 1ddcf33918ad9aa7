import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { act, render, screen, waitFor } from "@testing-library/react";
import { useEffect } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Host, HostContext } from "../hosts/host.ts";
import { createHostContextStore } from "../hosts/host-context-store.ts";
import { themeFromOffice } from "../hosts/outlook.host.ts";
import { createTeamsHost } from "../hosts/teams.host.ts";
import { useI18n } from "../i18n/index.ts";
import { AppRoot } from "./AppRoot.tsx";
import { fluentThemeNameFor, loadFluentTheme } from "./fluent-theme.ts";

const teams = vi.hoisted(() => ({
  initialize: vi.fn<() => Promise<void>>(),
  getContext: vi.fn<() => Promise<{ app: { theme: string; locale: string } }>>(),
  registerOnThemeChangeHandler: vi.fn<(handler: (theme: string) => void) => void>(),
}));
vi.mock("@microsoft/teams-js", () => ({ app: teams }));

afterEach(() => vi.resetAllMocks());

/** Something of the app that stays mounted, to tell a re-render from a reload (which would mount it again). */
let mounts = 0;
function Screen() {
  const { t } = useI18n();
  useEffect(() => {
    mounts++;
  }, []);
  return (
    <>
      <p>{t("app.title")}</p>
      <p>{t("common.tryAgain")}</p>
    </>
  );
}

/** Starts the app as `bootstrap` does: the first theme is loaded before the first render. */
async function renderApp(host: Host) {
  await loadFluentTheme(fluentThemeNameFor(host.kind, host.getContext().theme));
  mounts = 0;
  render(
    <AppRoot host={host}>
      <Screen />
    </AppRoot>,
  );
}

/**
 * Waits until the app is painted with `expected` as its page background; a theme not shown before is fetched first,
 * and the one before stays until it has arrived.
 */
function backgroundBecomes(expected: string): Promise<void> {
  return waitFor(() => expect(background()).toBe(expected));
}

/** The page background the app is painted with, as Fluent's provider sets it. */
function background(): string {
  const provider = screen.getByText("Momentum").closest<HTMLElement>(".fui-FluentProvider");
  if (!provider) throw new Error("The app is not inside a FluentProvider");
  return getComputedStyle(provider).getPropertyValue("--colorNeutralBackground1");
}

// Fetching each theme chunk on a busy two-core machine.
describe("the theme, followed live as the user switches it in the host", { timeout: 20_000 }, () => {
  it("switches between Teams' light, dark and high-contrast themes without a reload", async () => {
    teams.initialize.mockResolvedValue();
    teams.getContext.mockResolvedValue({ app: { theme: "default", locale: "en-US" } });
    const host = await createTeamsHost();
    const switchTeamsTheme = teams.registerOnThemeChangeHandler.mock.calls[0]?.[0];
    if (!switchTeamsTheme) throw new Error("The Teams host does not listen for theme changes");
    await renderApp(host);
    await backgroundBecomes(teamsLightTheme.colorNeutralBackground1);

    act(() => switchTeamsTheme("dark"));
    await backgroundBecomes(teamsDarkTheme.colorNeutralBackground1);

    act(() => switchTeamsTheme("contrast"));
    await backgroundBecomes(teamsHighContrastTheme.colorNeutralBackground1);

    act(() => switchTeamsTheme("default"));
    await backgroundBecomes(teamsLightTheme.colorNeutralBackground1);
    expect(mounts).toBe(1);
  });

  it("follows the Office theme's body colour from light to dark and back", async () => {
    // What the Outlook host does with each OfficeThemeChanged event (see outlook.host.test.ts for the event).
    const store = createHostContextStore({
      theme: themeFromOffice({ bodyBackgroundColor: "#ffffff" } as Office.OfficeTheme),
      locale: "en-US",
    });
    const officeThemeChanged = (bodyBackgroundColor: string) =>
      act(() => store.update({ theme: themeFromOffice({ bodyBackgroundColor } as Office.OfficeTheme) }));
    await renderApp(hostOn("outlook", store));
    await backgroundBecomes(webLightTheme.colorNeutralBackground1);

    officeThemeChanged("#1f1f1f");
    await backgroundBecomes(webDarkTheme.colorNeutralBackground1);

    officeThemeChanged("#fafafa");
    await backgroundBecomes(webLightTheme.colorNeutralBackground1);
    expect(mounts).toBe(1);
  });

  it("switches the language live as well", async () => {
    const store = createHostContextStore({ theme: "light", locale: "en-US" });
    await renderApp(hostOn("demo", store));
    expect(screen.getByText("Try again")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");

    act(() => store.update({ locale: "nl-NL" }));

    expect(await screen.findByText("Opnieuw proberen")).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("nl");
    expect(mounts).toBe(1);
  });
});

function hostOn(kind: Host["kind"], store: ReturnType<typeof createHostContextStore>): Host {
  return {
    kind,
    supportsNestedAppAuth: false,
    getContext: (): HostContext => store.get(),
    onContextChange: store.subscribe,
  };
}
