import type { GraphClient } from "../graph/graph-client.ts";
import type { MailboxItem } from "./mailbox-item.ts";

/**
 * Where Momentum is running: a Teams tab, an Outlook task pane, a plain browser, or the demo.
 * Each host's SDK is loaded and touched only inside its own module; the rest of the app sees only this interface.
 */
export type HostKind = "teams" | "outlook" | "browser" | "demo";

/** The themes Momentum renders; they map onto Fluent UI v9 themes in `src/app`. */
export type ThemeName = "light" | "dark" | "highContrast";

export interface HostContext {
  readonly theme: ThemeName;
  /** BCP 47 tag as the host reports it, e.g. `nl-NL`; the i18n layer picks the nearest supported language. */
  readonly locale: string;
}

export interface Host {
  readonly kind: HostKind;
  /** Whether MSAL nested app authentication (the host brokers tokens) is available here. */
  readonly supportsNestedAppAuth: boolean;
  /** The context at the time of the call. */
  getContext(): HostContext;
  /** Called whenever the host's theme or locale changes; returns the unsubscribe function. */
  onContextChange(listener: (context: HostContext) => void): () => void;
  /**
   * The Outlook item this pane is open on: in Outlook through Office.js, in the demo a stand-in for an event of the
   * signed-in user (`?pane=review&eventId=…`) read through `graph`. Absent on hosts without items (Teams, browser);
   * `null` when the pane is open on no item. Rejects with a `MailboxItemError`.
   */
  getMailboxItem?(graph: GraphClient): Promise<MailboxItem | null>;
}

/** Why a host could not start; the UI turns each into a sentence a user can act on, in their language. */
export type HostFailureReason =
  /** `?host=teams`, but teams-js got no answer from a Teams client in time. */
  | "notInTeams"
  /** Office.js could not be loaded from Microsoft's CDN (offline, or blocked by a proxy). */
  | "officeScriptFailed"
  /** `?host=outlook`, but `Office.onReady` did not report Outlook in time. */
  | "notInOutlook";

export class HostInitializationError extends Error {
  override readonly name = "HostInitializationError";
  constructor(
    readonly host: HostKind,
    readonly reason: HostFailureReason,
    options?: ErrorOptions,
  ) {
    super(`The ${host} host could not start: ${reason}`, options);
  }
}
