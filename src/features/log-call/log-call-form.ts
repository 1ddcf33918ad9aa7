import { type CallOutcome, TEXT_LIMITS } from "../../domain/notes/call-notes.ts";
import type { LoggedCallInput } from "../flag/notes-state.ts";
import { fromLocalDateTime, type LocalDateTime } from "./local-date-time.ts";

/** Most calls a rep logs by hand are short; the default saves typing. */
export const DEFAULT_DURATION_MINUTES = 15;
/** Ten hours: longer than any phone call, short enough to catch a typo. */
export const MAX_DURATION_MINUTES = 600;

/** The form as typed: every field a string, as inputs hold them. */
export interface LogCallForm {
  readonly contactName: string;
  readonly company: string;
  readonly phone: string;
  readonly when: LocalDateTime;
  readonly durationMinutes: string;
  readonly outcome: CallOutcome;
}

export type LogCallProblem = "whoRequired" | "whenInvalid" | "durationInvalid";

export type LogCallResult =
  | { readonly ok: true; readonly input: LoggedCallInput }
  | { readonly ok: false; readonly problems: ReadonlySet<LogCallProblem> };

/**
 * Checks the form and makes the logged call from it. Who it was with needs one of name, company or phone
 * (a dialer may only know the number); text is trimmed and held to its limit; `when` is read in `timeZone`.
 */
export function readLogCallForm(form: LogCallForm, timeZone: string): LogCallResult {
  const contactName = form.contactName.trim().slice(0, TEXT_LIMITS.contactName);
  const company = form.company.trim().slice(0, TEXT_LIMITS.company);
  const phone = form.phone.trim().slice(0, TEXT_LIMITS.phone);
  const start = fromLocalDateTime(form.when, timeZone);
  const duration = form.durationMinutes.trim() === "" ? Number.NaN : Number(form.durationMinutes);

  const problems = new Set<LogCallProblem>();
  if (!contactName && !company && !phone) problems.add("whoRequired");
  if (start === null) problems.add("whenInvalid");
  if (!Number.isInteger(duration) || duration < 1 || duration > MAX_DURATION_MINUTES) {
    problems.add("durationInvalid");
  }
  if (problems.size > 0 || start === null) return { ok: false, problems };

  return {
    ok: true,
    input: {
      contactName,
      company,
      phone,
      start: start.toISOString(),
      durationMinutes: duration,
      outcome: form.outcome,
    },
  };
}
