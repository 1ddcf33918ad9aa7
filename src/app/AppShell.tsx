import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../i18n/index.ts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: { display: "flex", flexDirection: "column", minWidth: 0 },
  main: {
    flexGrow: 1,
    width: "100%",
    maxWidth: "72rem",
    margin: "0 auto",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    // Outlook's task pane is 320 px wide: every pixel of padding counts there.
    "@media (max-width: 480px)": { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  },
});

export interface AppShellProps {
  /** Extra controls in the header, e.g. the demo toolbar. */
  readonly toolbar?: ReactNode;
  readonly children: ReactNode;
}

export function AppShell({ toolbar, children }: AppShellProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Text as="h1" size={500} weight="semibold">
            {t("app.title")}
          </Text>
          <Text size={200}>{t("app.tagline")}</Text>
        </div>
        {toolbar}
      </header>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
