// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Host, HostContext } from "./host.ts";
import { type FakeMedia, installFakeMatchMedia } from "./match-media.fake.ts";
import { FORCED_COLORS_QUERY, PREFERS_DARK_QUERY } from "./system-theme.ts";

const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

type ThemeChangedHandler = (event: { officeTheme: { bodyBackgroundColor: string } }) => void;

/** The slice of Office.js the Outlook host touches, as a script load would leave it on `window`. */
function fakeOffice(options: {
  host?: string | null;
  bodyBackgroundColor?: string;
  mailbox114?: boolean;
  ready?: Promise<unknown>;
  item?: Record<string, unknown>;
}) {
  const themeHandlers: ThemeChangedHandler[] = [];
  const office = {
    HostType: { Outlook: "Outlook", Word: "Word" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    MailboxEnums: { ItemType: { Appointment: "appointment", Message: "message" } },
    onReady: vi.fn(
      () =>
        options.ready ??
        Promise.resolve({ host: options.host === undefined ? "Outlook" : options.host, platform: "PC" }),
    ),
    context: {
      displayLanguage: "nl-NL",
      officeTheme:
        options.bodyBackgroundColor === undefined
          ? undefined
          : { bodyBackgroundColor: options.bodyBackgroundColor },
      requirements: {
        isSetSupported: (_name: string, version: string) =>
          options.mailbox114 !== false && version === "1.14",
      },
      mailbox: {
        addHandlerAsync: vi.fn((_type: string, handler: ThemeChangedHandler) => themeHandlers.push(handler)),
        item: options.item,
      },
    },
  };
  return { office, themeHandlers };
}

function officeScripts(): HTMLScriptElement[] {
  return [...document.querySelectorAll<HTMLScriptElement>("script")].filter((s) => s.src === OFFICE_JS_URL);
}

/** Lets Office.js "arrive": puts the fake on window and fires the script's load event. */
function officeScriptLoads(office: unknown) {
  vi.stubGlobal("Office", office);
  for (const script of officeScripts()) script.dispatchEvent(new Event("load"));
}

let media: FakeMedia;

beforeEach(() => {
  vi.resetModules();
  media = installFakeMatchMedia();
  document.head.replaceChildren();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function startOutlook(office: unknown, options?: { timeoutMs?: number }) {
  const { createOutlookHost } = await import("./outlook.host.ts");
  const starting = createOutlookHost(options);
  officeScriptLoads(office);
  return starting;
}

describe("the Outlook host", () => {
  it("loads Office.js from Microsoft's CDN with one script tag, however often it starts", async () => {
    const { createOutlookHost } = await import("./outlook.host.ts");
    const first = createOutlookHost();
    const second = createOutlookHost();

    expect(officeScripts()).toHaveLength(1);
    officeScriptLoads(fakeOffice({ bodyBackgroundColor: "#ffffff" }).office);
    await Promise.all([first, second]);
    expect(officeScripts()).toHaveLength(1);
  });

  it("reports officeScriptFailed when the CDN cannot be reached, and tries afresh next time", async () => {
    const { createOutlookHost } = await import("./outlook.host.ts");
    const starting = createOutlookHost();
    for (const script of officeScripts()) script.dispatchEvent(new Event("error"));

    await expect(starting).rejects.toMatchObject({ host: "outlook", reason: "officeScriptFailed" });
    expect(officeScripts()).toHaveLength(0);

    const retry = createOutlookHost();
    expect(officeScripts()).toHaveLength(1);
    officeScriptLoads(fakeOffice({ bodyBackgroundColor: "#ffffff" }).office);
    await expect(retry).resolves.toMatchObject({ kind: "outlook" });
  });

  it.each([["Word"], [null]])("reports notInOutlook when Office.js says the host is %s", async (host) => {
    await expect(startOutlook(fakeOffice({ host }).office)).rejects.toMatchObject({
      host: "outlook",
      reason: "notInOutlook",
    });
  });

  it("reports notInOutlook when Office.onReady never answers", async () => {
    vi.useFakeTimers();
    const starting = startOutlook(fakeOffice({ ready: new Promise(() => {}) }).office, { timeoutMs: 1_000 });
    const outcome = expect(starting).rejects.toMatchObject({ reason: "notInOutlook" });

    await vi.advanceTimersByTimeAsync(1_000);
    await outcome;
  });

  it.each([
    ["#ffffff", "light"],
    ["#f3f2f1", "light"],
    ["#1f1f1f", "dark"],
    ["#262626", "dark"],
    ["#000000", "dark"],
  ])("reads the background %s as a %s theme", async (bodyBackgroundColor, theme) => {
    const host = await startOutlook(fakeOffice({ bodyBackgroundColor }).office);

    expect(host.getContext()).toEqual({ theme, locale: "nl-NL" });
    expect(host.supportsNestedAppAuth).toBe(true);
  });

  it("shows high contrast when the system forces colours, as Office has no such theme", async () => {
    media.set(FORCED_COLORS_QUERY, true);

    const host = await startOutlook(fakeOffice({ bodyBackgroundColor: "#ffffff" }).office);

    expect(host.getContext().theme).toBe("highContrast");
  });

  it("falls back to the system colour scheme when Outlook reports no theme (before Mailbox 1.14)", async () => {
    media.set(PREFERS_DARK_QUERY, true);
    const { office } = fakeOffice({ mailbox114: false });

    const host = await startOutlook(office);

    expect(host.getContext().theme).toBe("dark");
    expect(office.context.mailbox.addHandlerAsync).not.toHaveBeenCalled();
  });

  it("follows Outlook's theme when the user switches it", async () => {
    const { office, themeHandlers } = fakeOffice({ bodyBackgroundColor: "#ffffff" });
    const host = await startOutlook(office);
    const seen: HostContext[] = [];
    host.onContextChange((context) => seen.push(context));

    expect(office.context.mailbox.addHandlerAsync).toHaveBeenCalledWith(
      "officeThemeChanged",
      expect.any(Function),
    );
    for (const handler of themeHandlers) handler({ officeTheme: { bodyBackgroundColor: "#1f1f1f" } });

    expect(seen).toEqual([{ theme: "dark", locale: "nl-NL" }]);
  });

  it("follows high contrast being switched on while the pane is open", async () => {
    const host = await startOutlook(fakeOffice({ bodyBackgroundColor: "#1f1f1f" }).office);

    media.set(FORCED_COLORS_QUERY, true);
    expect(host.getContext().theme).toBe("highContrast");
    media.set(FORCED_COLORS_QUERY, false);
    expect(host.getContext().theme).toBe("dark");
  });

  it("gives the item the pane is open on, and none when Outlook opened it on none", async () => {
    const graph = {} as Parameters<NonNullable<Host["getMailboxItem"]>>[0];
    const withItem = await startOutlook(
      fakeOffice({ item: { itemType: "appointment", subject: "Call review", attachments: [] } }).office,
    );
    await expect(withItem.getMailboxItem?.(graph)).resolves.toMatchObject({
      mode: "read",
      itemType: "appointment",
      subject: "Call review",
    });

    vi.resetModules();
    document.head.replaceChildren();
    const withoutItem = await startOutlook(fakeOffice({}).office);
    await expect(withoutItem.getMailboxItem?.(graph)).resolves.toBeNull();
  });
});
