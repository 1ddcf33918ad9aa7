import {
  Badge,
  Dropdown,
  type DropdownProps,
  Field,
  makeStyles,
  Option,
  tokens,
} from "@fluentui/react-components";
import { useId, useSyncExternalStore } from "react";
import { useHostContext } from "../../app/use-host-context.ts";
import type { DemoTokenProvider } from "../../auth/demo.token-provider.ts";
import type { DemoAccount } from "../../auth/demo-accounts.ts";
import type { DemoHost } from "../../hosts/demo.host.ts";
import type { ThemeName } from "../../hosts/host.ts";
import { SUPPORTED_LANGUAGES, useI18n } from "../../i18n/index.ts";

const THEMES: readonly ThemeName[] = ["light", "dark", "highContrast"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    gap: tokens.spacingHorizontalM,
  },
  field: { minWidth: "9rem" },
});

export interface DemoToolbarProps {
  readonly host: DemoHost;
  readonly tokenProvider: DemoTokenProvider;
}

/** Demo only: be the rep or the manager, and try the themes and languages a host would set. */
export function DemoToolbar({ host, tokenProvider }: DemoToolbarProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const { theme } = useHostContext(host);
  const current = useSyncExternalStore(
    (onChange) => tokenProvider.onAccountChange(onChange),
    () => tokenProvider.getAccount(),
  );
  const regionId = useId();

  const userLabel = (account: DemoAccount) =>
    `${account.name} (${account.role === "manager" ? t("demo.roleManager") : t("demo.roleRep")})`;
  const onUser: DropdownProps["onOptionSelect"] = (_event, data) => {
    if (data.optionValue) tokenProvider.switchUser(data.optionValue);
  };
  const onTheme: DropdownProps["onOptionSelect"] = (_event, data) => {
    const chosen = THEMES.find((option) => option === data.optionValue);
    if (chosen) host.setTheme(chosen);
  };

  return (
    <section className={styles.root} aria-labelledby={regionId}>
      <Badge appearance="tint" color="informative" id={regionId}>
        {t("demo.tenant")}
      </Badge>
      <Field label={t("demo.signedInAsLabel")} className={styles.field}>
        <Dropdown value={userLabel(current)} selectedOptions={[current.username]} onOptionSelect={onUser}>
          {tokenProvider.accounts.map((account) => (
            <Option key={account.username} value={account.username}>
              {userLabel(account)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("theme.label")} className={styles.field}>
        <Dropdown value={t(`theme.${theme}`)} selectedOptions={[theme]} onOptionSelect={onTheme}>
          {THEMES.map((option) => (
            <Option key={option} value={option}>
              {t(`theme.${option}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("language.label")} className={styles.field}>
        <Dropdown
          value={t(`language.${language}`)}
          selectedOptions={[language]}
          onOptionSelect={(_event, data) => data.optionValue && host.setLocale(data.optionValue)}
        >
          {SUPPORTED_LANGUAGES.map((option) => (
            <Option key={option} value={option} lang={option}>
              {t(`language.${option}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </section>
  );
}
