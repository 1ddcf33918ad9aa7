import type { MessageKey } from "./translate.ts";

const GRAPH_ERROR_KINDS = [
  "throttled",
  "unavailable",
  "network",
  "unauthorized",
  "forbidden",
  "notFound",
  "preconditionFailed",
  "badRequest",
] as const;

type GraphErrorMessageKey = Extract<MessageKey, `graphError.${string}`>;

/**
 * The sentence that says what failed, from the `kind` a Graph request error carries
 * (read structurally, so the UI needs no import from the Graph layer); anything else is `other`.
 */
export function errorMessageKey(error: unknown): GraphErrorMessageKey {
  const kind = typeof error === "object" && error !== null && "kind" in error ? error.kind : undefined;
  const known = GRAPH_ERROR_KINDS.find((candidate) => candidate === kind);
  return known ? `graphError.${known}` : "graphError.other";
}
