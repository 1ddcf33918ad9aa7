import { Hono } from "hono";
import { z } from "zod";
import type { FaultSpec } from "../faults/fault.schema.ts";
import type { GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import type { TenantServices } from "../tenant-services.ts";

/**
 * The emulator's own control surface under `/graph/demo` (no sign-in): who can sign in, fault injection,
 * the request log and a reset. Not part of Graph; the app uses only `/users` (to offer the demo sign-in).
 */
export function demoRoutes(services: TenantServices, reset: () => Promise<void>): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();

  routes.get("/users", (c) =>
    c.json({
      value: services.store.seed.users.map((user) => ({
        id: user.id,
        displayName: user.name,
        userPrincipalName: user.email,
        jobTitle: user.jobTitle,
        role: user.role,
      })),
    }),
  );

  routes.get("/faults", (c) => c.json({ value: services.faults.list() }));
  routes.post("/faults", async (c) => {
    const spec: unknown = await c.req.json().catch(() => null);
    try {
      return c.json(services.faults.add(spec as FaultSpec), 201);
    } catch (error) {
      if (error instanceof z.ZodError) throw new GraphHttpError(400, "BadRequest", z.prettifyError(error));
      throw error;
    }
  });
  routes.delete("/faults", (c) => {
    services.faults.clear();
    return c.body(null, 204);
  });

  routes.get("/requests", (c) => c.json({ value: services.requests.list() }));
  routes.delete("/requests", (c) => {
    services.requests.clear();
    return c.body(null, 204);
  });

  routes.post("/reset", async (c) => {
    await reset();
    return c.body(null, 204);
  });

  return routes;
}
