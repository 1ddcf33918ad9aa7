import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { FluentIcon } from "@fluentui/react-icons";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalM}`,
    textAlign: "center",
  },
  icon: { fontSize: "40px", color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground2, maxWidth: "32rem" },
});

export interface CenteredMessageProps {
  readonly icon?: FluentIcon;
  readonly title?: string;
  readonly hint?: string;
  /** Anything else to show in the middle, e.g. a spinner while loading. */
  readonly children?: ReactNode;
}

/** The centred panel a list shows instead of rows: an empty state (icon, title, hint) or a loading spinner. */
export function CenteredMessage({ icon: Icon, title, hint, children }: CenteredMessageProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {Icon && <Icon className={styles.icon} aria-hidden="true" />}
      {title && <Text weight="semibold">{title}</Text>}
      {hint && <Text className={styles.hint}>{hint}</Text>}
      {children}
    </div>
  );
}
