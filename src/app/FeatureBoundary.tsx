import {
  AriaLiveAnnouncer,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { createContext, type ReactNode, useContext, useState } from "react";
import { ErrorBoundary, type FallbackProps } from "react-error-boundary";
import { type MessageKey, useI18n } from "../i18n/index.ts";

type FeatureNameKey = Extract<MessageKey, `feature.${string}`>;

export interface FeatureBoundaryProps {
  /** The feature's name as the user knows it, e.g. `feature.calls`. */
  readonly feature: FeatureNameKey;
  readonly children: ReactNode;
}

const RetryCount = createContext(0);

/**
 * How often the user has pressed Retry on the nearest feature boundary. Something that keeps its failure (a lazy
 * component whose code did not arrive) starts afresh when this changes, and only then: starting afresh on every
 * render would retry in a loop and never let the boundary show.
 */
export function useFeatureRetryCount(): number {
  return useContext(RetryCount);
}

/**
 * One per feature: a failing feature shows a plain sentence and a way to try again while the rest of the app
 * keeps working. Neither the error's message nor its stack reaches the screen or this boundary's report: either
 * may quote what the user wrote (a subject, a note). (React's own report of a caught error is the root's
 * `onCaughtError`, set where the root is created.) Inside, Fluent's message bars are announced to screen readers (Fluent
 * says nothing without an announcer), the fallback's own sentence included.
 */
export function FeatureBoundary({ feature, children }: FeatureBoundaryProps) {
  const [retries, setRetries] = useState(0);
  return (
    <AriaLiveAnnouncer>
      <ErrorBoundary
        fallbackRender={(props) => <FeatureFallback feature={feature} {...props} />}
        onError={(error) => reportFeatureFailure(feature, error)}
        onReset={() => setRetries((count) => count + 1)}
      >
        <RetryCount value={retries}>{children}</RetryCount>
      </ErrorBoundary>
    </AriaLiveAnnouncer>
  );
}

/** What a developer may read about a failure: which feature, and the kind of error, never its message. */
function reportFeatureFailure(feature: FeatureNameKey, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  console.error(`Momentum: ${feature} failed (${kind})`);
}

function FeatureFallback({ feature, resetErrorBoundary }: FallbackProps & { feature: FeatureNameKey }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("errorBoundary.title", { feature: t(feature) })}</MessageBarTitle>
        {t("errorBoundary.body")}
      </MessageBarBody>
      <MessageBarActions>
        <Button icon={<ArrowClockwiseRegular />} onClick={resetErrorBoundary}>
          {t("errorBoundary.reload")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
