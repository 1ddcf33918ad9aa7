import { Field, Input, makeStyles, mergeClasses, Textarea, tokens } from "@fluentui/react-components";
import { type Ref, useId } from "react";
import { useI18n } from "../../i18n/index.ts";

export interface LimitedTextFieldProps {
  readonly label: string;
  readonly value: string;
  /** The most characters the field takes; shown as a counter (`23/140`). */
  readonly maxLength: number;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  /** A textarea for longer answers; a one-line input otherwise. */
  readonly multiline?: boolean;
  /** Shown inside a one-line input before the text, e.g. "No, because"; part of the input's name. */
  readonly contentBefore?: string;
  readonly type?: "text" | "tel";
  readonly autoComplete?: string;
  readonly disabled?: boolean;
  readonly required?: boolean;
  readonly validationMessage?: string;
  readonly inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  readonly className?: string;
}

const useStyles = makeStyles({
  counter: { display: "block", textAlign: "end", fontVariantNumeric: "tabular-nums" },
  full: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  textarea: { width: "100%" },
  // An input's intrinsic width (size="20") plus "No, because" would push a 320 px pane sideways.
  input: { minWidth: 0 },
  before: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
});

/**
 * A text field with a maximum length and a visible counter. Whatever is typed or pasted, markup included, is
 * plain text: React puts it in the DOM as text, never as HTML.
 */
export function LimitedTextField({
  label,
  value,
  maxLength,
  onChange,
  onBlur,
  multiline = false,
  contentBefore,
  type = "text",
  autoComplete,
  disabled,
  required,
  validationMessage,
  inputRef,
  className,
}: LimitedTextFieldProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const ids = useId();
  const labelId = `${ids}-label`;
  const beforeId = `${ids}-before`;
  const counter = (
    <span className={mergeClasses(styles.counter, value.length >= maxLength && styles.full)}>
      {t("limits.counter", { count: value.length, max: maxLength })}
    </span>
  );
  // A value set by code (a suggestion, a stored answer) is held to the limit like typing is.
  const change = (next: string) => onChange(next.slice(0, maxLength));

  return (
    <Field
      label={{ id: labelId, children: label }}
      hint={counter}
      required={required}
      validationMessage={validationMessage}
      className={className}
    >
      {multiline ? (
        <Textarea
          ref={inputRef}
          className={styles.textarea}
          value={value}
          maxLength={maxLength}
          resize="vertical"
          disabled={disabled}
          onChange={(_, data) => change(data.value)}
          onBlur={onBlur}
        />
      ) : (
        <Input
          ref={inputRef}
          className={styles.input}
          type={type}
          value={value}
          maxLength={maxLength}
          autoComplete={autoComplete}
          contentBefore={
            contentBefore ? { id: beforeId, className: styles.before, children: contentBefore } : undefined
          }
          aria-labelledby={contentBefore ? `${labelId} ${beforeId}` : undefined}
          disabled={disabled}
          onChange={(_, data) => change(data.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
