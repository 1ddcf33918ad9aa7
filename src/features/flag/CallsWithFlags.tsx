import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { CallAddRegular } from "@fluentui/react-icons";
import { type KeyboardEvent, type ReactNode, Suspense, useMemo, useRef, useState } from "react";
import { retryableLazy } from "../../app/retryable-lazy.tsx";
import { usePreloadOnApproach } from "../../app/use-preload-on-approach.ts";
import type { Call } from "../../domain/calls/call.ts";
import type { LoggedCall } from "../../domain/notes/call-notes.ts";
import { loggedCallToCall } from "../../domain/notes/logged-call-to-call.ts";
import { useI18n } from "../../i18n/index.ts";
import {
  callSubject,
  findCallRow,
  RecentCallsView,
  type RowShortcuts,
  useCallsStore,
} from "../calls/index.ts";
import { LoggedCallOutcome } from "../log-call/LoggedCallOutcome.tsx";
import { FlagButton } from "./FlagButton.tsx";
import { FlagDetails, hasFlagDetails } from "./FlagDetails.tsx";
import { MomentumLine } from "./MomentumLine.tsx";
import { useNotesStore } from "./NotesStoreProvider.tsx";
import { isFlagged, selectCanEdit } from "./notes-selectors.ts";
import { usePoliteAnnouncement } from "./use-polite-announcement.tsx";

// Both dialogs, with Fluent's Dialog and form fields, are not the first screen's code: the list shows without them,
// and they are fetched once the rep reaches for the list (see below).
const ReframeDialog = retryableLazy(() =>
  import("./ReframeDialog.tsx").then((module) => module.ReframeDialog),
);
const LogCallDialog = retryableLazy(() =>
  import("../log-call/LogCallDialog.tsx").then((module) => module.LogCallDialog),
);

/** The key that flags or unflags the focused row. */
const FLAG_SHORTCUT = "F";

const useStyles = makeStyles({
  details: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
  },
});

/**
 * The rep's calls in action mode: flag a bad call in one press (its button, or F on its row), reframe it
 * straight away, log a call the calendar does not know, and see today's momentum above the list.
 */
