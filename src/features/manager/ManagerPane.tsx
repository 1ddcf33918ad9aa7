import "../../i18n/features/manager.messages.ts";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { type ReactNode, useEffect } from "react";
import { useStore } from "zustand";
import { DelayedSpinner } from "../../app/DelayedSpinner.tsx";
import type { PacketLoad } from "../../data/review-packet.repository.ts";
import type { ReviewPacket } from "../../domain/review/index.ts";
import { MailboxItemError } from "../../hosts/mailbox-item.ts";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { selectCanEdit } from "../flag/notes-selectors.ts";
import { SaveStatusIndicator } from "../flag/SaveStatusIndicator.tsx";
import { ReviewPacketView } from "../review/ReviewPacketView.tsx";
import { CallCoachingFields } from "./CallCoachingFields.tsx";
import { CoachingGuide } from "./CoachingGuide.tsx";
import { FollowUpSection } from "./FollowUpSection.tsx";
import type { InvitePacket, ManagerPaneStore } from "./manager-pane.store.ts";

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "48rem",
    marginInline: "auto",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  heading: { ...typographyStyles.title3, margin: 0 },
  details: { marginTop: tokens.spacingVerticalXS },
  reason: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface ManagerPaneProps {
  readonly store: ManagerPaneStore;
}

/**
 * The manager's pane on a review invite (Outlook read mode, or the demo's stand-in): the rep's packet with a short
 * coaching guide, the manager's private notes and agreed learning per call, and the follow-up to the rep. An invite
 * without a readable packet gets a plain sentence, never a blank pane.
 */
export function ManagerPane({ store }: ManagerPaneProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const invite = useStore(store, (state) => state.invite);
  const open = useStore(store, (state) => state.open);
  const notesStatus = useNotesStore((state) => state.status);
  const loadNotes = useNotesStore((state) => state.load);

  useEffect(() => {
    if (store.getState().invite.status === "idle") void open();
  }, [store, open]);
  useEffect(() => {
    if (notesStatus === "idle") void loadNotes();
  }, [notesStatus, loadNotes]);

  return (
    <section className={styles.root} aria-labelledby="manager-pane-heading">
      <h2 id="manager-pane-heading" className={styles.heading}>
        {t("manager.heading")}
      </h2>
      <InviteContent invite={invite} store={store} onRetry={() => void open()} />
    </section>
  );
}

interface InviteContentProps {
  readonly invite: InvitePacket;
  readonly store: ManagerPaneStore;
  readonly onRetry: () => void;
}

function InviteContent({ invite, store, onRetry }: InviteContentProps) {
  const { t } = useI18n();
  switch (invite.status) {
    case "idle":
    case "opening":
      return <DelayedSpinner label={t("manager.opening")} />;
    case "noItem":
      return <Notice intent="info" body={t("manager.noItem")} />;
    case "itemFailed":
      return invite.error instanceof MailboxItemError && invite.error.reason === "notFound" ? (
        <Notice intent="warning" body={t("manager.itemNotFound")} />
      ) : (
        <Notice intent="error" body={t("manager.itemFailed")} onRetry={onRetry} />
      );
    case "loaded":
      return <PacketContent load={invite.load} store={store} onRetry={onRetry} />;
  }
}

function PacketContent({
  load,
  store,
  onRetry,
}: { readonly load: PacketLoad } & Omit<InviteContentProps, "invite">) {
  const styles = useStyles();
  const { t } = useI18n();
  switch (load.kind) {
    case "ok":
      return <CoachingView packet={load.packet} store={store} />;
    case "noPacket":
      return <Notice intent="info" title={t("manager.noPacketTitle")} body={t("manager.noPacketBody")} />;
    case "invalid":
      return (
        <Notice intent="warning" title={t("manager.invalidTitle")} body={t("manager.invalidBody")}>
          {/* The English reason is for a support person, not the manager: tucked away, never the message. */}
          <details className={styles.details}>
            <summary>{t("manager.invalidDetails")}</summary>
            <span className={styles.reason} lang="en">
              {load.reason}
            </span>
          </details>
        </Notice>
      );
    case "newerVersion":
      return <Notice intent="warning" title={t("manager.newerTitle")} body={t("manager.newerBody")} />;
    case "unavailable":
      return (
        <Notice
          intent="error"
          title={t("manager.unavailableTitle")}
          body={
            load.error instanceof MailboxItemError
              ? t(
                  load.error.reason === "unsupported"
                    ? "manager.unavailableUnsupported"
                    : "manager.unavailableHost",
                )
              : t(errorMessageKey(load.error))
          }
          onRetry={onRetry}
        />
      );
  }
}

function CoachingView({
  packet,
  store,
}: {
  readonly packet: ReviewPacket;
  readonly store: ManagerPaneStore;
}) {
  return (
    <>
      {/* The manager's notes save as they type, like the rep's: whether they are safe is said, and announced. */}
      <SaveStatusIndicator />
      <NotesStatus />
      <CoachingGuide repName={packet.rep.name} />
      <ReviewPacketView
        packet={packet}
        headingLevel={3}
        renderCallFooter={(call) => (
          <CallCoachingFields reviewId={packet.reviewId} rep={packet.rep} call={call} />
        )}
      />
      <FollowUpSection packet={packet} store={store} />
    </>
  );
}

/** Why the manager's notes cannot be written now (their notes document failed to load, or cannot be read). */
function NotesStatus() {
  const { t } = useI18n();
  const status = useNotesStore((state) => state.status);
  const canEdit = useNotesStore(selectCanEdit);
  const load = useNotesStore((state) => state.load);
  if (canEdit || status === "idle" || status === "loading") return null;
  return (
    <Notice
      intent="warning"
      body={t("manager.notesReadOnly")}
      onRetry={status === "error" ? () => void load() : undefined}
    />
  );
}

interface NoticeProps {
  readonly intent: "info" | "warning" | "error";
  readonly title?: string;
  readonly body: string;
  readonly onRetry?: () => void;
  readonly children?: ReactNode;
}

function Notice({ intent, title, body, onRetry, children }: NoticeProps) {
  const { t } = useI18n();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title ? <MessageBarTitle>{title}</MessageBarTitle> : null}
        <div>{body}</div>
        {children}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
            {t("common.tryAgain")}
          </Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
