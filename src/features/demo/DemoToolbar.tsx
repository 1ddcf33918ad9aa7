import {
  Button,
  Dropdown,
  type DropdownProps,
  Field,
  makeStyles,
  Option,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  tokens,
} from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { type ReactNode, useState, useSyncExternalStore } from "react";
import { useHostContext } from "../../app/use-host-context.ts";
import type { DemoTokenProvider } from "../../auth/demo.token-provider.ts";
import type { DemoAccount } from "../../auth/demo-accounts.ts";
import type { DemoHost } from "../../hosts/demo.host.ts";
import type { ThemeName } from "../../hosts/host.ts";
import { SUPPORTED_LANGUAGES, useI18n } from "../../i18n/index.ts";

const THEMES: readonly ThemeName[] = ["light", "dark", "highContrast"];

const useStyles = makeStyles({
  surface: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: "15rem",
  },
});

export interface DemoToolbarProps {
  readonly host: DemoHost;
  readonly tokenProvider: DemoTokenProvider;
  /** Shown under the settings while the signed-in user is a manager: e.g. the review invites in their calendar. */
  readonly managerTools?: ReactNode;
}

/**
 * Demo only: be the rep or the manager, and try the themes and languages a host would set.
 * One button that says who you are, so it costs the 320 px task pane a single line.
 */
export function DemoToolbar({ host, tokenProvider, managerTools }: DemoToolbarProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { theme } = useHostContext(host);
  const current = useSyncExternalStore(
    (onChange) => tokenProvider.onAccountChange(onChange),
    () => tokenProvider.getAccount(),
  );

  const userLabel = (account: DemoAccount) =>
    `${account.name} (${account.role === "manager" ? t("demo.roleManager") : t("demo.roleRep")})`;
  const [open, setOpen] = useState(false);
  // Becoming someone else reloads the whole screen behind the popover: close it, so they see it happen.
  const onUser: DropdownProps["onOptionSelect"] = (_event, data) => {
    if (!data.optionValue) return;
    tokenProvider.switchUser(data.optionValue);
    setOpen(false);
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
      positioning="below-end"
      open={open}
      onOpenChange={(_event, data) => setOpen(data.open)}
    >
      <PopoverTrigger disableButtonEnhancement>
        <Button appearance="subtle" icon={<SettingsRegular />}>
          {`${t("demo.tenant")} · ${current.name}`}
        </Button>
      </PopoverTrigger>
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
        {current.role === "manager" ? managerTools : null}
      </PopoverSurface>
    </Popover>
  );
}
