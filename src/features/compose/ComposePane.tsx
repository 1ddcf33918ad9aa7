import "../../i18n/features/compose.messages.ts";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, AttachRegular, FlagRegular, PersonAddRegular } from "@fluentui/react-icons";
import { type ReactNode, useEffect, useId } from "react";
import { useStore } from "zustand";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { callChoiceMeta } from "../calls/call-choice-meta.ts";
import { CenteredMessage, callSubject } from "../calls/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { managerOf } from "../review/review-planner.store.ts";
import { useReviewCandidates } from "../review/use-review-candidates.ts";
import { composeFailureMessageKey } from "./compose-failure.ts";
import { type ComposePaneStore, chosenCandidates } from "./compose-pane.store.ts";

const useStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    width: "100%",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  heading: { ...typographyStyles.title3, margin: 0 },
  sectionHeading: { ...typographyStyles.subtitle2, margin: 0 },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  call: { display: "flex", flexDirection: "column", minWidth: 0 },
  label: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, paddingInlineStart: "32px" },
  action: { alignSelf: "flex-start" },
});

export interface ComposePaneProps {
  readonly store: ComposePaneStore;
  /** The rep's name as Teams writes it in transcripts. */
  readonly repName: string;
}

/**
 * The organizer pane: the rep writing a meeting in Outlook picks flagged calls, which Momentum writes into the
 * body and attaches as the review packet, and adds their manager in one click.
 */
export function ComposePane({ store, repName }: ComposePaneProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const ids = useId();
  const { candidates, loading } = useReviewCandidates();
  const notesStatus = useNotesStore((state) => state.status);
  const loadNotes = useNotesStore((state) => state.load);
  const chosenManager = useNotesStore((state) => state.chosenManager);
  const people = useStore(store, (state) => state.people);
  const selectedCallIds = useStore(store, (state) => state.selectedCallIds);
  const attaching = useStore(store, (state) => state.attaching);
  const setCallSelected = useStore(store, (state) => state.setCallSelected);
  const attach = useStore(store, (state) => state.attach);
  const lookUpPeople = useStore(store, (state) => state.lookUpPeople);

  useEffect(() => {
    if (notesStatus === "idle") void loadNotes();
  }, [notesStatus, loadNotes]);
  useEffect(() => {
    void lookUpPeople();
  }, [lookUpPeople]);

  const manager = managerOf({ people }, chosenManager);
  const selected = new Set(
    chosenCandidates(selectedCallIds, candidates).map((candidate) => candidate.call.id),
  );
  const notesLoading = notesStatus === "idle" || notesStatus === "loading";

  return (
    <section className={styles.root} aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className={styles.heading}>
        {t("compose.heading")}
      </h2>
      <Body1 as="p" className={styles.text}>
        {t("compose.intro")}
      </Body1>

      {candidates.length === 0 ? (
        loading || notesLoading ? (
          <Spinner size="tiny" labelPosition="after" label={t("compose.loading")} />
        ) : (
          <CenteredMessage icon={FlagRegular} title={t("compose.none")} hint={t("compose.noneHint")} />
        )
      ) : (
        <>
          <ul className={styles.list} aria-label={t("compose.callsLabel")}>
            {candidates.map((candidate) => {
              const { call } = candidate;
              const metaId = `${ids}-${call.id}-meta`;
              return (
                <li key={call.id} className={styles.call}>
                  <Checkbox
                    label={{ children: callSubject(call, t), className: styles.label }}
                    checked={selected.has(call.id)}
                    aria-describedby={metaId}
                    disabled={attaching.status === "running"}
                    onChange={(_, data) => setCallSelected(call.id, data.checked === true)}
                  />
                  <Caption1 id={metaId} className={styles.meta}>
                    {callChoiceMeta(candidate, i18n, t("compose.inReview"))}
                  </Caption1>
                </li>
              );
            })}
          </ul>
          <Button
            appearance="primary"
            icon={<AttachRegular />}
            className={styles.action}
            disabledFocusable={selected.size === 0 || !manager || attaching.status === "running"}
            onClick={() => void attach(i18n, repName)}
          >
            {attaching.status === "running"
              ? t("compose.attaching")
              : t("compose.attach", { count: selected.size })}
          </Button>
          {selected.size === 0 ? <Caption1>{t("compose.chooseOne")}</Caption1> : null}
          <div role="status">
            {attaching.status === "done" ? (
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{t("compose.attached", { count: attaching.value })}</MessageBarBody>
              </MessageBar>
            ) : null}
          </div>
          {attaching.status === "failed" ? (
            <Failure title={t("compose.attachFailed")} error={attaching.error} />
          ) : null}
        </>
      )}

      <ManagerSection store={store} />
    </section>
  );
}

function ManagerSection({ store }: { readonly store: ComposePaneStore }) {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  const chosenManager = useNotesStore((state) => state.chosenManager);
  const people = useStore(store, (state) => state.people);
  const inviting = useStore(store, (state) => state.inviting);
  const inviteManager = useStore(store, (state) => state.inviteManager);
  const lookUpPeople = useStore(store, (state) => state.lookUpPeople);
  const manager = managerOf({ people }, chosenManager);

  let content: ReactNode;
  if (manager) {
    content =
      inviting.status === "done" ? (
        <Body1 as="p" role="status" className={styles.text}>
          {t("compose.managerAdded", { name: manager.name })}
        </Body1>
      ) : (
        <>
          <Button
            icon={<PersonAddRegular />}
            className={styles.action}
            disabledFocusable={inviting.status === "running"}
            onClick={() => void inviteManager()}
          >
            {inviting.status === "running"
              ? t("compose.addingManager")
              : t("compose.addManager", { name: manager.name })}
          </Button>
          {inviting.status === "failed" ? (
            <Failure title={t("compose.addManagerFailed", { name: manager.name })} error={inviting.error} />
          ) : null}
        </>
      );
  } else if (people.status === "loading") {
    content = <Spinner size="tiny" labelPosition="after" label={t("compose.managerLookingUp")} />;
  } else if (people.status === "error") {
    content = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t(errorMessageKey(people.error))}</MessageBarBody>
        <MessageBarActions>
          <Button icon={<ArrowClockwiseRegular />} onClick={() => void lookUpPeople()}>
            {t("common.tryAgain")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  } else {
    content = (
      <Body1 as="p" className={styles.text}>
        {t("compose.managerUnknown")}
      </Body1>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.sectionHeading}>
        {t("compose.managerHeading")}
      </h3>
      {content}
    </section>
  );
}

/** Why an Outlook operation failed, in words the rep can act on. */
function Failure({ title, error }: { readonly title: string; readonly error: unknown }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <div>{t(composeFailureMessageKey(error))}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
