import { Hono } from "hono";
import type { GraphEnv } from "../http/graph-env.ts";
import { applySelect, nextLinkFor, odataContext, parseCount, parseSelect } from "../http/odata.ts";
import type { DirectoryUser } from "../seed/people.seed.ts";
import type { TenantServices } from "../tenant-services.ts";

/** Graph's page size for people when the caller sends no `$top`. */
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

/**
 * `GET /me/people`: the people relevant to the signed-in user (the other users of the tenant, their manager
 * first), as Graph's person resource. `$search="…"` matches the start of any word of the name or of the
 * address, as Graph's fuzzy people search does for a typed prefix; `$top`, `$skip`, `$select` honoured.
 */
export function peopleRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();

  routes.get("/me/people", (c) => {
    const user = c.get("user");
    const top = Math.min(
      Math.max(parseCount("$top", c.req.query("$top"), DEFAULT_PAGE_SIZE), 1),
      MAX_PAGE_SIZE,
    );
    const skip = parseCount("$skip", c.req.query("$skip"), 0);
    const terms = searchTerms(c.req.query("$search"));
    const ranked = store.seed.users
      .filter((person) => person.id !== user.id)
      .map((person) => ({ person, score: relevance(person, user, terms) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || a.person.name.localeCompare(b.person.name));
    const select = parseSelect(c.req.query("$select"));
    return c.json({
      "@odata.context": odataContext(c.req.url, `users('${user.id}')/people`),
      value: ranked
        .slice(skip, skip + top)
        .map(({ person, score }) => applySelect(toGraphPerson(person, score), select)),
      ...(skip + top < ranked.length ? { "@odata.nextLink": nextLinkFor(c.req.url, skip + top) } : {}),
    });
  });

  return routes;
}

/** `"megan b"` (quotes optional) → `["megan", "b"]`. */
function searchTerms(search: string | undefined): string[] {
  return (search ?? "").replace(/^"|"$/g, "").toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * How relevant `person` is to `caller` for the typed terms: 0 when a term matches nothing. Working closely
 * (the caller's manager, the same department) ranks higher, as Graph's people ranking does.
 */
function relevance(person: DirectoryUser, caller: DirectoryUser, terms: readonly string[]): number {
  const words = [...person.name.toLowerCase().split(/\s+/), person.email, ...person.email.split(/[@.]/)];
  if (!terms.every((term) => words.some((word) => word.startsWith(term)))) return 0;
  const closeness =
    (caller.managerUpn === person.email ? 4 : 0) +
    (person.managerUpn === caller.email ? 3 : 0) +
    (person.department === caller.department ? 2 : 0);
  const exactness = terms.filter((term) => words.includes(term)).length;
  return 1 + closeness + exactness;
}

function toGraphPerson(person: DirectoryUser, score: number) {
  return {
    id: person.id,
    displayName: person.name,
    givenName: person.givenName,
    surname: person.surname,
    birthday: "",
    personNotes: "",
    isFavorite: false,
    jobTitle: person.jobTitle,
    companyName: null,
    yomiCompany: "",
    department: person.department,
    officeLocation: person.officeLocation,
    profession: "",
    userPrincipalName: person.email,
    imAddress: `sip:${person.email}`,
    scoredEmailAddresses: [
      { address: person.email, relevanceScore: score, selectionLikelihood: "notSpecified" },
    ],
    phones: person.businessPhones.map((number) => ({ type: "business", number })),
    personType: { class: "Person", subclass: "OrganizationUser" },
  };
}
