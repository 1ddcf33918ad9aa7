import { z } from "zod";

/**
 * `drop` loses the connection before the request is handled; `dropAfter` handles it (an event IS created) and then
 * loses the connection before the answer reaches the caller, as when a response is cut off on its way back.
 * `forbidden` answers 403 as the directory does when the signed-in user may not read what was asked (e.g.
 * `/me/manager` without consent to User.Read.All).
 */
export const FAULT_KINDS = [
  "throttle",
  "unavailable",
  "gatewayTimeout",
  "forbidden",
  "drop",
  "dropAfter",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** The kinds that lose the connection: only a real HTTP request has one, never a batch step. */
export const CONNECTION_FAULT_KINDS: ReadonlySet<FaultKind> = new Set(["drop", "dropAfter"]);

/** A path filter wrapped in slashes (`/^\/me$/`) is a regular expression; anything else is a substring. */
const REGEX_LITERAL = /^\/(.+)\/([dgimsuy]*)$/;

/** What a test (or the HTTP fault API) asks for: the next `count` matching requests fail this way. */
export const faultSpecSchema = z
  .object({
    kind: z.enum(FAULT_KINDS),
    count: z.number().int().min(1).max(10_000).default(1),
    /** For `throttle` and `unavailable`: the `Retry-After` header, in seconds. */
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    /** Only requests with this HTTP method. */
    method: z
      .string()
      .regex(/^[A-Za-z]+$/)
      .transform((method) => method.toUpperCase())
      .optional(),
    /** Only requests whose path after `/v1.0` contains this, or matches it when written as `/regex/`. */
    path: z
      .string()
      .min(1)
      .refine((path) => {
        const literal = REGEX_LITERAL.exec(path);
        if (!literal) return true;
        try {
          new RegExp(literal[1] ?? "", literal[2]);
          return true;
        } catch {
          return false;
        }
      }, "path is not a valid /regular expression/")
      .optional(),
  })
  .strict();

export type FaultSpec = z.input<typeof faultSpecSchema>;

/** The path filter as a predicate over the path after `/v1.0` (no query string). */
export function pathMatcher(path: string | undefined): (requestPath: string) => boolean {
  if (path === undefined) return () => true;
  const literal = REGEX_LITERAL.exec(path);
  if (literal) {
    const pattern = new RegExp(literal[1] ?? "", literal[2]);
    return (requestPath) => pattern.test(requestPath);
  }
  return (requestPath) => requestPath.includes(path);
}
