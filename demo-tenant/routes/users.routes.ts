import type { User } from "@microsoft/microsoft-graph-types";
import { type Context, Hono } from "hono";
import type { GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import { applySelect, odataContext, parseSelect } from "../http/odata.ts";
import type { DirectoryUser } from "../seed/people.seed.ts";
import type { TenantServices } from "../tenant-services.ts";

/** The properties Graph returns for a user when no `$select` is given. */
function toGraphUser(user: DirectoryUser): User {
  return {
    businessPhones: [...user.businessPhones],
    displayName: user.name,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.email,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    userPrincipalName: user.email,
    id: user.id,
  };
}

/** Properties a client may `$select` beyond the defaults. */
function withSelectableExtras(user: DirectoryUser): User {
  return { ...toGraphUser(user), department: user.department };
}

/** `/me`, `/users/{id | userPrincipalName}`, their `/manager` and `/mailboxSettings`. */
export function usersRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();

  const findUser = (idOrUpn: string): DirectoryUser => {
    const key = idOrUpn.toLowerCase();
    const user = store.seed.users.find((candidate) => candidate.id === key || candidate.email === key);
    if (!user) {
      throw new GraphHttpError(
        404,
        "Request_ResourceNotFound",
        `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`,
      );
    }
    return user;
  };

  const userResponse = (c: Context<GraphEnv>, user: DirectoryUser, context: string) => {
    const select = parseSelect(c.req.query("$select"));
    const body = select === null ? toGraphUser(user) : applySelect(withSelectableExtras(user), select);
    return c.json({ "@odata.context": odataContext(c.req.url, context), ...body });
  };

  const managerResponse = (c: Context<GraphEnv>, user: DirectoryUser) => {
    const manager = user.managerUpn ? findUser(user.managerUpn) : null;
    if (!manager) {
      throw new GraphHttpError(
        404,
        "Request_ResourceNotFound",
        "Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
      );
    }
    const select = parseSelect(c.req.query("$select"));
    const body = select === null ? toGraphUser(manager) : applySelect(withSelectableExtras(manager), select);
    return c.json({
      "@odata.context": odataContext(c.req.url, "directoryObjects/$entity"),
      "@odata.type": "#microsoft.graph.user",
      ...body,
    });
  };

  routes.get("/me", (c) => userResponse(c, c.get("user"), "users/$entity"));
  routes.get("/me/manager", (c) => managerResponse(c, c.get("user")));
  routes.get("/me/mailboxSettings", (c) =>
    c.json({
      "@odata.context": odataContext(c.req.url, `users('${c.get("user").id}')/mailboxSettings`),
      timeZone: store.timeZone,
      dateFormat: "dd-MM-yyyy",
      timeFormat: "HH:mm",
      language: { locale: c.get("user").preferredLanguage, displayName: c.get("user").preferredLanguage },
      workingHours: {
        daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
        startTime: "08:30:00.0000000",
        endTime: "17:30:00.0000000",
        timeZone: { name: store.timeZone },
      },
    }),
  );
  routes.get("/users/:idOrUpn", (c) => userResponse(c, findUser(c.req.param("idOrUpn")), "users/$entity"));
  routes.get("/users/:idOrUpn/manager", (c) => managerResponse(c, findUser(c.req.param("idOrUpn"))));
  return routes;
}
