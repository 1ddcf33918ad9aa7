import {
  AriaLiveAnnouncer,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { ErrorBoundary, type FallbackProps } from "react-error-boundary";
import { type MessageKey, useI18n } from "../i18n/index.ts";

type FeatureNameKey = Extract<MessageKey, `feature.${string}`>;

export interface FeatureBoundaryProps {
  /** The feature's name as the user knows it, e.g. `feature.calls`. */
  readonly feature: FeatureNameKey;
  readonly children: ReactNode;
}

/**
 * One per feature: a failing feature shows a plain sentence and a way to try again while the rest of the app
 * keeps working. Neither the error's message nor its stack reaches the screen or this boundary's report: either
 * may quote what the user wrote (a subject, a note); React's own report of a caught error is the root's
 * `onCaughtError`, set where the root is created. Inside, Fluent's message bars are announced to screen readers
 * (Fluent says nothing without an announcer), the fallback's own sentence included.
 */
export function FeatureBoundary({ feature, children }: FeatureBoundaryProps) {
  return (
    <AriaLiveAnnouncer>
      <ErrorBoundary
        fallbackRender={(props) => <FeatureFallback feature={feature} {...props} />}
        onError={(error) => reportFeatureFailure(feature, error)}
      >
        {children}
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
