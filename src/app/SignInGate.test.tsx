import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { InteractionRequiredError, type TokenProvider } from "../auth/token-provider.ts";
import { I18nProvider } from "../i18n/index.ts";
import { SignInGate } from "./SignInGate.tsx";

const SCOPES = ["Calendars.Read"];

function tokenProvider(silently: "signedIn" | "interactionRequired"): TokenProvider {
  return {
    getToken: () =>
      silently === "signedIn" ? Promise.resolve("token") : Promise.reject(new InteractionRequiredError()),
    signInInteractively: () => Promise.resolve(),
    getAccount: () => null,
  };
}

async function renderGate(provider: TokenProvider, onSignedIn: () => void) {
  await act(async () => {
    render(
      <I18nProvider locale="en-US">
        <SignInGate tokenProvider={provider} scopes={SCOPES} onSignedIn={onSignedIn}>
          <p>Your recent calls</p>
        </SignInGate>
      </I18nProvider>,
    );
  });
}

describe("SignInGate", () => {
  it("starts the first screen's work as soon as the user is signed in silently, and shows the screen", async () => {
    const onSignedIn = vi.fn(() => {
      // Called before the guarded screen has rendered: its fetches and its first render overlap.
      expect(screen.queryByText("Your recent calls")).not.toBeInTheDocument();
    });
    await renderGate(tokenProvider("signedIn"), onSignedIn);
    expect(onSignedIn).toHaveBeenCalledOnce();
    expect(screen.getByText("Your recent calls")).toBeInTheDocument();
  });

  it("starts nothing until the user has signed in with a click", async () => {
    const onSignedIn = vi.fn();
    await renderGate(tokenProvider("interactionRequired"), onSignedIn);
    expect(onSignedIn).not.toHaveBeenCalled();

    await userEvent.setup().click(screen.getByRole("button", { name: "Sign in" }));
    expect(onSignedIn).toHaveBeenCalledOnce();
    expect(screen.getByText("Your recent calls")).toBeInTheDocument();
  });
});
