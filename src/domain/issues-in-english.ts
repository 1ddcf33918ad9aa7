import { en } from "zod/locales";
import type * as z from "zod/mini";

let inEnglish: z.core.ParseContext<z.core.$ZodIssue> | undefined;

/**
 * Parse options that word zod's own issues in English (`Invalid input: expected boolean, received string`).
 * zod/mini leaves that wording out, to stay small, and says only "Invalid input"; classic zod loaded it. A refused
 * document's reason quotes zod's wording wherever a schema has none of its own, so the parses that report a reason
 * ask for it here rather than through zod's global config, which a module-level call would set only when nothing
 * tree-shakes it away. Made on first use, like the schemas (see notes-document.schema.ts): not at start-up.
 */
export function issuesInEnglish(): z.core.ParseContext<z.core.$ZodIssue> {
  inEnglish ??= { error: en().localeError };
  return inEnglish;
}
