import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Select,
  tokens,
} from "@fluentui/react-components";
import { type FormEvent, useRef, useState } from "react";
import {
  CALL_OUTCOMES,
  type CallOutcome,
  type LoggedCall,
  TEXT_LIMITS,
} from "../../domain/notes/call-notes.ts";
import { useI18n } from "../../i18n/index.ts";
import { LimitedTextField } from "../flag/LimitedTextField.tsx";
import { useNotesStore } from "../flag/NotesStoreProvider.tsx";
import { toLocalDateTime } from "./local-date-time.ts";
import {
  DEFAULT_DURATION_MINUTES,
  type LogCallForm,
  type LogCallProblem,
  MAX_DURATION_MINUTES,
  readLogCallForm,
} from "./log-call-form.ts";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  // Two fields side by side where they fit, one under the other in a 320 px pane.
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(11rem, 1fr))",
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  actions: { "@media (max-width: 360px)": { flexDirection: "column-reverse", alignItems: "stretch" } },
});

export interface LogCallDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onLogged: (call: LoggedCall) => void;
  /** The dialog has finished closing, so focus can go where the rep was working. */
  readonly onClosed: () => void;
}

/** A phone or dialer call in a few seconds: who, when (now), how long (15 minutes), outcome. Enter logs it. */
export function LogCallDialog({ open, onOpenChange, onLogged, onClosed }: LogCallDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => onOpenChange(data.open)}
      surfaceMotion={{
        onMotionFinish: (_, data) => {
          if (data.direction === "exit") onClosed();
        },
      }}
    >
      <DialogSurface>
        <LogCallFormBody onCancel={() => onOpenChange(false)} onLogged={onLogged} />
      </DialogSurface>
    </Dialog>
  );
}

interface LogCallFormBodyProps {
  readonly onCancel: () => void;
  readonly onLogged: (call: LoggedCall) => void;
}

/** Mounted each time the dialog opens, so every call starts from a fresh form with "now" as its time. */
function LogCallFormBody({ onCancel, onLogged }: LogCallFormBodyProps) {
  const styles = useStyles();
  const { t, timeZone } = useI18n();
  const logCall = useNotesStore((state) => state.logCall);
  const [form, setForm] = useState<LogCallForm>(() => ({
    contactName: "",
    company: "",
    phone: "",
    when: toLocalDateTime(new Date(), timeZone),
    durationMinutes: String(DEFAULT_DURATION_MINUTES),
    outcome: "connected",
  }));
  const [problems, setProblems] = useState<ReadonlySet<LogCallProblem>>(new Set());
  const fieldRefs = {
    whoRequired: useRef<HTMLInputElement & HTMLTextAreaElement>(null),
    whenInvalid: useRef<HTMLInputElement>(null),
    durationInvalid: useRef<HTMLInputElement>(null),
  } satisfies Record<LogCallProblem, unknown>;

  const update = <Key extends keyof LogCallForm>(key: Key, value: LogCallForm[Key]) =>
    setForm((previous) => ({ ...previous, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const result = readLogCallForm(form, timeZone);
    if (!result.ok) {
      setProblems(result.problems);
      const first = (["whoRequired", "whenInvalid", "durationInvalid"] as const).find((problem) =>
        result.problems.has(problem),
      );
      if (first) fieldRefs[first].current?.focus();
      return;
    }
    onLogged(logCall(result.input));
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <DialogBody>
        <DialogTitle>{t("logCall.title")}</DialogTitle>
        <DialogContent className={styles.content}>
          <Body1 as="p" className={styles.intro}>
            {t("logCall.intro")}
          </Body1>
          <div className={styles.pair}>
            <LimitedTextField
              label={t("logCall.contactName")}
              value={form.contactName}
              maxLength={TEXT_LIMITS.contactName}
              autoComplete="off"
              inputRef={fieldRefs.whoRequired}
              validationMessage={problems.has("whoRequired") ? t("logCall.whoRequired") : undefined}
              onChange={(value) => update("contactName", value)}
            />
            <LimitedTextField
              label={t("logCall.company")}
              value={form.company}
              maxLength={TEXT_LIMITS.company}
              autoComplete="off"
              onChange={(value) => update("company", value)}
            />
          </div>
          <LimitedTextField
            label={t("logCall.phone")}
            type="tel"
            value={form.phone}
            maxLength={TEXT_LIMITS.phone}
            autoComplete="off"
            onChange={(value) => update("phone", value)}
          />
          <div className={styles.pair}>
            <Field
              label={t("logCall.when")}
              validationMessage={problems.has("whenInvalid") ? t("logCall.whenInvalid") : undefined}
            >
              <Input
                ref={fieldRefs.whenInvalid}
                type="datetime-local"
                value={form.when}
                onChange={(_, data) => update("when", data.value)}
              />
            </Field>
            <Field
              label={t("logCall.duration")}
              validationMessage={
                problems.has("durationInvalid")
                  ? t("logCall.durationInvalid", { max: MAX_DURATION_MINUTES })
                  : undefined
              }
            >
              <Input
                ref={fieldRefs.durationInvalid}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_DURATION_MINUTES}
                step={1}
                value={form.durationMinutes}
                onChange={(_, data) => update("durationMinutes", data.value)}
              />
            </Field>
          </div>
          <Field label={t("logCall.outcome")}>
            <Select value={form.outcome} onChange={(_, data) => update("outcome", data.value as CallOutcome)}>
              {CALL_OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {t(`callOutcome.${outcome}`)}
                </option>
              ))}
            </Select>
          </Field>
        </DialogContent>
        <DialogActions className={styles.actions}>
          <Button type="submit" appearance="primary">
            {t("logCall.submit")}
          </Button>
          <Button onClick={onCancel}>{t("common.cancel")}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
