import { makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { FlagFilled, FlagRegular } from "@fluentui/react-icons";
import type { Call } from "../../domain/calls/call.ts";
import { useI18n } from "../../i18n/index.ts";
import { callSubject } from "../calls/index.ts";
import { useNotesStore } from "./NotesStoreProvider.tsx";
import { isFlagged, selectCanEdit } from "./notes-selectors.ts";

const useStyles = makeStyles({
  flaggedIcon: { color: tokens.colorPaletteRedForeground1 },
});

export interface FlagButtonProps {
  readonly call: Call;
  readonly onToggle: (call: Call) => void;
}

/**
 * Flags or unflags a call in one press. Its name stays "Flag <subject>" and `aria-pressed` says whether the
 * call is flagged, as a toggle button should; the filled flag shows it without relying on colour.
 */
export function FlagButton({ call, onToggle }: FlagButtonProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const flagged = useNotesStore((state) => isFlagged(state.notes.get(call.id)));
  const canEdit = useNotesStore(selectCanEdit);
  return (
    <ToggleButton
      appearance="subtle"
      checked={flagged}
      icon={flagged ? <FlagFilled className={styles.flaggedIcon} /> : <FlagRegular />}
      aria-label={t("flag.flagCall", { subject: callSubject(call, t) })}
      disabledFocusable={!canEdit}
      onClick={() => onToggle(call)}
    >
      {t("flag.flag")}
    </ToggleButton>
  );
}
