import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { errorMessageKey, useI18n } from "../../i18n/index.ts";
import { useNotesStore } from "./NotesStoreProvider.tsx";

export interface NotesMessagesProps {
  /** Opens the confirmation to delete the rep's data: the way out of a document that cannot be read. */
  readonly onDeleteData: () => void;
}

/** Why the rep's notes cannot be used right now, in plain words, with what they can do about it. */
export function NotesMessages({ onDeleteData }: NotesMessagesProps) {
  const { t } = useI18n();
  const status = useNotesStore((state) => state.status);
  const error = useNotesStore((state) => state.error);
  const invalidDocument = useNotesStore((state) => state.invalidDocument);
  const load = useNotesStore((state) => state.load);

  if (invalidDocument) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("notes.invalidTitle")}</MessageBarTitle>
          <div>{t("notes.invalidBody", { reason: invalidDocument.reason })}</div>
          <div>{t("notes.invalidHint")}</div>
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onDeleteData}>{t("deleteData.open")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  if (status === "error") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t("notes.loadFailed")}</MessageBarTitle>
          <div>{t(errorMessageKey(error))}</div>
        </MessageBarBody>
        <MessageBarActions>
          <Button icon={<ArrowClockwiseRegular />} onClick={() => void load()}>
            {t("common.tryAgain")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }

  return null;
}
