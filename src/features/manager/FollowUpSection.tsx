import "../../i18n/features/manager.messages.ts";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular, MailRegular } from "@fluentui/react-icons";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useStore } from "zustand";
import { buildFollowUpMail, type ReviewPacket } from "../../domain/review/index.ts";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { selectCanEdit } from "../flag/notes-selectors.ts";
import { inviteDateFormatter } from "../review/review-invite-labels.ts";
import { followUpMailLabels } from "./follow-up-mail-labels.ts";
import type { ManagerPaneStore } from "./manager-pane.store.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  envelope: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    overflowWrap: "anywhere",
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  frame: {
    width: "100%",
    minHeight: "20rem",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
  sent: {
    ...typographyStyles.body1,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
  },
});

export interface FollowUpSectionProps {
  readonly packet: ReviewPacket;
  readonly store: ManagerPaneStore;
}

/**
 * The follow-up to the rep: the very mail that Send sends, previewed first (its HTML in a sandboxed frame, never as
 * the pane's own markup), sent once, and "Sent on <date>" ever after, as the manager's notes record it.
 */
export function FollowUpSection({ packet, store }: FollowUpSectionProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const headingId = useId();
  const [previewing, setPreviewing] = useState(false);
  const sending = useStore(store, (state) => state.sending);
  const send = useStore(store, (state) => state.sendFollowUp);
  const record = useNotesStore((state) => state.coaching.get(packet.reviewId));
  const canEdit = useNotesStore(selectCanEdit);
  const sentAt = record?.followUpSentAt.value ?? null;
  // The Send button goes away once the mail is out: its focus moves to the sentence that says so, which a screen
  // reader then reads, instead of falling to the page. Only after a press here, never when the notes load.
  const sentConfirmation = useRef<HTMLParagraphElement>(null);
  const pressedSend = useRef(false);
  useEffect(() => {
    if (sentAt && pressedSend.current) sentConfirmation.current?.focus();
  }, [sentAt]);

  const agreedLearning = record?.agreedLearning;
  const mail = useMemo(
    () =>
      buildFollowUpMail({
        packet,
        agreedLearning: Object.fromEntries(
          Object.entries(agreedLearning ?? {}).map(([callId, learning]) => [callId, learning.value]),
        ),
        labels: followUpMailLabels(i18n),
        formatDate: inviteDateFormatter(i18n),
        timeZone: i18n.timeZone,
      }),
    [packet, agreedLearning, i18n],
  );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t("manager.followUpHeading", { rep: packet.rep.name })}
      </h3>
      <Body1 as="p" className={styles.muted}>
        {t("manager.followUpIntro", { rep: packet.rep.name })}
      </Body1>

      {sentAt ? (
        <>
          <p className={styles.sent} ref={sentConfirmation} tabIndex={-1}>
            <CheckmarkCircleRegular aria-hidden="true" />
            {t("manager.sentOn", {
              date: formatDate(new Date(sentAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
          <Body1 as="p" className={styles.muted}>
            {t("manager.sendAgainHint", { rep: packet.rep.name })}
          </Body1>
        </>
      ) : (
        <>
          {sending.status === "failed" ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("manager.sendFailed")}</MessageBarTitle>
                <div>
                  {isUncertain(sending.error)
                    ? t("manager.sendUncertain")
                    : t(errorMessageKey(sending.error))}
                </div>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {canEdit ? null : (
            <Body1 as="p" className={styles.muted}>
              {t("manager.cannotSend")}
            </Body1>
          )}
          <div className={styles.actions}>
            <Button aria-expanded={previewing} onClick={() => setPreviewing((shown) => !shown)}>
              {previewing ? t("manager.hidePreview") : t("manager.preview")}
            </Button>
            <Button
              appearance="primary"
              icon={<MailRegular />}
              disabledFocusable={!canEdit || sending.status === "sending"}
              onClick={() => {
                pressedSend.current = true;
                void send(mail);
              }}
            >
              {sending.status === "sending"
                ? t("manager.sending")
                : sending.status === "failed"
                  ? t("common.tryAgain")
                  : t("manager.send")}
            </Button>
          </div>
        </>
      )}

      {previewing && !sentAt ? (
        <>
          <dl className={styles.envelope}>
            <dt className={styles.label}>{t("manager.previewTo")}</dt>
            <dd className={styles.value}>{`${mail.to.name} <${mail.to.email}>`}</dd>
            <dt className={styles.label}>{t("manager.previewSubject")}</dt>
            <dd className={styles.value}>{mail.subject}</dd>
          </dl>
          <iframe
            className={styles.frame}
            title={t("manager.previewFrame", { rep: packet.rep.name })}
            sandbox=""
            srcDoc={mail.html}
          />
        </>
      ) : null}
    </section>
  );
}

/** A send whose answer was lost (the connection dropped) may have gone out. */
function isUncertain(error: unknown): boolean {
  return typeof error === "object" && error !== null && "kind" in error && error.kind === "network";
}
