// @vitest-environment jsdom
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestGraphClient } from "../graph/graph-client.fake.ts";
import { createDemoHost } from "./demo.host.ts";
import type { HostContext } from "./host.ts";
import { type FakeMedia, installFakeMatchMedia } from "./match-media.fake.ts";
import { PREFERS_DARK_QUERY } from "./system-theme.ts";

let media: FakeMedia;

beforeEach(() => {
  media = installFakeMatchMedia();
  vi.spyOn(navigator, "language", "get").mockReturnValue("en-US");
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const demoUrl = (query = "") => new URL(`http://localhost:3000/${query}`);

describe("the demo host", () => {
  it("behaves like the browser when the URL chooses nothing", () => {
    const host = createDemoHost(demoUrl());

    expect(host.kind).toBe("demo");
    expect(host.supportsNestedAppAuth).toBe(false);
    expect(host.getContext()).toEqual({ theme: "light", locale: "en-US" });
  });

  it.each([
    ["?theme=dark&lang=nl", { theme: "dark", locale: "nl" }],
    ["?theme=highContrast", { theme: "highContrast", locale: "en-US" }],
    ["?theme=light&lang=en", { theme: "light", locale: "en" }],
    ["?theme=purple&lang=fr", { theme: "light", locale: "en-US" }],
  ])("takes the theme and language from %s", (query, expected) => {
    expect(createDemoHost(demoUrl(query)).getContext()).toEqual(expected);
  });

  it("switches theme and language live when the toolbar asks", () => {
    const host = createDemoHost(demoUrl());
    const seen: HostContext[] = [];
    host.onContextChange((context) => seen.push(context));

    host.setTheme("highContrast");
    host.setLocale("nl");

    expect(seen).toEqual([
      { theme: "highContrast", locale: "en-US" },
      { theme: "highContrast", locale: "nl" },
    ]);
  });

  it("keeps a chosen theme when the operating system switches", () => {
    const host = createDemoHost(demoUrl("?theme=light"));

    media.set(PREFERS_DARK_QUERY, true);

    expect(host.getContext().theme).toBe("light");
  });

  it("follows the operating system while no theme is chosen", () => {
    const host = createDemoHost(demoUrl("?lang=nl"));

    media.set(PREFERS_DARK_QUERY, true);

    expect(host.getContext()).toEqual({ theme: "dark", locale: "nl" });
  });

  it("tells no one when the toolbar picks what is already shown", () => {
    const host = createDemoHost(demoUrl("?theme=dark"));
    const listener = vi.fn();
    host.onContextChange(listener);

    host.setTheme("dark");

    expect(listener).not.toHaveBeenCalled();
  });

  describe("the manager's pane without Outlook", () => {
    const server = setupServer(
      http.get("http://demo.test/graph/v1.0/me/events/AAMkInvite", () =>
        HttpResponse.json({ id: "AAMkInvite", subject: "Call review: 1 call with Daan Visser" }),
      ),
    );
    beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
    afterAll(() => server.close());
    const graph = () => createTestGraphClient({ baseUrl: "http://demo.test/graph" }).client;

    it("opens the stand-in item for the event the URL names", async () => {
      const host = createDemoHost(demoUrl("?pane=review&eventId=AAMkInvite"));

      await expect(host.getMailboxItem?.(graph())).resolves.toMatchObject({
        mode: "read",
        restId: "AAMkInvite",
        subject: "Call review: 1 call with Daan Visser",
      });
    });

    it("has no item when the URL asks for no pane", async () => {
      await expect(createDemoHost(demoUrl()).getMailboxItem?.(graph())).resolves.toBeNull();
    });
  });
});
