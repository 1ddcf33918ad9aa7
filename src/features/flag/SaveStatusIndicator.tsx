import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  CloudArrowUpRegular,
  CloudCheckmarkRegular,
  CloudOffRegular,
  ErrorCircleRegular,
} from "@fluentui/react-icons";
import { useState } from "react";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { useVisuallyHiddenStyles } from "../calls/index.ts";
import { useNotesStore } from "./NotesStoreProvider.tsx";
import type { SaveStatus } from "./notes-state.ts";

const useStyles = makeStyles({
  status: {
    display: "inline-flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    minWidth: 0,
  },
  icon: { flexShrink: 0, fontSize: tokens.fontSizeBase400 },
  waiting: { color: tokens.colorNeutralForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

const ICONS = {
  saved: CloudCheckmarkRegular,
  saving: CloudArrowUpRegular,
  waitingForNetwork: CloudOffRegular,
  failed: ErrorCircleRegular,
} satisfies Record<SaveStatus, unknown>;

/**
 * Whether the rep's edits are safe, said honestly. A screen reader hears when that changes in a way that
 * matters (waiting for the network, failed, saved again); not the "Saving…" of every pause in typing.
 */
export function SaveStatusIndicator() {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const { t } = useI18n();
  const status = useNotesStore((state) => state.saveStatus);
  const invalidDocument = useNotesStore((state) => state.invalidDocument !== null);
  const error = useNotesStore((state) => state.error);

  const text =
    status === "failed"
      ? invalidDocument
        ? t("saveStatus.failedInvalidDocument")
        : t("saveStatus.failed", { reason: t(errorMessageKey(error)) })
      : t(`saveStatus.${status}`);
  const [announced, setAnnounced] = useState(text);
  if (status !== "saving" && text !== announced) setAnnounced(text);

  const Icon = ICONS[status];
  return (
    <>
      <Caption1
        className={mergeClasses(
          styles.status,
          status === "waitingForNetwork" && styles.waiting,
          status === "failed" && styles.failed,
        )}
        aria-hidden="true"
      >
        <Icon className={styles.icon} />
        <span>{text}</span>
      </Caption1>
      <div role="status" className={hidden.root}>
        {announced}
      </div>
    </>
  );
}
