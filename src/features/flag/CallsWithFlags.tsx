import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { CallAddRegular } from "@fluentui/react-icons";
import { type KeyboardEvent, type ReactNode, useMemo, useRef, useState } from "react";
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
import { LogCallDialog } from "../log-call/LogCallDialog.tsx";
import { LoggedCallOutcome } from "../log-call/LoggedCallOutcome.tsx";
import { FlagButton } from "./FlagButton.tsx";
import { FlagDetails, hasFlagDetails } from "./FlagDetails.tsx";
import { MomentumLine } from "./MomentumLine.tsx";
import { useNotesStore } from "./NotesStoreProvider.tsx";
import { isFlagged, selectCanEdit } from "./notes-selectors.ts";
import { ReframeDialog } from "./ReframeDialog.tsx";
import { usePoliteAnnouncement } from "./use-polite-announcement.tsx";

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
  const flag = useNotesStore((state) => state.flag);
  const unflag = useNotesStore((state) => state.unflag);
  const { announce, region } = usePoliteAnnouncement();

  const logged = useMemo(() => loggedCalls.map(loggedCallToCall), [loggedCalls]);
  const outcomes = useMemo(() => new Map(loggedCalls.map((call) => [call.id, call.outcome])), [loggedCalls]);
  const allCalls = useMemo(() => [...calendarCalls, ...logged], [calendarCalls, logged]);

  const [reframing, setReframing] = useState<{ readonly call: Call; readonly open: boolean } | null>(null);
  const [unflaggedId, setUnflaggedId] = useState<string | null>(null);
  const [logging, setLogging] = useState(false);
  const justLogged = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const focusRow = (callId: string) => {
    const row = root.current && findCallRow(root.current, callId);
    row?.focus();
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
          <Button icon={<CallAddRegular />} disabledFocusable={!canEdit} onClick={() => setLogging(true)}>
            {t("logCall.open")}
          </Button>
        }
        summary={<MomentumLine calls={allCalls} />}
      />
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
      <LogCallDialog
        open={logging}
        onOpenChange={setLogging}
        onLogged={onLogged}
        onClosed={() => {
          if (justLogged.current) focusRow(justLogged.current);
          justLogged.current = null;
        }}
      />
      {region}
    </div>
  );
}
