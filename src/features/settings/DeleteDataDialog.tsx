import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { useTranscriptStore } from "../transcript/index.ts";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  body: { margin: 0 },
  actions: { "@media (max-width: 360px)": { flexDirection: "column-reverse", alignItems: "stretch" } },
});

export interface DeleteDataDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  /** Everything is gone; the dialog is closing. */
  readonly onDeleted: () => void;
  /** The dialog has finished closing, so focus can go where the rep can see what happened. */
  readonly onClosed?: () => void;
}

/** Asks before removing everything Momentum stored for the rep; Cancel has the focus, as the safe choice. */
export function DeleteDataDialog({ open, onOpenChange, onDeleted, onClosed }: DeleteDataDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const deleteAllData = useNotesStore((state) => state.deleteAllData);
  const forgetTranscripts = useTranscriptStore((state) => state.forget);
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const onConfirm = async () => {
    setDeleting(true);
    setFailure(null);
    try {
      // Transcripts stay in Teams; the copies Momentum kept in this browser go with the rest.
      await Promise.all([deleteAllData(), forgetTranscripts()]);
      onOpenChange(false);
      onDeleted();
    } catch (error) {
      setFailure(error);
    } finally {
      setDeleting(false);
    }
  };

  return (
    <Dialog
      modalType="alert"
      open={open}
      onOpenChange={(_, data) => {
        if (!deleting) onOpenChange(data.open);
        if (!data.open) setFailure(null);
      }}
      surfaceMotion={{
        onMotionFinish: (_, data) => {
          if (data.direction === "exit") onClosed?.();
        },
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("deleteData.title")}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 as="p" className={styles.body}>
              {t("deleteData.body")}
            </Body1>
            {failure !== null ? (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t("deleteData.failed")}</MessageBarTitle>
                  <div>{t(errorMessageKey(failure))}</div>
                </MessageBarBody>
              </MessageBar>
            ) : null}
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button disabled={deleting} onClick={() => onOpenChange(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              appearance="primary"
              disabledFocusable={deleting}
              icon={deleting ? <Spinner size="tiny" /> : <DeleteRegular />}
              onClick={() => void onConfirm()}
            >
              {deleting ? t("deleteData.deleting") : t("deleteData.confirm")}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
