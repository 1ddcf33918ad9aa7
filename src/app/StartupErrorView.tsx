import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { HostFailureReason } from "../hosts/host.ts";
import { useI18n } from "../i18n/index.ts";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, maxWidth: "40rem", margin: "0 auto" },
});

/** Shown instead of the app when its host (Teams, Outlook) does not answer; says what the user can do. */
export function StartupErrorView({ reason }: { readonly reason: HostFailureReason }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <main className={styles.root}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("hostError.title")}</MessageBarTitle>
          {t(`hostError.${reason}`)}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
