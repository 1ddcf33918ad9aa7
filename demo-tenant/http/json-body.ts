import type { Context } from "hono";
import type { z } from "zod";
import type { GraphEnv } from "./graph-env.ts";
import { GraphHttpError } from "./graph-error.ts";

/** The request's JSON body as `schema` describes it, or Graph's 400 for a body it cannot read. */
export async function parseJsonBody<T>(c: Context<GraphEnv>, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new GraphHttpError(400, "BadRequest", "Unable to read JSON request payload.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GraphHttpError(
      400,
      "ErrorInvalidRequest",
      `Invalid request: ${issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "invalid body"}.`,
    );
  }
  return parsed.data;
}