export function CallsWithFlags() {
  const styles = useStyles();
  const { t } = useI18n();
  const calendarCalls = useCallsStore((state) => state.calls);
  const notes = useNotesStore((state) => state.notes);
  const loggedCalls = useNotesStore((state) => state.loggedCalls);
  const canEdit = useNotesStore(selectCanEdit);
  // Loaded or failed: either way the rows can be drawn once, with their flags or with flagging unavailable.
  const notesSettled = useNotesStore((state) => state.status === "ready" || state.status === "error");
  const flag = useNotesStore((state) => state.flag);
  const unflag = useNotesStore((state) => state.unflag);
  const { announce, region } = usePoliteAnnouncement();

  const logged = useMemo(() => loggedCalls.map(loggedCallToCall), [loggedCalls]);
  const outcomes = useMemo(() => new Map(loggedCalls.map((call) => [call.id, call.outcome])), [loggedCalls]);
  const allCalls = useMemo(() => [...calendarCalls, ...logged], [calendarCalls, logged]);

  const [reframing, setReframing] = useState<{ readonly call: Call; readonly open: boolean } | null>(null);
  const [unflaggedId, setUnflaggedId] = useState<string | null>(null);
  const [logging, setLogging] = useState(false);
  // Mounted from the first request on, so that the dialog can animate closed and give focus back.
  const [loggingAsked, setLoggingAsked] = useState(false);
  const askToLogCall = () => {
    setLoggingAsked(true);
    setLogging(true);
  };
  const justLogged = useRef<string | null>(null);
  const logCallButton = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);

  // Fetched when the rep reaches for the list, so that a flag opens its reframe at once and what the rep types
  // straight after goes into it; a press quicker than the fetch (a script's click, a tap) opens it once the code has
  // arrived. Not as soon as the list shows: their download and start-up then fell in the middle of a phone's first
  // screen and held up its last rows (paired Lighthouse runs without them: median 94 against 88).
  // A fetch that fails here is tried again, and shown, when the rep opens the dialog.
  usePreloadOnApproach(root, () => {
    ReframeDialog.preload();
    LogCallDialog.preload();
  });

  // A call logged by hand is listed in the same render as its form's submit (store changes in a person's input
  // render at once), so its row is there by the time the dialog has closed. A row not on screen (another filter is
  // chosen) gives focus to Log a call instead, so that focus is never lost to the page.
  const focusRow = (callId: string) => {
    const row = root.current && findCallRow(root.current, callId);
    (row ?? logCallButton.current)?.focus();
  };

  const toggleFlag = (call: Call) => {
    if (isFlagged(notes.get(call.id))) {
      unflag(call.id);
      setUnflaggedId(call.id);
      announce(t("flag.announceUnflagged", { subject: callSubject(call, t) }));
    } else {
      flag(call.id);
      setUnflaggedId(null);
      setReframing({ call, open: true });
    }
  };

  const undoUnflag = (call: Call) => {
    flag(call.id);
    setUnflaggedId(null);
    // The Undo button goes away; the row keeps the keyboard user's place.
    focusRow(call.id);
    announce(t("flag.announceFlagged", { subject: callSubject(call, t) }));
  };

  const onLogged = (call: LoggedCall) => {
    justLogged.current = call.id;
    setLogging(false);
    announce(t("logCall.logged", { subject: loggedCallToCall(call).subject }));
  };

  const rowShortcuts: RowShortcuts = {
    keys: FLAG_SHORTCUT,
    hint: t("flag.shortcutHint"),
    onKeyDown(call: Call, event: KeyboardEvent<HTMLLIElement>) {
      // Only the row itself: a key pressed on one of its buttons is that button's.
      if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key.toUpperCase() !== FLAG_SHORTCUT || !canEdit) return;
      event.preventDefault();
      toggleFlag(call);
    },
  };

  const rowDetails = (call: Call): ReactNode => {
    const outcome = outcomes.get(call.id);
    const callNotes = notes.get(call.id);
    const recentlyUnflagged = unflaggedId === call.id;
    if (!outcome && !hasFlagDetails(callNotes, recentlyUnflagged)) return undefined;
    return (
      <div className={styles.details}>
        {outcome ? <LoggedCallOutcome outcome={outcome} /> : null}
        <FlagDetails
          call={call}
          notes={callNotes}
          recentlyUnflagged={recentlyUnflagged}
          canEdit={canEdit}
          onReframe={(target) => setReframing({ call: target, open: true })}
          onUndo={undoUnflag}
        />
      </div>
    );
  };

  return (
    <div ref={root}>
      <RecentCallsView
        additionalCalls={logged}
        rowActions={(call) => <FlagButton call={call} onToggle={toggleFlag} />}
        rowDetails={rowDetails}
        rowShortcuts={rowShortcuts}
        headerActions={
          // Shown with the rows, once the notes it writes to are known, rather than disabled until then: a button
          // disabled for a moment is a flicker, and on a phone a dear one (Fluent swaps some twenty classes on it
          // in the middle of drawing the list). Still disabled when the notes cannot be edited.
          notesSettled ? (
            <Button
              ref={logCallButton}
              icon={<CallAddRegular />}
              disabledFocusable={!canEdit}
              onClick={askToLogCall}
            >
              {t("logCall.open")}
            </Button>
          ) : null
        }
        summary={<MomentumLine calls={allCalls} />}
        rowsComplete={notesSettled}
      />
      {/* No fallback: the dialog opens over the list once it has arrived, and nothing on the page moves. Each has its
      own boundary, so one that is still loading never hides the other. */}
      <Suspense fallback={null}>
        {reframing ? (
          <ReframeDialog
            key={reframing.call.id}
            call={reframing.call}
            open={reframing.open}
            onClose={() => setReframing({ call: reframing.call, open: false })}
            onClosed={() => {
              setReframing(null);
              focusRow(reframing.call.id);
            }}
          />
        ) : null}
      </Suspense>
      <Suspense fallback={null}>
        {loggingAsked ? (
          <LogCallDialog
            open={logging}
            onOpenChange={setLogging}
            onLogged={onLogged}
            onClosed={() => {
              // The new call's row, or, when cancelled, the button the rep opened it from: the dialog has no
              // trigger of its own to give focus back to.
              if (justLogged.current) focusRow(justLogged.current);
              else logCallButton.current?.focus();
              justLogged.current = null;
            }}
          />
        ) : null}
      </Suspense>
      {region}
    </div>
  );
}
