import type { Call } from "../../domain/calls/call.ts";
import type { Translate } from "../../i18n/index.ts";

/** A call's subject as the rep sees it, named even when the meeting has none. */
export function callSubject(call: Pick<Call, "subject">, t: Translate): string {
  return call.subject || t("calls.noSubject");
}
