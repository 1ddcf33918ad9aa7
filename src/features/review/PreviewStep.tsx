import "../../i18n/features/review.messages.ts";
import {
  Body1,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, CalendarAddRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { formatSessionTime } from "./format-session-time.ts";
import { ReviewPacketView } from "./ReviewPacketView.tsx";
import { useReviewPlannerStore } from "./ReviewPlannerStoreProvider.tsx";
import type { ReviewPlan } from "./review-planner.store.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  text: { margin: 0, overflowWrap: "anywhere" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { ...typographyStyles.body1Strong },
  definition: { margin: 0, overflowWrap: "anywhere" },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  invite: {
    boxSizing: "border-box",
    width: "100%",
    height: "20rem",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
  schedule: { alignSelf: "flex-start" },
  spinner: { justifyContent: "flex-start" },
});

/**
 * Exactly what the manager receives, from the very packet and invite Schedule sends: the invite's subject and
 * body (in a sandbox, as mail clients show it) and the attached packet; then Schedule, its progress, a failure
 * with Try again (the same invite, so never a second session) or the session made.
 */
export function PreviewStep({ plan }: { readonly plan: ReviewPlan }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const schedule = useReviewPlannerStore((state) => state.schedule);
  const outcome = useRef<HTMLDivElement>(null);
  const { prepared, scheduling } = plan;

  useEffect(() => {
    // The rep's place after Schedule is what came of it.
    if (scheduling.status === "failed" || scheduling.status === "done") outcome.current?.focus();
  }, [scheduling.status]);

  if (!prepared) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("review.prepareFailed")}</MessageBarTitle>
          <div>{t("review.prepareFailedBody")}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }

  const { packet, invite } = prepared;
  const manager = packet.manager.name;
  const when = formatSessionTime(i18n, prepared.start, prepared.end);

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        {t("review.previewIntro", { manager })}
      </Body1>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t("review.previewWhen")}</dt>
        <dd className={styles.definition}>{when}</dd>
        <dt className={styles.term}>{t("review.previewWith")}</dt>
        <dd className={styles.definition}>{`${manager} (${packet.manager.email})`}</dd>
        <dt className={styles.term}>{t("review.inviteSubjectLabel")}</dt>
        <dd className={styles.definition}>{invite.event.subject}</dd>
      </dl>

      <h4 className={styles.heading}>{t("review.invitation")}</h4>
      {/* No scripts, no forms, no navigation: the body is escaped HTML, and it stays inert here too. */}
      <iframe
        className={styles.invite}
        sandbox=""
        srcDoc={invite.event.body?.content ?? ""}
        title={t("review.inviteBodyTitle", { manager })}
      />

      <h4 className={styles.heading}>{t("review.packet")}</h4>
      <ReviewPacketView packet={packet} headingLevel={5} />

      <Button
        appearance="primary"
        className={styles.schedule}
        icon={<CalendarAddRegular />}
        disabledFocusable={scheduling.status === "running" || scheduling.status === "done"}
        onClick={() => void schedule()}
      >
        {t("review.schedule")}
      </Button>

      <div role="status">
        {scheduling.status === "running" ? (
          <Spinner
            className={styles.spinner}
            size="tiny"
            labelPosition="after"
            label={t("review.scheduling")}
          />
        ) : scheduling.status === "failed" ? (
          <MessageBar intent="error" layout="multiline" ref={outcome} tabIndex={-1}>
            <MessageBarBody>
              <MessageBarTitle>{t("review.scheduleFailed")}</MessageBarTitle>
              <div>{`${t(errorMessageKey(scheduling.error))} ${t("review.retryIsSafe")}`}</div>
            </MessageBarBody>
            <MessageBarActions>
              <Button icon={<ArrowClockwiseRegular />} onClick={() => void schedule()}>
                {t("common.tryAgain")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : scheduling.status === "done" ? (
          <MessageBar intent="success" layout="multiline" ref={outcome} tabIndex={-1}>
            <MessageBarBody>
              <MessageBarTitle>{t("review.scheduled")}</MessageBarTitle>
              <div>
                {t("review.scheduledBody", {
                  manager,
                  when: formatSessionTime(
                    i18n,
                    new Date(scheduling.review.start),
                    new Date(scheduling.review.end),
                  ),
                })}
              </div>
              {scheduling.review.webLink ? (
                <Link href={scheduling.review.webLink} target="_blank" rel="noopener noreferrer">
                  {t("review.openScheduled")}
                </Link>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </div>
  );
}
