import {
  Badge,
  Body1Strong,
  Caption1,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  BuildingRegular,
  CallRegular,
  DocumentDismissRegular,
  DocumentSearchRegular,
  DocumentTextRegular,
  LockClosedRegular,
  PeopleRegular,
  QuestionCircleRegular,
} from "@fluentui/react-icons";
import { type CSSProperties, type KeyboardEvent, memo, type ReactNode, type Ref } from "react";
import type { Call, CallParticipant, TranscriptAvailability } from "../../domain/calls/call.ts";
import { callDurationMinutes } from "../../domain/calls/call-duration.ts";
import { companyNameFromDomain } from "../../domain/calls/company-name.ts";
import { useI18n } from "../../i18n/index.ts";
import { CALL_ROW_ATTRIBUTE } from "./call-row-element.ts";
import { callSubject } from "./call-subject.ts";
import { useVisuallyHiddenStyles, WIDE_LAYOUT } from "./calls.styles.ts";

/**
 * What a row says about the transcript: `checking` while availability is being asked and the wait is a long one,
 * `pending` (nothing) while it is still short, so that a quick answer draws each status once instead of replacing
 * a "Checking…" on every row.
 */
export type TranscriptState = TranscriptAvailability | "checking" | "pending";

export interface CallRowProps {
  readonly call: Call;
  /**
   * What the row says about the call's transcript (a {@link TranscriptStatus}); a call logged by hand says so
   * instead. A slot, so that a status can change without the rest of the row rendering again.
   */
  readonly transcriptStatus: ReactNode;
  /** Buttons for this call (e.g. Flag), shown at the end of the row. */
  readonly actions?: ReactNode;
  /** What the rep added to this call (e.g. flagged, a note), on a line of its own. */
  readonly details?: ReactNode;
  /** Keys the row answers to while it has focus; a row with shortcuts takes focus. */
  readonly shortcuts?: CallRowShortcuts;
  /** Set when the row is one of a virtual list's: where it sits, and its place among the day's calls. */
  readonly virtual?: VirtualRowPlacement;
}

/** A row of a virtual list is placed by the list and tells a screen reader its place, since its siblings may be missing. */
export interface VirtualRowPlacement {
  readonly ref: Ref<HTMLLIElement>;
  readonly index: number;
  readonly style: CSSProperties;
  readonly setSize: number;
  readonly posInSet: number;
}

export interface CallRowShortcuts {
  /** The `aria-keyshortcuts` value, e.g. `F`. */
  readonly keys: string;
  /** ID of the element that says what the keys do. */
  readonly describedBy: string;
  readonly onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
}

