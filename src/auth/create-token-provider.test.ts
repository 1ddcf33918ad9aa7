import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppConfig } from "../app/app-config.ts";
import type { Host, HostKind } from "../hosts/host.ts";
import { createTokenProvider, isDemoTokenProvider } from "./create-token-provider.ts";
import type { TokenProvider } from "./token-provider.ts";

const providers = vi.hoisted(() => {
  const named = (kind: string) => ({ kind }) as unknown as TokenProvider;
  return {
    nested: vi.fn(async () => named("nested")),
    redirect: vi.fn(async () => named("redirect")),
    demo: vi.fn(() => ({ ...named("demo"), switchUser: () => {} })),
  };
});
vi.mock("./msal-nested.token-provider.ts", () => ({ createNestedTokenProvider: providers.nested }));
vi.mock("./msal-redirect.token-provider.ts", () => ({ createRedirectTokenProvider: providers.redirect }));
vi.mock("./demo.token-provider.ts", () => ({ createDemoTokenProvider: providers.demo }));

const TENANT: AppConfig = {
  clientId: "app-client-id",
  authority: "https://login.microsoftonline.com/contoso.example",
  graphBaseUrl: "https://graph.microsoft.com",
  mode: "tenant",
};
const DEMO: AppConfig = {
  clientId: null,
  authority: "https://login.microsoftonline.com/organizations",
  graphBaseUrl: "http://localhost:3000/graph",
  mode: "demo",
};

function host(kind: HostKind, supportsNestedAppAuth: boolean): Host {
  return {
    kind,
    supportsNestedAppAuth,
    getContext: () => ({ theme: "light", locale: "en-US" }),
    onContextChange: () => () => {},
  };
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe("createTokenProvider", () => {
  it.each<[string, AppConfig, Host, string]>([
    ["the demo tenant", DEMO, host("demo", false), "demo"],
    ["the demo tenant opened in Teams", DEMO, host("teams", true), "demo"],
    ["Teams", TENANT, host("teams", true), "nested"],
    ["Outlook", TENANT, host("outlook", true), "nested"],
    ["a plain browser", TENANT, host("browser", false), "redirect"],
  ])("signs in to %s with the %s provider", async (_, config, runningIn, expected) => {
    const provider = await createTokenProvider(config, runningIn);

    expect(provider).toMatchObject({ kind: expected });
    expect(isDemoTokenProvider(provider)).toBe(expected === "demo");
  });

  it("hands MSAL the app registration from the configuration", async () => {
    await createTokenProvider(TENANT, host("teams", true));
    await createTokenProvider(TENANT, host("browser", false));

    const settings = {
      clientId: "app-client-id",
      authority: "https://login.microsoftonline.com/contoso.example",
    };
    expect(providers.nested).toHaveBeenCalledWith(settings);
    expect(providers.redirect).toHaveBeenCalledWith(settings);
  });

  it("loads no MSAL sign-in for the demo tenant", async () => {
    await createTokenProvider(DEMO, host("demo", false));

    expect(providers.nested).not.toHaveBeenCalled();
    expect(providers.redirect).not.toHaveBeenCalled();
  });
});
