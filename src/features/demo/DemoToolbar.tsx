import { Button } from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { Suspense, useSyncExternalStore } from "react";
import { FeatureBoundary } from "../../app/FeatureBoundary.tsx";
import { retryableLazy } from "../../app/retryable-lazy.tsx";
import { useLazyPopup } from "../../app/use-lazy-popup.tsx";
import type { DemoTokenProvider } from "../../auth/demo.token-provider.ts";
import type { DemoHost } from "../../hosts/demo.host.ts";
import { useI18n } from "../../i18n/index.ts";
import type { DemoReviewInvitesProps } from "./DemoReviewInvites.tsx";

// The settings (Fluent's Popover, Dropdown and Field, and the manager's invites) are not the first screen's code:
// the button is drawn without them, and they are fetched as the pointer or focus comes to it, at the latest on its
// first press.
const DemoSettingsPopover = retryableLazy(() =>
  import("./DemoSettingsPopover.tsx").then((module) => module.DemoSettingsPopover),
);

export interface DemoToolbarProps {
  readonly host: DemoHost;
  readonly tokenProvider: DemoTokenProvider;
  /** The review invites in the signed-in user's calendar, listed under the settings while they are a manager. */
  readonly reviewInvites: DemoReviewInvitesProps;
}

/**
 * Demo only: be the rep or the manager, and try the themes and languages a host would set.
 * One button that says who you are, so it costs the 320 px task pane a single line.
 */
export function DemoToolbar({ host, tokenProvider, reviewInvites }: DemoToolbarProps) {
  const { t } = useI18n();
  const current = useSyncExternalStore(
    (onChange) => tokenProvider.onAccountChange(onChange),
    () => tokenProvider.getAccount(),
  );
  const settings = useLazyPopup(DemoSettingsPopover, <SettingsRegular />);

  return (
    <>
      <Button appearance="subtle" {...settings.triggerProps}>
        {`${t("demo.tenant")} · ${current.name}`}
      </Button>
      <FeatureBoundary feature="feature.demoSettings">
        {/* On screen from the start with nothing in it, so the first press waits in its transition, not here. */}
        <Suspense fallback={null}>
          {settings.mounted ? (
            <DemoSettingsPopover
              host={host}
              tokenProvider={tokenProvider}
              current={current}
              anchor={settings.anchor}
              open={settings.open}
              onOpenChange={settings.onPopupOpenChange}
              reviewInvites={reviewInvites}
            />
          ) : null}
        </Suspense>
      </FeatureBoundary>
    </>
  );
}