/** How many names a row shows before `+N`. */
const NAMES_SHOWN = 2;

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gridTemplateAreas: `"main actions" "when actions" "meta actions"`,
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: "center",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
      borderRadius: tokens.borderRadiusMedium,
    },
    // Fixed side columns keep badges and transcript statuses aligned from row to row.
    [WIDE_LAYOUT]: {
      gridTemplateColumns: "10rem minmax(0, 1fr) 7rem 13rem auto",
      gridTemplateAreas: `"when main kind transcript actions"`,
      columnGap: tokens.spacingHorizontalL,
    },
  },
  withDetails: {
    gridTemplateAreas: `"main actions" "when actions" "meta actions" "details details"`,
    [WIDE_LAYOUT]: {
      gridTemplateAreas: `"when main kind transcript actions" ". details details details details"`,
    },
  },
  details: { gridArea: "details", minWidth: 0 },
  main: { gridArea: "main", minWidth: 0, display: "flex", flexDirection: "column" },
  subject: {
    overflowWrap: "anywhere",
    [WIDE_LAYOUT]: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  },
  who: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    [WIDE_LAYOUT]: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  },
  when: {
    gridArea: "when",
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
    [WIDE_LAYOUT]: { flexDirection: "column", color: tokens.colorNeutralForeground1 },
  },
  meta: {
    gridArea: "meta",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    [WIDE_LAYOUT]: { display: "contents" },
  },
  kind: { [WIDE_LAYOUT]: { gridArea: "kind", justifySelf: "start" } },
  transcript: {
    [WIDE_LAYOUT]: { gridArea: "transcript" },
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  transcriptAvailable: { color: tokens.colorNeutralForeground1 },
  icon: { flexShrink: 0, fontSize: tokens.fontSizeBase400 },
  actions: { gridArea: "actions", display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

/** One call as a list item (`<li>`): render it inside a list. */
export function CallRow({ call, transcriptStatus, actions, details, shortcuts, virtual }: CallRowProps) {
  const styles = useStyles();
  const { t, formatTimeRange, formatDuration } = useI18n();
  const subject = callSubject(call, t);

  return (
    // A row with keyboard shortcuts takes focus itself, so the keys work without reaching for a button.
    <li
      className={mergeClasses(styles.row, details ? styles.withDetails : undefined)}
      {...{ [CALL_ROW_ATTRIBUTE]: call.id }}
      tabIndex={shortcuts ? 0 : undefined}
      aria-keyshortcuts={shortcuts?.keys}
      aria-describedby={shortcuts?.describedBy}
      onKeyDown={shortcuts?.onKeyDown}
      ref={virtual?.ref}
      style={virtual?.style}
      data-index={virtual?.index}
      aria-setsize={virtual?.setSize}
      aria-posinset={virtual?.posInSet}
    >
      <div className={styles.main}>
        <Body1Strong className={styles.subject} title={subject}>
          {subject}
        </Body1Strong>
        {/* A logged call's subject already names who it was with. */}
        {call.source === "calendar" ? (
          <Caption1 className={styles.who}>
            <Participants call={call} />
          </Caption1>
        ) : null}
      </div>
      <Caption1 className={styles.when}>
        <time dateTime={call.start.toISOString()}>{formatTimeRange(call.start, call.end)}</time>
        <span>{formatDuration(callDurationMinutes(call))}</span>
      </Caption1>
      <div className={styles.meta}>
        {call.kind === "customer" ? (
          <Badge className={styles.kind} appearance="tint" color="brand" icon={<BuildingRegular />}>
            {t("calls.kindCustomer")}
          </Badge>
        ) : (
          <Badge className={styles.kind} appearance="tint" color="informative" icon={<PeopleRegular />}>
            {t("calls.kindInternal")}
          </Badge>
        )}
        {call.source === "manual" ? <LoggedByHand /> : transcriptStatus}
      </div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
      {details ? <div className={styles.details}>{details}</div> : null}
    </li>
  );
}

function Participants({ call }: { readonly call: Call }) {
  const { t } = useI18n();
  const hidden = useVisuallyHiddenStyles();
  if (call.participants.length === 0) return t("calls.noParticipants");

  const companies =
    call.kind === "customer" ? [...new Set(call.externalDomains.map(companyNameFromDomain))].join(", ") : "";
  const people = customersFirst(call);
  const names = people
    .slice(0, NAMES_SHOWN)
    .map((person) => person.name)
    .join(", ");
  const more = people.length - NAMES_SHOWN;

  return (
    <>
      {companies ? `${companies} · ` : null}
      {names}
      {more > 0 ? (
        <>
          {" "}
          <span aria-hidden="true">{t("calls.moreParticipants", { count: more })}</span>
          <span className={hidden.root}>{t("calls.moreParticipantsLabel", { count: more })}</span>
        </>
      ) : null}
    </>
  );
}

/** On a customer call the customer's people matter most, so they are named first. */
function customersFirst(call: Call): CallParticipant[] {
  const isExternal = (person: CallParticipant) => {
    const domain = person.email?.slice(person.email.lastIndexOf("@") + 1);
    return domain !== undefined && call.externalDomains.includes(domain);
  };
  return [...call.participants.filter(isExternal), ...call.participants.filter((p) => !isExternal(p))];
}

/** A call logged by hand has no transcript to look for; say where it came from instead. */
function LoggedByHand() {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Text size={200} className={styles.transcript}>
      <CallRegular className={styles.icon} />
      {t("calls.loggedByHand")}
    </Text>
  );
}

/** What a row says about its call's transcript. Memoized: when the statuses come in, one that did not change stays. */
export const TranscriptStatus = memo(function TranscriptStatus({
  state,
}: {
  readonly state: TranscriptState;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  switch (state) {
    case "pending":
      return null;
    case "checking":
      // A plain caption with a still icon, rather than a progressbar per row (a screen reader would chatter) or a
      // spinner per row: thirty animations started and stopped at once cost a phone a long frame.
      return (
        <Text size={200} className={styles.transcript}>
          <DocumentSearchRegular className={styles.icon} />
          {t("calls.transcriptChecking")}
        </Text>
      );
    case "available":
      return (
        <Text size={200} className={mergeClasses(styles.transcript, styles.transcriptAvailable)}>
          <DocumentTextRegular className={styles.icon} />
          {t("calls.transcriptAvailable")}
        </Text>
      );
    case "none":
      return (
        <Text size={200} className={styles.transcript}>
          <DocumentDismissRegular className={styles.icon} />
          {t("calls.transcriptNone")}
        </Text>
      );
    case "unavailable":
      return (
        <Text size={200} className={styles.transcript}>
          <LockClosedRegular className={styles.icon} />
          {t("calls.transcriptUnavailable")}
        </Text>
      );
    case "unknown":
      return (
        <Text size={200} className={styles.transcript}>
          <QuestionCircleRegular className={styles.icon} />
          {t("calls.transcriptUnknown")}
        </Text>
      );
  }
});
