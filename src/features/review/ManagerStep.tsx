import "../../i18n/features/review.messages.ts";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, PersonRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { usePoliteAnnouncement } from "../flag/use-polite-announcement.tsx";
import { PeopleSearch } from "./PeopleSearch.tsx";
import { useReviewPlannerStore } from "./ReviewPlannerStoreProvider.tsx";
import { managerOf, type ReviewPlan } from "./review-planner.store.ts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  manager: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  who: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  text: { ...typographyStyles.body1, margin: 0, overflowWrap: "anywhere", minWidth: 0 },
  icon: { flexShrink: 0, fontSize: "20px" },
  spinner: { justifyContent: "flex-start" },
});

/**
 * Who the review goes to: the manager the rep picked, or else the one the directory names; when it names none
 * (404) or may not be read (403) one sentence says which, and the rep picks their manager once from a search.
 */
export function ManagerStep({ plan }: { readonly plan: ReviewPlan }) {
  const styles = useStyles();
  const { t } = useI18n();
  const chosenManager = useNotesStore((state) => state.chosenManager);
  const retryPeople = useReviewPlannerStore((state) => state.retryPeople);
  const setChangingManager = useReviewPlannerStore((state) => state.setChangingManager);
  const { announce, region } = usePoliteAnnouncement();
  const managerLine = useRef<HTMLParagraphElement>(null);
  const backToManager = useRef(false);
  const manager = managerOf(plan, chosenManager);
  const directory = plan.people.status === "ready" ? plan.people.value.directory : null;
  const searching = plan.people.status !== "loading" && (manager === null || plan.changingManager);

  useEffect(() => {
    // The search the rep used is gone once they picked: their place is the manager it chose.
    if (backToManager.current && !searching) {
      backToManager.current = false;
      managerLine.current?.focus();
    }
  }, [searching]);

  return (
    <div className={styles.root}>
      {region}
      {plan.people.status === "loading" ? (
        <Spinner className={styles.spinner} size="tiny" labelPosition="after" label={t("review.lookingUp")} />
      ) : plan.people.status === "error" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("review.lookUpFailed")}</MessageBarTitle>
            <div>{t(errorMessageKey(plan.people.error))}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwiseRegular />} onClick={retryPeople}>
              {t("common.tryAgain")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {manager && !plan.changingManager ? (
        <div className={styles.manager}>
          <div className={styles.who}>
            <PersonRegular className={styles.icon} aria-hidden="true" />
            <p className={styles.text} ref={managerLine} tabIndex={-1}>
              {t(chosenManager ? "review.managerChosen" : "review.managerFromDirectory", {
                name: manager.name,
                email: manager.email,
              })}
            </p>
          </div>
          <Button
            appearance="transparent"
            aria-label={t("review.changeManager")}
            onClick={() => setChangingManager(true)}
          >
            {t("review.change")}
          </Button>
        </div>
      ) : null}

      {searching ? (
        <>
          {manager === null && directory?.kind === "none" ? (
            <Body1 as="p" className={styles.text}>
              {t("review.noManager")}
            </Body1>
          ) : manager === null && directory?.kind === "notAllowed" ? (
            <Body1 as="p" className={styles.text}>
              {t("review.managerNotAllowed")}
            </Body1>
          ) : null}
          <PeopleSearch
            search={plan.search}
            onPicked={(name) => {
              backToManager.current = true;
              announce(t("review.managerPicked", { name }));
            }}
          />
          {manager ? (
            <div>
              <Button
                onClick={() => {
                  backToManager.current = true;
                  setChangingManager(false);
                }}
              >
                {t("review.keepManager", { name: manager.name })}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
