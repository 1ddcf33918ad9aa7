import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { CallRegular, DismissRegular, LightbulbRegular, PeopleTeamRegular } from "@fluentui/react-icons";
import { Suspense, useEffect, useId, useRef, useState } from "react";
import { DelayedSpinner } from "../../app/DelayedSpinner.tsx";
import { FeatureBoundary } from "../../app/FeatureBoundary.tsx";
import { retryableLazy } from "../../app/retryable-lazy.tsx";
import { useI18n } from "../../i18n/index.ts";
import { SettingsMenu } from "../settings/SettingsMenu.tsx";
import { CallsWithFlags } from "./CallsWithFlags.tsx";
import { NotesMessages } from "./NotesMessages.tsx";
import { useNotesStore } from "./NotesStoreProvider.tsx";
import { SaveStatusIndicator } from "./SaveStatusIndicator.tsx";

// Review mode's tabs are a chunk each: the rep's first screen, Calls, does not carry their code.
const ReflectView = retryableLazy(() =>
  import("../reflect/ReflectView.tsx").then((module) => module.ReflectView),
);
// Fetched the first time the rep asks to delete their data: most sessions never do.
const DeleteDataDialog = retryableLazy(() =>
  import("../settings/DeleteDataDialog.tsx").then((module) => module.DeleteDataDialog),
);
const ReviewsTab = retryableLazy(() =>
  import("../review/ReviewsTab.tsx").then((module) => module.ReviewsTab),
);

type View = "calls" | "reflect" | "reviews";
const VIEWS = ["calls", "reflect", "reviews"] as const satisfies readonly View[];

const useStyles = makeStyles({
  // As wide as the lists below, so the tabs line up with them in a wide Teams tab.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    width: "100%",
    maxWidth: "64rem",
    marginInline: "auto",
  },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: { flexGrow: 1 },
  end: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginInlineStart: "auto",
    minWidth: 0,
    // On a phone or in Outlook's pane the save status has a line of its own from the start: "Loading your flags
    // and notes…" would otherwise wrap the bar, and "All changes saved" unwrap it, moving the calls under the rep.
    "@media (max-width: 480px)": { flexBasis: "100%", justifyContent: "flex-end" },
  },
  loading: { justifyContent: "flex-start" },
});

export interface RepHomeProps {
  /** The signed-in rep's display name, as Teams writes it in transcripts. */
  readonly repName: string;
}

/**
 * The rep's tab: Calls (action mode: flag, reframe, log a call), Reflect (review mode) and Reviews (sessions with
 * the manager), with whether their edits are saved, what is wrong with their notes if anything, and deleting
 * their data.
 */
export function RepHome({ repName }: RepHomeProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const ids = useId();
  const status = useNotesStore((state) => state.status);
  const load = useNotesStore((state) => state.load);
  const [view, setView] = useState<View>("calls");
  // Reflect's "Plan a review with your manager" opens Reviews with planning started.
  const [planOnOpen, setPlanOnOpen] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  // Mounted from the first request on, so that the dialog can animate closed and give focus back.
  const [deleteAsked, setDeleteAsked] = useState(false);
  const askToDeleteData = () => {
    setDeleteAsked(true);
    setConfirmingDelete(true);
  };
  const [deleted, setDeleted] = useState(false);
  const deletedMessage = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (status === "idle") void load();
  }, [status, load]);

  const labels = {
    calls: t("home.tabCalls"),
    reflect: t("home.tabReflect"),
    reviews: t("review.tab"),
  } satisfies Record<View, string>;
  const icons = {
    calls: <CallRegular />,
    reflect: <LightbulbRegular />,
    reviews: <PeopleTeamRegular />,
  } satisfies Record<View, unknown>;

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <TabList
          className={styles.tabs}
          selectedValue={view}
          onTabSelect={(_, data) => {
            setPlanOnOpen(false);
            setView(data.value as View);
          }}
          aria-label={t("home.viewsLabel")}
        >
          {VIEWS.map((value) => (
            <Tab
              key={value}
              value={value}
              icon={icons[value]}
              id={`${ids}-tab-${value}`}
              aria-controls={`${ids}-panel`}
            >
              {labels[value]}
            </Tab>
          ))}
        </TabList>
        <div className={styles.end}>
          {status === "ready" ? (
            <SaveStatusIndicator />
          ) : status === "loading" ? (
            <DelayedSpinner size="extra-tiny" label={t("notes.loading")} labelPosition="after" />
          ) : null}
          <SettingsMenu onDeleteData={askToDeleteData} />
        </div>
      </div>
      <NotesMessages onDeleteData={askToDeleteData} />
      {/* A live region that exists before the message, so a screen reader says it when it appears. */}
      <div role="status">
        {deleted ? (
          <MessageBar intent="success" layout="multiline" ref={deletedMessage} tabIndex={-1}>
            <MessageBarBody>
              <MessageBarTitle>{t("deleteData.done")}</MessageBarTitle>
              <div>{t("deleteData.doneBody")}</div>
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  icon={<DismissRegular />}
                  aria-label={t("common.close")}
                  onClick={() => setDeleted(false)}
                />
              }
            />
          </MessageBar>
        ) : null}
      </div>
      <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-tab-${view}`}>
        {view === "calls" ? (
          <FeatureBoundary key="calls" feature="feature.calls">
            <CallsWithFlags />
          </FeatureBoundary>
        ) : view === "reflect" ? (
          // A chunk that fails to arrive is the boundary's to show, with its way to try again. Keyed per tab, so that
          // a failure in one tab is not what the other tab shows.
          <FeatureBoundary key="reflect" feature="feature.reflect">
            <Suspense fallback={<DelayedSpinner label={t("common.loading")} />}>
              <ReflectView
                repName={repName}
                onPlanReview={() => {
                  setPlanOnOpen(true);
                  setView("reviews");
                }}
              />
            </Suspense>
          </FeatureBoundary>
        ) : (
          <FeatureBoundary key="reviews" feature="feature.review">
            <Suspense fallback={<DelayedSpinner label={t("common.loading")} />}>
              <ReviewsTab repName={repName} startPlanning={planOnOpen} />
            </Suspense>
          </FeatureBoundary>
        )}
      </div>
      {deleteAsked ? (
        <FeatureBoundary feature="feature.deleteData">
          <Suspense fallback={null}>
            <DeleteDataDialog
              open={confirmingDelete}
              onOpenChange={setConfirmingDelete}
              onDeleted={() => setDeleted(true)}
              // What the rep used to open the dialog is gone with the data; the confirmation keeps their place.
              onClosed={() => deletedMessage.current?.focus()}
            />
          </Suspense>
        </FeatureBoundary>
      ) : null}
    </div>
  );
}
