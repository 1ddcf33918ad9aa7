import "../../i18n/features/manager.messages.ts";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { useId } from "react";
import { useI18n } from "../../i18n/index.ts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  list: { ...typographyStyles.body1, margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface CoachingGuideProps {
  /** The rep's name as the packet gives it. */
  readonly repName: string;
}

/**
 * Three reminders from Momentum's method (extreme ownership): the rep finds their own weak points first, the
 * manager asks before telling, and each call ends with one concrete change.
 */
export function CoachingGuide({ repName }: CoachingGuideProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t("manager.guideHeading")}
      </h3>
      <ol className={styles.list}>
        <li>{t("manager.guideOwnFirst", { rep: repName })}</li>
        <li>{t("manager.guideAskFirst")}</li>
        <li>{t("manager.guideOneChange", { rep: repName })}</li>
      </ol>
    </section>
  );
}
