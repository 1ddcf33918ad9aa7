import "../../i18n/features/review.messages.ts";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  makeStyles,
  Text,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { CalendarAddRegular, FlagRegular } from "@fluentui/react-icons";
import { useEffect, useId, useMemo, useState } from "react";
import { RECENT_DAYS } from "../../data/calls.repository.ts";
import type { Call } from "../../domain/calls/call.ts";
import type { CallNotes } from "../../domain/notes/call-notes.ts";
import { loggedCallToCall } from "../../domain/notes/logged-call-to-call.ts";
import { useI18n } from "../../i18n/index.ts";
import { CenteredMessage, callSubject, useCallsStore } from "../calls/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { isFlagged } from "../flag/notes-selectors.ts";
import { InReviewLink } from "../review/InReviewLink.tsx";
import { ReflectionForm } from "./ReflectionForm.tsx";
import { reflectionProgress } from "./reflection-progress.ts";

const useStyles = makeStyles({
  root: {
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
    gap: tokens.spacingVerticalS,
  },
  plan: { alignSelf: "flex-start" },
  inReview: { paddingInline: tokens.spacingHorizontalM, paddingBottom: tokens.spacingVerticalXS },
  heading: { ...typographyStyles.title3, margin: 0 },
  subheading: { color: tokens.colorNeutralForeground2, margin: 0 },
  item: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginBottom: tokens.spacingVerticalS,
  },
  headerText: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    paddingBlock: tokens.spacingVerticalXS,
  },
  subject: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2 },
});

interface FlaggedCall {
  readonly notes: CallNotes;
  /** Unknown once the call has left the recent calls (a calendar call older than the list reaches). */
  readonly call: Call | undefined;
}

export interface ReflectViewProps {
  /** The signed-in rep's display name, as Teams writes it in transcripts. */
  readonly repName: string;
  /** Opens planning a review session with the manager; without it there is no such button. */
  readonly onPlanReview?: () => void;
}

/**
 * Review mode: every flagged call with what its transcript says and the ownership questions, answered at the
 * rep's own pace. A call's transcript is read when its section is first opened.
 */
export function ReflectView({ repName, onPlanReview }: ReflectViewProps) {
  const styles = useStyles();
  const { t, formatDayHeading, formatTime } = useI18n();
  const headingId = useId();
  const calendarCalls = useCallsStore((state) => state.calls);
  const callsStatus = useCallsStore((state) => state.status);
  const loadCalls = useCallsStore((state) => state.load);
  const loggedCalls = useNotesStore((state) => state.loggedCalls);
  const notes = useNotesStore((state) => state.notes);

  // Until the rep opens or closes one, the newest flagged call is open (which is newest may change as calls load).
  const [openItems, setOpenItems] = useState<readonly string[] | null>(null);

  // The flagged calls' subjects and times come from the calls list, wherever the rep started.
  useEffect(() => {
    if (callsStatus === "idle") void loadCalls();
  }, [callsStatus, loadCalls]);

  const flagged = useMemo(() => {
    const calls = new Map<string, Call>();
    for (const call of calendarCalls) calls.set(call.id, call);
    for (const logged of loggedCalls) calls.set(logged.id, loggedCallToCall(logged));
    const list: FlaggedCall[] = [...notes.values()]
      .filter((callNotes) => isFlagged(callNotes))
      .map((callNotes) => ({ notes: callNotes, call: calls.get(callNotes.callId) }));
    // Newest call first; calls no longer listed go last, most recently flagged first.
    return list.sort(
      (a, b) =>
        (b.call?.start.getTime() ?? 0) - (a.call?.start.getTime() ?? 0) ||
        b.notes.flagged.at.localeCompare(a.notes.flagged.at),
    );
  }, [calendarCalls, loggedCalls, notes]);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <header className={styles.header}>
        <h2 id={headingId} className={styles.heading}>
          {t("reflect.heading")}
        </h2>
        <Body1 as="p" className={styles.subheading}>
          {t("reflect.subheading")}
        </Body1>
        {onPlanReview && flagged.length > 0 ? (
          <Button icon={<CalendarAddRegular />} className={styles.plan} onClick={onPlanReview}>
            {t("review.planFromReflect")}
          </Button>
        ) : null}
      </header>
      {flagged.length === 0 ? (
        <CenteredMessage icon={FlagRegular} title={t("reflect.empty")} hint={t("reflect.emptyHint")} />
      ) : (
        <Accordion
          multiple
          collapsible
          openItems={openItems ?? flagged.slice(0, 1).map(({ notes: first }) => first.callId)}
          onToggle={(_, data) => setOpenItems(data.openItems.map(String))}
        >
          {flagged.map(({ notes: callNotes, call }) => {
            const subject = call ? callSubject(call, t) : t("reflect.olderCall", { days: RECENT_DAYS });
            const progress = reflectionProgress(callNotes);
            return (
              <AccordionItem key={callNotes.callId} value={callNotes.callId} className={styles.item}>
                <AccordionHeader as="h3" expandIconPosition="end">
                  <span className={styles.headerText}>
                    <Text weight="semibold" className={styles.subject}>
                      {subject}
                    </Text>
                    <Caption1 className={styles.meta}>
                      {[
                        call ? `${formatDayHeading(call.start)}, ${formatTime(call.start)}` : null,
                        t("reflect.progress", progress),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </Caption1>
                  </span>
                </AccordionHeader>
                <InReviewLink callId={callNotes.callId} className={styles.inReview} />
                {/* The panel's content exists only while it is open, so a transcript is read on first opening. */}
                <AccordionPanel>
                  <ReflectionForm notes={callNotes} call={call} subject={subject} repName={repName} />
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </section>
  );
}
