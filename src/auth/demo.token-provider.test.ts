// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDemoTokenProvider } from "./demo.token-provider.ts";
import { DEMO_ACCOUNTS, type DemoAccount } from "./demo-accounts.ts";

const rep: DemoAccount = { name: "Daan Visser", username: "daan.visser@contoso.example", role: "rep" };
const manager: DemoAccount = {
  name: "Megan Bowen",
  username: "megan.bowen@contoso.example",
  role: "manager",
};
const ACCOUNTS = [rep, manager] as const;

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the demo token provider", () => {
  it("signs the rep in without a prompt, with the token the emulator expects", async () => {
    const provider = createDemoTokenProvider(ACCOUNTS);

    expect(provider.getAccount()).toEqual(rep);
    await expect(provider.getToken(["Calendars.Read"])).resolves.toBe("demo:daan.visser@contoso.example");
  });

  it("offers the rep and the manager of the demo tenant", () => {
    expect(DEMO_ACCOUNTS.map((account) => account.role)).toEqual(["rep", "manager"]);
    expect(DEMO_ACCOUNTS[0].username).toBe(rep.username);
    expect(DEMO_ACCOUNTS[1]?.username).toBe(manager.username);
  });

  it("becomes the manager when the user switches, and tells the app", async () => {
    const provider = createDemoTokenProvider(ACCOUNTS);
    const listener = vi.fn();
    provider.onAccountChange(listener);

    provider.switchUser(manager.username);

    expect(listener).toHaveBeenCalledWith(manager);
    expect(provider.getAccount()).toEqual(manager);
    await expect(provider.getToken(["Mail.Send"])).resolves.toBe("demo:megan.bowen@contoso.example");
  });

  it("keeps the chosen user when the tab reloads", () => {
    createDemoTokenProvider(ACCOUNTS).switchUser(manager.username);

    const afterReload = createDemoTokenProvider(ACCOUNTS);

    expect(afterReload.getAccount()).toEqual(manager);
  });

  it("falls back to the rep when the remembered user is no longer a demo user", () => {
    sessionStorage.setItem("momentum.demo.user", "someone.else@contoso.example");

    expect(createDemoTokenProvider(ACCOUNTS).getAccount()).toEqual(rep);
  });

  it("refuses to switch to someone who is not a demo user", () => {
    const provider = createDemoTokenProvider(ACCOUNTS);

    expect(() => provider.switchUser("mallory@evil.example")).toThrow();
    expect(provider.getAccount()).toEqual(rep);
  });

  it("tells no one when the user switches to whoever is already signed in", () => {
    const provider = createDemoTokenProvider(ACCOUNTS);
    const listener = vi.fn();
    provider.onAccountChange(listener);

    provider.switchUser(rep.username);

    expect(listener).not.toHaveBeenCalled();
  });

  it("never writes a token to any storage, and nothing at all to localStorage", async () => {
    const writes = vi.spyOn(Storage.prototype, "setItem");
    const provider = createDemoTokenProvider(ACCOUNTS);

    provider.switchUser(manager.username);
    const token = await provider.getToken(["User.Read"]);

    expect(writes.mock.contexts.filter((storage) => storage === localStorage)).toEqual([]);
    expect(writes.mock.calls.flat().some((written) => written.includes(token))).toBe(false);
  });
});
