import { createMiddleware } from "hono/factory";
import type { TenantStore } from "../store/tenant.store.ts";
import type { GraphEnv } from "./graph-env.ts";
import { GraphHttpError } from "./graph-error.ts";

/** What Graph sends with a 401, so clients know where to get a token. */
const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

const DEMO_TOKEN_PREFIX = "demo:";

/** The demo tenant's sign-in: `Authorization: Bearer demo:<userPrincipalName>` of one of the demo users. */
export function authentication(store: TenantStore) {
  return createMiddleware<GraphEnv>(async (c, next) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (token === undefined) {
      throw new GraphHttpError(401, "InvalidAuthenticationToken", "Access token is empty.", {
        headers: { "WWW-Authenticate": WWW_AUTHENTICATE },
      });
    }
    const upn = token.startsWith(DEMO_TOKEN_PREFIX)
      ? token.slice(DEMO_TOKEN_PREFIX.length).toLowerCase()
      : null;
    const user = store.seed.users.find((candidate) => candidate.email === upn);
    if (!user) {
      throw new GraphHttpError(
        401,
        "InvalidAuthenticationToken",
        "Access token validation failure. The demo tenant accepts 'demo:<userPrincipalName>' of a demo user.",
        { headers: { "WWW-Authenticate": WWW_AUTHENTICATE } },
      );
    }
    c.set("user", user);
    await next();
  });
}
