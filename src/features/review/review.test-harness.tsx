import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { I18nProvider } from "../../i18n/index.ts";
import { CallsStoreProvider } from "../calls/index.ts";
import { NotesStoreProvider } from "../flag/NotesStoreProvider.tsx";
import { TranscriptStoreProvider } from "../transcript/index.ts";
import { ReviewFollowUpsStoreProvider } from "./ReviewFollowUpsStoreProvider.tsx";
import { ReviewPlannerStoreProvider } from "./ReviewPlannerStoreProvider.tsx";
import {
  createReviewTestStores,
  type ReviewTestStores,
  type ReviewTestStoresOptions,
} from "./review.test-stores.ts";

export interface ReviewHarnessOptions extends ReviewTestStoresOptions {
  readonly locale?: string;
  readonly timeZone?: string;
}

/** Renders `ui` as the app does (Fluent, language, time zone) on the review test stores. */
export function renderWithReviewStores(
  ui: ReactElement,
  { locale = "en-US", timeZone = "Europe/Amsterdam", ...options }: ReviewHarnessOptions = {},
): ReviewTestStores {
  const stores = createReviewTestStores(options);
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider locale={locale} timeZone={timeZone}>
        <CallsStoreProvider store={stores.calls}>
          <NotesStoreProvider store={stores.notes}>
            <TranscriptStoreProvider store={stores.transcripts}>
              <ReviewPlannerStoreProvider store={stores.planner}>
                <ReviewFollowUpsStoreProvider store={stores.followUps}>{ui}</ReviewFollowUpsStoreProvider>
              </ReviewPlannerStoreProvider>
            </TranscriptStoreProvider>
          </NotesStoreProvider>
        </CallsStoreProvider>
      </I18nProvider>
    </FluentProvider>,
  );
  return stores;
}
