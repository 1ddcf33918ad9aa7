import type { GraphErrorKind } from "../graph/graph-error.ts";
import type { MessageKey } from "./translate.ts";

/** One sentence per kind; a kind added in the Graph layer fails to compile here until it has its sentence. */
const MESSAGE_BY_KIND = {
  throttled: "graphError.throttled",
  unavailable: "graphError.unavailable",
  network: "graphError.network",
  unauthorized: "graphError.unauthorized",
  forbidden: "graphError.forbidden",
  notFound: "graphError.notFound",
  preconditionFailed: "graphError.preconditionFailed",
  badRequest: "graphError.badRequest",
  other: "graphError.other",
} as const satisfies Record<GraphErrorKind, MessageKey>;

type GraphErrorMessageKey = (typeof MESSAGE_BY_KIND)[GraphErrorKind];

/**
 * The sentence that says what failed, from the `kind` of a `GraphRequestError`, read structurally so that any
 * error carrying a known kind is explained the same way; anything else gets the general sentence.
 */
export function errorMessageKey(error: unknown): GraphErrorMessageKey {
  const kind = typeof error === "object" && error !== null && "kind" in error ? error.kind : undefined;
  return typeof kind === "string" && Object.hasOwn(MESSAGE_BY_KIND, kind)
    ? MESSAGE_BY_KIND[kind as GraphErrorKind]
    : MESSAGE_BY_KIND.other;
}
