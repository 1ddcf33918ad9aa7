import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Tab,
  TabList,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, CalendarEmptyRegular } from "@fluentui/react-icons";
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { DelayedSpinner } from "../../app/DelayedSpinner.tsx";
import { RECENT_DAYS } from "../../data/calls.repository.ts";
import type { Call, CallKind } from "../../domain/calls/call.ts";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { CallsByDay, type RowShortcuts } from "./CallsByDay.tsx";
import { useCallsStore } from "./CallsStoreProvider.tsx";
import { CenteredMessage } from "./CenteredMessage.tsx";
import { CALLS_CONTAINER } from "./calls.styles.ts";

export interface RecentCallsViewProps {
  /** Calls from elsewhere (e.g. logged by hand), listed with the calendar's once it has loaded. */
  readonly additionalCalls?: readonly Call[];
  /** Buttons for each call (e.g. Flag), shown at the end of its row. */
  readonly rowActions?: (call: Call) => ReactNode;
  /** What the rep added to a call (e.g. flagged, a note), on a line of its own under the call. */
  readonly rowDetails?: (call: Call) => ReactNode;
  /** Keys a focused row answers to (e.g. F to flag). */
  readonly rowShortcuts?: RowShortcuts;
  /** Buttons beside the heading (e.g. Log a call). */
  readonly headerActions?: ReactNode;
  /** A line under the heading (e.g. today's momentum). */
  readonly summary?: ReactNode;
  /**
   * Whether what the rows show besides the call (e.g. its flag) is known yet. Until it is, the list stays loading,
   * so that rows are not redrawn, and do not grow, under the rep's eyes a moment after they appeared.
   */
  readonly rowsComplete?: boolean;
}

type CallFilter = "all" | CallKind;
const FILTERS = ["all", "customer", "internal"] as const satisfies readonly CallFilter[];
const NO_CALLS: readonly Call[] = [];

const useStyles = makeStyles({
  root: {
    containerType: "inline-size",
    containerName: CALLS_CONTAINER,
    boxSizing: "border-box",
    width: "100%",
    maxWidth: "64rem",
    marginInline: "auto",
    paddingBlock: tokens.spacingVerticalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  header: {
    paddingInline: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  titleRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    // A medium button's height, so that header actions shown later (Log a call) move nothing below them.
    minHeight: "32px",
  },
  heading: {
    ...typographyStyles.title3,
    margin: 0,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  subheading: { color: tokens.colorNeutralForeground2, margin: 0 },
  tabs: { paddingInline: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  error: { marginInline: tokens.spacingHorizontalM },
});

/** The rep's first screen: their calls and meetings of the last days, by day, with a customer/internal filter. */
export function RecentCallsView({
  additionalCalls = NO_CALLS,
  rowActions,
  rowDetails,
  rowShortcuts,
  headerActions,
  summary,
  rowsComplete = true,
}: RecentCallsViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const status = useCallsStore((state) => state.status);
  const calendarCalls = useCallsStore((state) => state.calls);
  const transcripts = useCallsStore((state) => state.transcripts);
  const transcriptsStatus = useCallsStore((state) => state.transcriptsStatus);
  const error = useCallsStore((state) => state.error);
  const load = useCallsStore((state) => state.load);
  const loadTranscripts = useCallsStore((state) => state.loadTranscripts);
  const retry = useCallsStore((state) => state.retry);
  const [filter, setFilter] = useState<CallFilter>("all");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = useId();

  useEffect(() => {
    if (status === "idle") void load();
  }, [status, load]);

  const calls = useMemo(
    () => (additionalCalls.length > 0 ? [...calendarCalls, ...additionalCalls] : calendarCalls),
    [calendarCalls, additionalCalls],
  );
  const shown = useMemo(
    () => (filter === "all" ? calls : calls.filter((call) => call.kind === filter)),
    [calls, filter],
  );

  const listed = status === "ready" && rowsComplete;

  const onRetry = () => {
    // The button goes away while loading; the heading keeps the keyboard user's place.
    headingRef.current?.focus();
    void retry();
  };

  const filterLabels = {
    all: t("calls.filterAll"),
    customer: t("calls.filterCustomer"),
    internal: t("calls.filterInternal"),
  } satisfies Record<CallFilter, string>;
  const emptyMessages = {
    all: t("calls.emptyAll", { days: RECENT_DAYS }),
    customer: t("calls.emptyCustomer", { days: RECENT_DAYS }),
    internal: t("calls.emptyInternal", { days: RECENT_DAYS }),
  } satisfies Record<CallFilter, string>;

  return (
    <section className={styles.root} aria-labelledby={`${ids}-heading`}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <h2 id={`${ids}-heading`} className={styles.heading} ref={headingRef} tabIndex={-1}>
            {t("calls.heading")}
          </h2>
          {headerActions}
        </div>
        <Body1 as="p" className={styles.subheading}>
          {t("calls.subheading", { days: RECENT_DAYS })}
        </Body1>
        {summary}
      </header>

      {status === "error" ? (
        <MessageBar intent="error" layout="multiline" className={styles.error}>
          <MessageBarBody>
            <MessageBarTitle>{t("calls.loadFailed")}</MessageBarTitle>
            <div>{t(errorMessageKey(error))}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwiseRegular />} onClick={onRetry}>
              {t("common.tryAgain")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <>
          <TabList
            className={styles.tabs}
            selectedValue={filter}
            onTabSelect={(_, data) => setFilter(data.value as CallFilter)}
            aria-label={t("calls.filterLabel")}
          >
            {FILTERS.map((value) => (
              <Tab key={value} value={value} id={`${ids}-tab-${value}`} aria-controls={`${ids}-panel`}>
                {filterLabels[value]}
              </Tab>
            ))}
          </TabList>
          <div
            role="tabpanel"
            id={`${ids}-panel`}
            aria-labelledby={`${ids}-tab-${filter}`}
            // Busy from the start: the spinner that says so in sight waits a moment (see `DelayedSpinner`).
            aria-busy={listed ? undefined : true}
          >
            {listed ? (
              shown.length > 0 ? (
                <CallsByDay
                  calls={shown}
                  transcripts={transcripts}
                  transcriptsPending={transcriptsStatus === "idle" || transcriptsStatus === "loading"}
                  rowActions={rowActions}
                  rowDetails={rowDetails}
                  rowShortcuts={rowShortcuts}
                  onAllRowsDrawn={() => void loadTranscripts()}
                />
              ) : (
                <CenteredMessage
                  icon={CalendarEmptyRegular}
                  title={emptyMessages[filter]}
                  hint={t("calls.emptyHint")}
                />
              )
            ) : (
              <CenteredMessage>
                <DelayedSpinner label={t("calls.loading")} />
              </CenteredMessage>
            )}
          </div>
        </>
      )}
    </section>
  );
}
