import { afterEach, describe, expect, it, vi } from "vitest";
import { type HostContext, HostInitializationError } from "./host.ts";
import { createTeamsHost, themeFromTeams } from "./teams.host.ts";

const teams = vi.hoisted(() => ({
  initialize: vi.fn<() => Promise<void>>(),
  getContext: vi.fn<() => Promise<{ app: { theme: string; locale: string } }>>(),
  registerOnThemeChangeHandler: vi.fn<(handler: (theme: string) => void) => void>(),
}));

vi.mock("@microsoft/teams-js", () => ({ app: teams }));

afterEach(() => {
  vi.useRealTimers();
  vi.resetAllMocks();
});

function inTeams(theme: string, locale: string) {
  teams.initialize.mockResolvedValue();
  teams.getContext.mockResolvedValue({ app: { theme, locale } });
}

describe("the Teams host", () => {
  it("gives up with notInTeams when Teams does not answer within the timeout", async () => {
    vi.useFakeTimers();
    teams.initialize.mockReturnValue(new Promise(() => {}));

    const starting = createTeamsHost();
    const outcome = expect(starting).rejects.toMatchObject({ host: "teams", reason: "notInTeams" });
    await vi.advanceTimersByTimeAsync(5_000);

    await outcome;
    await expect(starting).rejects.toBeInstanceOf(HostInitializationError);
  });

  it("reports notInTeams when teams-js refuses to initialize", async () => {
    teams.initialize.mockRejectedValue(new Error("No Parent window found"));

    await expect(createTeamsHost()).rejects.toMatchObject({ host: "teams", reason: "notInTeams" });
  });

  it.each([
    ["default", "light"],
    ["dark", "dark"],
    ["contrast", "highContrast"],
    ["glass", "light"],
  ])("renders the Teams theme %s as %s", (teamsTheme, theme) => {
    expect(themeFromTeams(teamsTheme)).toBe(theme);
  });

  it("starts in the theme and locale of the Teams context, with nested app authentication", async () => {
    inTeams("contrast", "nl-nl");

    const host = await createTeamsHost();

    expect(host.kind).toBe("teams");
    expect(host.supportsNestedAppAuth).toBe(true);
    expect(host.getContext()).toEqual({ theme: "highContrast", locale: "nl-nl" });
  });

  it("passes a theme switch in Teams on to listeners", async () => {
    inTeams("default", "en-us");
    const host = await createTeamsHost();
    const seen: HostContext[] = [];
    host.onContextChange((context) => seen.push(context));

    const onThemeChange = teams.registerOnThemeChangeHandler.mock.calls[0]?.[0];
    onThemeChange?.("dark");

    expect(seen).toEqual([{ theme: "dark", locale: "en-us" }]);
    expect(host.getContext().theme).toBe("dark");
  });
});
