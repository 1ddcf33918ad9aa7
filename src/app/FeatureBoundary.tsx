import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
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
 * keeps working. The error itself goes to the console for developers, never onto the screen.
 */
export function FeatureBoundary({ feature, children }: FeatureBoundaryProps) {
  return (
    <ErrorBoundary
      fallbackRender={(props) => <FeatureFallback feature={feature} {...props} />}
      onError={(error) => console.error(`Momentum: ${feature} failed`, error)}
    >
      {children}
    </ErrorBoundary>
  );
}

function FeatureFallback({ feature, resetErrorBoundary }: FallbackProps & { feature: FeatureNameKey }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("errorBoundary.title", { feature: t(feature) })}</MessageBarTitle>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={resetErrorBoundary}>{t("errorBoundary.reload")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
