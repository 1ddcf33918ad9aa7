import "../../i18n/features/compose.messages.ts";
import { ReviewPacketError } from "../../domain/review/index.ts";
import { MailboxItemError } from "../../hosts/mailbox-item.ts";
import { errorMessageKey } from "../../i18n/index.ts";

export type ComposeFailureMessageKey =
  | "compose.tooMuch"
  | "compose.unsupported"
  | "compose.notAnAppointment"
  | "compose.notFound"
  | "compose.outlookFailed"
  | ReturnType<typeof errorMessageKey>;

/** Why an Outlook operation of the organizer pane failed, as the message that tells the rep what to do. */
export function composeFailureMessageKey(error: unknown): ComposeFailureMessageKey {
  if (error instanceof ReviewPacketError) return "compose.tooMuch";
  if (error instanceof MailboxItemError) {
    switch (error.reason) {
      case "unsupported":
        return "compose.unsupported";
      case "notAnAppointment":
        return "compose.notAnAppointment";
      case "notFound":
        return "compose.notFound";
      case "failed":
        return "compose.outlookFailed";
    }
  }
  return errorMessageKey(error);
}
