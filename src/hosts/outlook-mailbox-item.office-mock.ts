import { OfficeMockObject } from "office-addin-mock";
import { vi } from "vitest";
import type { ComposeMailboxItem, ReadMailboxItem } from "./mailbox-item.ts";
import { outlookMailboxItem } from "./outlook-mailbox-item.ts";

/** The Mailbox requirement sets of a current Outlook, as far as Momentum uses them. */
export const MAILBOX_1_8: readonly string[] = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8"];

/** Every set but 1.8: an Outlook that cannot list, read or add attachments. */
export const MAILBOX_1_7: readonly string[] = MAILBOX_1_8.filter((set) => set !== "1.8");

/** What an Office.js `…Async` method hands its callback. */
export interface OfficeAsyncResult {
  readonly status: "succeeded" | "failed";
  readonly value?: unknown;
  readonly error?: { readonly name: string; readonly message?: string; readonly code?: number };
}

export type OfficeCallback = (result: OfficeAsyncResult) => void;

/** Calls back later, as Outlook does: never before the `…Async` call has returned. */
export function answerLater(callback: OfficeCallback, result: OfficeAsyncResult): void {
  setTimeout(() => callback(result), 0);
}

/**
 * Office.js as Outlook leaves it on `window`, mocked with office-addin-mock, with `item` open in the pane (`null`:
 * none) and the Mailbox requirement sets `sets`. Undo with `vi.unstubAllGlobals()`.
 */
export function stubOutlook(
  item: Record<string, unknown> | null,
  { sets = MAILBOX_1_8 }: { readonly sets?: readonly string[] } = {},
): void {
  const office = new OfficeMockObject({
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    MailboxEnums: {
      ItemType: { Appointment: "appointment", Message: "message" },
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
    },
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === "Mailbox" && sets.includes(version),
      },
      mailbox: {
        ...(item ? { item } : {}),
        // Shows which EWS ID and REST version it was given.
        convertToRestId: (itemId: string, version: string) =>
          `rest(${version}):${itemId.replaceAll("/", "-")}`,
      },
    },
  });
  vi.stubGlobal("Office", office);
}

/** The item open in the stubbed Outlook, through the app's own wrapper, which must be one being read. */
export function readItemInPane(): ReadMailboxItem {
  const item = outlookMailboxItem();
  if (item?.mode !== "read") throw new Error(`Expected an item being read, got ${item?.mode ?? "none"}`);
  return item;
}

/** The item open in the stubbed Outlook, through the app's own wrapper, which must be one being written. */
export function composeItemInPane(): ComposeMailboxItem {
  const item = outlookMailboxItem();
  if (item?.mode !== "compose")
    throw new Error(`Expected an item being written, got ${item?.mode ?? "none"}`);
  return item;
}
