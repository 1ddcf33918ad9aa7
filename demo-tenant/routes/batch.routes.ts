import { Hono } from "hono";
import { z } from "zod";
import type { GraphBindings, GraphEnv } from "../http/graph-env.ts";
import { GRAPH_VERSION_PREFIX } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";

/** Graph's limit on the steps of one JSON batch. */
export const MAX_BATCH_STEPS = 20;

/** Runs a request through the whole emulator (middleware, faults, routes), as a batch step must. */
export type Dispatch = (request: Request, bindings: GraphBindings) => Promise<Response>;

const stepSchema = z.object({
  id: z.string().min(1),
  method: z.string().regex(/^[A-Za-z]+$/),
  url: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  dependsOn: z.array(z.string()).optional(),
});
type BatchStep = z.infer<typeof stepSchema>;

const batchSchema = z.object({ requests: z.array(z.unknown()) });

/** Headers that describe the HTTP exchange of a step rather than its result; a batch response leaves them out. */
const TRANSPORT_HEADERS = new Set([
  "content-length",
  "request-id",
  "client-request-id",
  "x-ms-ags-diagnostic",
  "date",
]);

interface StepResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

/**
 * `POST /$batch`: up to twenty requests in one, each run through the same routes and fault injection as a
 * request of its own (so a step can come back 429 with `Retry-After` in its headers while the batch is 200).
 */
export function batchRoutes(dispatch: Dispatch): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();

  routes.post("/$batch", async (c) => {
    const steps = parseBatch(await c.req.json().catch(() => null));
    const origin = new URL(c.req.url).origin;
    const authorization = c.req.header("authorization");
    const batch = { id: c.get("requestId") };

    const results = new Map<string, Promise<StepResponse>>();
    const run = async (step: BatchStep): Promise<StepResponse> => {
      const dependencies = await Promise.all(
        (step.dependsOn ?? []).map((id) => results.get(id.toLowerCase())),
      );
      if (dependencies.some((dependency) => dependency === undefined || dependency.status >= 400)) {
        return failedDependency(step);
      }
      const request = new Request(`${origin}${GRAPH_VERSION_PREFIX}/${step.url.replace(/^\/+/, "")}`, {
        method: step.method.toUpperCase(),
        headers: { ...withoutAuthorization(step.headers), ...(authorization ? { authorization } : {}) },
        ...(step.body === undefined ? {} : { body: stepBody(step) }),
      });
      return toStepResponse(step.id, await dispatch(request, { batch }));
    };
    // Steps start once all are registered, so that a step may depend on one listed after it.
    for (const step of steps)
      results.set(
        step.id.toLowerCase(),
        Promise.resolve().then(() => run(step)),
      );
    return c.json({ responses: await Promise.all(steps.map((step) => results.get(step.id.toLowerCase()))) });
  });

  return routes;
}

function parseBatch(payload: unknown): BatchStep[] {
  const batch = batchSchema.safeParse(payload);
  if (!batch.success) throw new GraphHttpError(400, "BadRequest", "Invalid batch payload format.");
  if (batch.data.requests.length === 0) {
    throw new GraphHttpError(400, "BadRequest", "Invalid batch payload format: the batch has no requests.");
  }
  if (batch.data.requests.length > MAX_BATCH_STEPS) {
    throw new GraphHttpError(
      400,
      "BadRequest",
      `Number of batch request steps exceeds the maximum of ${MAX_BATCH_STEPS}.`,
    );
  }
  const steps = batch.data.requests.map((request) => {
    const step = stepSchema.safeParse(request);
    if (!step.success) {
      throw new GraphHttpError(
        400,
        "BadRequest",
        "Invalid batch payload format: every request needs an id, a method and a url.",
      );
    }
    if (/^https?:/i.test(step.data.url)) {
      throw new GraphHttpError(400, "BadRequest", `Batch request '${step.data.id}' must use a relative url.`);
    }
    if (step.data.body !== undefined && !contentType(step.data)) {
      throw new GraphHttpError(
        400,
        "BadRequest",
        `Batch request '${step.data.id}' has a body but no Content-Type header.`,
      );
    }
    return step.data;
  });
  const ids = new Set<string>();
  for (const step of steps) {
    const id = step.id.toLowerCase();
    if (ids.has(id))
      throw new GraphHttpError(400, "BadRequest", `Batch request id '${step.id}' is used more than once.`);
    ids.add(id);
  }
  for (const step of steps) {
    const unknown = (step.dependsOn ?? []).find((id) => !ids.has(id.toLowerCase()));
    if (unknown !== undefined) {
      throw new GraphHttpError(
        400,
        "BadRequest",
        `Batch request '${step.id}' depends on unknown request '${unknown}'.`,
      );
    }
  }
  const cyclic = steps.find((step) => dependsOnItself(step, steps));
  if (cyclic) {
    throw new GraphHttpError(
      400,
      "BadRequest",
      `Batch request '${cyclic.id}' depends on itself through dependsOn.`,
    );
  }
  return steps;
}

function dependsOnItself(start: BatchStep, steps: readonly BatchStep[]): boolean {
  const byId = new Map(steps.map((step) => [step.id.toLowerCase(), step]));
  const target = start.id.toLowerCase();
  const seen = new Set<string>();
  const pending = [...(start.dependsOn ?? [])];
  while (pending.length > 0) {
    const id = (pending.pop() ?? "").toLowerCase();
    if (id === target) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(byId.get(id)?.dependsOn ?? []));
  }
  return false;
}

function withoutAuthorization(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== "authorization"),
  );
}

function contentType(step: BatchStep): string | undefined {
  return Object.entries(step.headers ?? {}).find(([name]) => name.toLowerCase() === "content-type")?.[1];
}

/** A JSON body travels as JSON; any other body as base64, as Graph expects. */
function stepBody(step: BatchStep): BodyInit {
  const type = contentType(step) ?? "";
  if (/json/i.test(type)) return JSON.stringify(step.body);
  return typeof step.body === "string" ? Buffer.from(step.body, "base64") : JSON.stringify(step.body);
}

async function toStepResponse(id: string, response: Response): Promise<StepResponse> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!TRANSPORT_HEADERS.has(name.toLowerCase())) headers[name] = value;
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length === 0) return { id, status: response.status, headers };
  const type = response.headers.get("content-type") ?? "";
  const body = /json/i.test(type) ? JSON.parse(bytes.toString("utf8")) : bytes.toString("base64");
  return { id, status: response.status, headers, body };
}

function failedDependency(step: BatchStep): StepResponse {
  return {
    id: step.id,
    status: 424,
    headers: { "Content-Type": "application/json" },
    body: { error: { code: "FailedDependency", message: "A request this one depends on failed." } },
  };
}
