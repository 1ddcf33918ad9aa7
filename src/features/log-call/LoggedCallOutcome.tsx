import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { CallOutcome } from "../../domain/notes/call-notes.ts";
import { useI18n } from "../../i18n/index.ts";

const useStyles = makeStyles({
  outcome: { color: tokens.colorNeutralForeground2 },
});

/** How a call logged by hand went, as the rep said. */
export function LoggedCallOutcome({ outcome }: { readonly outcome: CallOutcome }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Caption1 className={styles.outcome}>
      {t("callOutcome.summary", { outcome: t(`callOutcome.${outcome}`) })}
    </Caption1>
  );
}
