import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CallRegular } from "@fluentui/react-icons";
import type { CallOutcome } from "../../domain/notes/call-notes.ts";
import { useI18n } from "../../i18n/index.ts";

const useStyles = makeStyles({
  outcome: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  icon: { flexShrink: 0 },
});

/** How a call logged by hand went, as the rep said. */
export function LoggedCallOutcome({ outcome }: { readonly outcome: CallOutcome }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Caption1 className={styles.outcome}>
      <CallRegular className={styles.icon} aria-hidden="true" />
      {t(`callOutcome.${outcome}`)}
    </Caption1>
  );
}
