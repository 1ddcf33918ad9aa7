import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import { I18nProvider } from "../i18n/index.ts";
import { FeatureBoundary } from "./FeatureBoundary.tsx";
import { retryableLazy } from "./retryable-lazy.tsx";

function ReflectHeading({ heading }: { readonly heading: string }) {
  return <h2>{heading}</h2>;
}

function renderLazyReflect(load: () => Promise<typeof ReflectHeading>, LazyReflect = retryableLazy(load)) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale="en-US">
        <FeatureBoundary feature="feature.reflect">
          <Suspense fallback={<p>Loading…</p>}>
            <LazyReflect heading="Reflect" />
          </Suspense>
        </FeatureBoundary>
      </I18nProvider>
    </FluentProvider>,
  );
}

let consoleError: MockInstance<typeof console.error>;
beforeEach(() => {
  // The boundary reports the failed load through console.error; collected, not printed.
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());

describe("retryableLazy", () => {
  it("renders the component once its chunk has arrived, with its props", async () => {
    renderLazyReflect(() => Promise.resolve(ReflectHeading));
    expect(await screen.findByRole("heading", { name: "Reflect" })).toBeVisible();
  });

  it("shows a component fetched ahead at once, in the very first render, so no keystroke lands elsewhere", async () => {
    const load = vi.fn(() => Promise.resolve(ReflectHeading));
    const LazyReflect = retryableLazy(load);
    LazyReflect.preload();
    await vi.waitFor(() => expect(load).toHaveBeenCalledOnce());
    await Promise.resolve();

    renderLazyReflect(load, LazyReflect);
    expect(screen.getByRole("heading", { name: "Reflect" })).toBeVisible();
    expect(screen.queryByText("Loading…")).toBeNull();
    expect(load).toHaveBeenCalledOnce();
  });

  it("asks for the chunk once however often it is preloaded while on its way, and again after a failure", async () => {
    let answer: (result: "arrived" | "failed") => void = () => {};
    const load = vi.fn(
      () =>
        new Promise<typeof ReflectHeading>((resolve, reject) => {
          answer = (result) =>
            result === "arrived" ? resolve(ReflectHeading) : reject(new TypeError("offline"));
        }),
    );
    const LazyReflect = retryableLazy(load);
    LazyReflect.preload();
    LazyReflect.preload();
    expect(load).toHaveBeenCalledOnce();

    answer("failed");
    await vi.waitFor(() => {
      LazyReflect.preload();
      expect(load).toHaveBeenCalledTimes(2);
    });
  });

  it("fetches the chunk again when the user reloads the part after it failed to arrive", async () => {
    const network = { up: false };
    renderLazyReflect(() =>
      network.up
        ? Promise.resolve(ReflectHeading)
        : Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
    );
    expect(await screen.findByText("Something went wrong in Reflect")).toBeVisible();

    network.up = true;
    await userEvent.click(screen.getByRole("button", { name: "Reload this part" }));

    expect(await screen.findByRole("heading", { name: "Reflect" })).toBeVisible();
  });

  it("shows the failure once per attempt, fetching again only when the user reloads the part", async () => {
    const load = vi.fn(() => Promise.reject<typeof ReflectHeading>(new TypeError("Failed to fetch")));
    renderLazyReflect(load);
    expect(await screen.findByText("Something went wrong in Reflect")).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole("button", { name: "Reload this part" }));

    expect(await screen.findByText("Something went wrong in Reflect")).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
