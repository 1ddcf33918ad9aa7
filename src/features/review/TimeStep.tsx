import "../../i18n/features/review.messages.ts";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useEffect } from "react";
import {
  MEETING_DURATIONS_MINUTES,
  type MeetingDurationMinutes,
} from "../../data/review-session.repository.ts";
import { errorMessageKey, type MessageKey, useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { formatSessionTime } from "./format-session-time.ts";
import { ManualTimeForm } from "./ManualTimeForm.tsx";
import { useReviewPlannerStore } from "./ReviewPlannerStoreProvider.tsx";
import { managerOf, type ReviewPlan } from "./review-planner.store.ts";

/** One plain sentence per reason Graph gives for suggesting no time. */
const EMPTY_REASONS = {
  attendeesUnavailable: "review.reasonAttendeesUnavailable",
  attendeesUnavailableOrUnknown: "review.reasonAttendeesUnavailableOrUnknown",
  locationsUnavailable: "review.reasonLocationsUnavailable",
  organizerUnavailable: "review.reasonOrganizerUnavailable",
  unknown: "review.reasonUnknown",
} as const satisfies Record<string, MessageKey>;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  duration: { maxWidth: "12rem" },
  text: { margin: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  spinner: { justifyContent: "flex-start" },
});

/**
 * When: free times with the manager over the next five working days, in the rep's time zone, for the length the
 * rep picks; when there are none, why in plain words, and a date and time the rep types instead.
 */
export function TimeStep({ plan }: { readonly plan: ReviewPlan }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, formatDuration, timeZone } = i18n;
  const chosenManager = useNotesStore((state) => state.chosenManager);
  const findTimes = useReviewPlannerStore((state) => state.findTimes);
  const setDuration = useReviewPlannerStore((state) => state.setDuration);
  const chooseTime = useReviewPlannerStore((state) => state.chooseTime);
  const managerName = managerOf(plan, chosenManager)?.name ?? "";
  const { times, time } = plan;
  const when = (start: Date, end: Date) => formatSessionTime(i18n, start, end);

  useEffect(() => {
    if (times.status === "idle") void findTimes();
  }, [times.status, findTimes]);

  const reasonKey =
    times.emptyReason !== null && Object.hasOwn(EMPTY_REASONS, times.emptyReason)
      ? EMPTY_REASONS[times.emptyReason as keyof typeof EMPTY_REASONS]
      : EMPTY_REASONS.unknown;

  return (
    <div className={styles.root}>
      <Field label={t("review.duration")} className={styles.duration}>
        <Select
          value={String(plan.durationMinutes)}
          onChange={(_, data) => setDuration(Number(data.value) as MeetingDurationMinutes)}
        >
          {MEETING_DURATIONS_MINUTES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {formatDuration(minutes)}
            </option>
          ))}
        </Select>
      </Field>

      <div role="status">
        {times.status === "idle" || times.status === "loading" ? (
          <Spinner
            className={styles.spinner}
            size="tiny"
            labelPosition="after"
            label={t("review.findingTimes")}
          />
        ) : times.status === "ready" && times.suggestions.length === 0 ? (
          <Body1 as="p" className={styles.text}>
            {`${t(reasonKey, { manager: managerName })} ${t("review.pickByHand")}`}
          </Body1>
        ) : null}
      </div>

      {times.status === "error" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("review.timesFailed")}</MessageBarTitle>
            <div>{t(errorMessageKey(times.error))}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<ArrowClockwiseRegular />} onClick={() => void findTimes()}>
              {t("common.tryAgain")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {times.status === "ready" && times.suggestions.length > 0 ? (
        <Field label={t("review.suggestions", { manager: managerName })}>
          <RadioGroup
            value={time?.source === "suggestion" ? time.start.toISOString() : ""}
            onChange={(_, data) => chooseTime(new Date(data.value), "suggestion")}
          >
            {times.suggestions.map((suggestion) => (
              <Radio
                key={suggestion.start.toISOString()}
                value={suggestion.start.toISOString()}
                label={when(suggestion.start, suggestion.end)}
              />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      <Caption1 className={styles.muted}>{t("review.timesIn", { timeZone })}</Caption1>

      <ManualTimeForm
        chosen={time?.source === "manual" ? time.start : null}
        onChoose={(start) => chooseTime(start, "manual")}
      />

      <Body1 as="p" role="status" className={styles.text}>
        {time ? t("review.timeChosen", { when: when(time.start, time.end) }) : ""}
      </Body1>
    </div>
  );
}
