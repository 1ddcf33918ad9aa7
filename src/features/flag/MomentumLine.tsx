import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { FlashRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { Call } from "../../domain/calls/call.ts";
import { momentumToday } from "../../domain/notes/momentum-today.ts";
import { useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "./NotesStoreProvider.tsx";

const useStyles = makeStyles({
  line: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    paddingTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground1,
  },
  icon: {
    flexShrink: 0,
    fontSize: tokens.fontSizeBase400,
    marginTop: "2px",
    color: tokens.colorBrandForeground1,
  },
});

export interface MomentumLineProps {
  /** Every call the rep can see: the calendar's and those logged by hand. */
  readonly calls: readonly Call[];
}

/** Today's calls, flags and reframes in one encouraging line: counts only, never a grade or a ranking. */
export function MomentumLine({ calls }: MomentumLineProps) {
  const styles = useStyles();
  const { t, timeZone } = useI18n();
  const notes = useNotesStore((state) => state.notes);
  const today = useMemo(() => momentumToday(calls, notes, new Date(), timeZone), [calls, notes, timeZone]);

  const text =
    today.calls === 0 && today.flagged === 0
      ? t("momentum.noCallsYet")
      : `${t("momentum.summary", {
          calls: t("momentum.calls", { count: today.calls }),
          flagged: t("momentum.flagged", { count: today.flagged }),
          reframed: t("momentum.reframed", { count: today.reframed }),
        })} ${
          today.flagged > 0 && today.reframed >= today.flagged
            ? t("momentum.allReframed")
            : t("momentum.keepGoing")
        }`;

  return (
    <Body1 as="p" className={styles.line}>
      <FlashRegular className={styles.icon} aria-hidden="true" />
      <span>{text}</span>
    </Body1>
  );
}
