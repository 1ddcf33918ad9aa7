import "../../i18n/features/review.messages.ts";
import { Button, Field, Input, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { type FormEvent, useId, useState } from "react";
import { useI18n } from "../../i18n/index.ts";
import { fromLocalDateTime, toLocalDateTime } from "../log-call/local-date-time.ts";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  fields: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalM },
  input: { minWidth: 0 },
  submit: { alignSelf: "flex-start" },
});

export interface ManualTimeFormProps {
  /** The start the rep typed before, to show again. */
  readonly chosen: Date | null;
  readonly onChoose: (start: Date) => void;
}

/** A date and a start time the rep types, in their own time zone, when no suggested time suits. */
export function ManualTimeForm({ chosen, onChoose }: ManualTimeFormProps) {
  const styles = useStyles();
  const { t, timeZone } = useI18n();
  const headingId = useId();
  const [initialDate = "", initialTime = ""] = chosen ? toLocalDateTime(chosen, timeZone).split("T") : [];
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState(initialTime);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const start = fromLocalDateTime(`${date}T${time}`, timeZone);
    if (start === null) return setProblem(t("review.manualInvalid"));
    if (start.getTime() <= Date.now()) return setProblem(t("review.manualPast"));
    setProblem(null);
    onChoose(start);
  };

  return (
    <form className={styles.form} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h4 id={headingId} className={styles.heading}>
        {t("review.manualHeading")}
      </h4>
      <div className={styles.fields}>
        <Field label={t("review.date")} validationMessage={problem ?? undefined}>
          <Input
            className={styles.input}
            type="date"
            value={date}
            onChange={(_, data) => setDate(data.value)}
          />
        </Field>
        <Field label={t("review.startTime")}>
          <Input
            className={styles.input}
            type="time"
            value={time}
            onChange={(_, data) => setTime(data.value)}
          />
        </Field>
      </div>
      <Button type="submit" className={styles.submit}>
        {t("review.useTime")}
      </Button>
    </form>
  );
}
