import { Button, Spinner, useRestoreFocusTarget } from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { Suspense, useState, useSyncExternalStore, useTransition } from "react";
import { FeatureBoundary } from "../../app/FeatureBoundary.tsx";
import { retryableLazy } from "../../app/retryable-lazy.tsx";
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
  const [button, setButton] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  // Mounted on the first press and kept: later presses open at once, and closing plays Fluent's animation.
  const [settingsMounted, setSettingsMounted] = useState(false);
  // The first press waits for the settings' code in a transition, so the button stays as it is, marked busy, until
  // they open; another press meanwhile changes nothing.
  const [settingsArriving, startShowingSettings] = useTransition();
  // Where focus goes back to when the settings close (Fluent's Popover does this for its own trigger only).
  const restoreFocusTarget = useRestoreFocusTarget();

  const onClick = () => {
    if (settingsMounted) {
      setOpen(!open);
      return;
    }
    startShowingSettings(() => {
      setSettingsMounted(true);
      setOpen(true);
    });
  };

  return (
    <>
      <Button
        ref={setButton}
        appearance="subtle"
        icon={settingsArriving ? <Spinner size="extra-tiny" /> : <SettingsRegular />}
        aria-expanded={open}
        aria-busy={settingsArriving || undefined}
        onPointerEnter={DemoSettingsPopover.preload}
        onFocus={DemoSettingsPopover.preload}
        onClick={onClick}
        {...restoreFocusTarget}
      >
        {`${t("demo.tenant")} · ${current.name}`}
      </Button>
      <FeatureBoundary feature="feature.app">
        {/* On screen from the start with nothing in it, so the first press waits in its transition, not here. */}
        <Suspense fallback={null}>
          {settingsMounted ? (
            <DemoSettingsPopover
              host={host}
              tokenProvider={tokenProvider}
              current={current}
              anchor={button}
              open={open}
              onOpenChange={setOpen}
              reviewInvites={reviewInvites}
            />
          ) : null}
        </Suspense>
      </FeatureBoundary>
    </>
  );
}
