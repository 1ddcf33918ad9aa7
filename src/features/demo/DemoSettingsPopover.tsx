import {
  Dropdown,
  type DropdownProps,
  Field,
  makeStyles,
  Option,
  Popover,
  PopoverSurface,
  type PositioningProps,
  tokens,
} from "@fluentui/react-components";
import { type SyntheticEvent, useMemo } from "react";
import { useHostContext } from "../../app/use-host-context.ts";
import type { DemoTokenProvider } from "../../auth/demo.token-provider.ts";
import type { DemoAccount } from "../../auth/demo-accounts.ts";
import type { DemoHost } from "../../hosts/demo.host.ts";
import type { ThemeName } from "../../hosts/host.ts";
import { SUPPORTED_LANGUAGES, useI18n } from "../../i18n/index.ts";
import { DemoReviewInvites, type DemoReviewInvitesProps } from "./DemoReviewInvites.tsx";

const THEMES: readonly ThemeName[] = ["light", "dark", "highContrast"];

const useStyles = makeStyles({
  surface: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: "15rem",
  },
});

export interface DemoSettingsPopoverProps {
  readonly host: DemoHost;
  readonly tokenProvider: DemoTokenProvider;
  /** Who is signed in now. */
  readonly current: DemoAccount;
  /** The toolbar's button: the settings open below it, and it toggles them itself. */
  readonly anchor: HTMLElement | null;
  readonly open: boolean;
  /** With the event that asks for it, if any (see `useLazyPopup`'s `onPopupOpenChange`). */
  readonly onOpenChange: (open: boolean, event?: Event | SyntheticEvent) => void;
  /** Listed under the settings while the signed-in user is a manager. */
  readonly reviewInvites: DemoReviewInvitesProps;
}

/**
 * Demo only: the settings behind the toolbar's button (who you are, the theme, the language), in a popover that
 * keeps focus inside until Escape. Its own chunk: the button is drawn without this code, so it is not the
 * Popover's trigger but its positioning target.
 */
export function DemoSettingsPopover({
  host,
  tokenProvider,
  current,
  anchor,
  open,
  onOpenChange,
  reviewInvites,
}: DemoSettingsPopoverProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { theme } = useHostContext(host);
  const positioning = useMemo<PositioningProps>(
    () => ({ target: anchor, position: "below", align: "end" }),
    [anchor],
  );

  const userLabel = (account: DemoAccount) =>
    `${account.name} (${account.role === "manager" ? t("demo.roleManager") : t("demo.roleRep")})`;
  // Becoming someone else reloads the whole screen behind the popover: close it, so they see it happen.
  const onUser: DropdownProps["onOptionSelect"] = (_event, data) => {
    if (!data.optionValue) return;
    tokenProvider.switchUser(data.optionValue);
    onOpenChange(false);
  };
  const onTheme: DropdownProps["onOptionSelect"] = (_event, data) => {
    const chosen = THEMES.find((option) => option === data.optionValue);
    if (chosen) host.setTheme(chosen);
  };
  const onLanguage: DropdownProps["onOptionSelect"] = (_event, data) => {
    if (data.optionValue) host.setLocale(data.optionValue);
  };

  return (
    <Popover
      trapFocus
      withArrow
      positioning={positioning}
      open={open}
      onOpenChange={(event, data) => onOpenChange(data.open, event)}
    >
      <PopoverSurface className={styles.surface} aria-label={t("demo.settings")}>
        <Field label={t("demo.signedInAsLabel")}>
          <Dropdown value={userLabel(current)} selectedOptions={[current.username]} onOptionSelect={onUser}>
            {tokenProvider.accounts.map((account) => (
              <Option key={account.username} value={account.username}>
                {userLabel(account)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("theme.label")}>
          <Dropdown value={t(`theme.${theme}`)} selectedOptions={[theme]} onOptionSelect={onTheme}>
            {THEMES.map((option) => (
              <Option key={option} value={option}>
                {t(`theme.${option}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("language.label")}>
          <Dropdown
            value={t(`language.${language}`)}
            selectedOptions={[language]}
            onOptionSelect={onLanguage}
          >
            {SUPPORTED_LANGUAGES.map((option) => (
              <Option key={option} value={option} lang={option}>
                {t(`language.${option}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {current.role === "manager" ? <DemoReviewInvites key={current.username} {...reviewInvites} /> : null}
      </PopoverSurface>
    </Popover>
  );
}
