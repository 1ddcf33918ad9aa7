import * as z from "zod/mini";
import type { GraphClient } from "./graph-client.ts";
import { GraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";

/** Someone the rep can pick, e.g. as their manager when the directory names none. */
export interface PersonSuggestion {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly jobTitle: string | null;
}

export interface SearchPeopleOptions {
  readonly signal?: AbortSignal;
  /** How many people Graph returns at most; Graph's own default is 10. */
  readonly top?: number;
}

export const DEFAULT_PEOPLE_SEARCH_TOP = 10;

const personSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.nullish(z.string()),
  jobTitle: z.nullish(z.string()),
  scoredEmailAddresses: z.nullish(z.array(z.object({ address: z.nullish(z.string()) }))),
  personType: z.nullish(z.object({ class: z.nullish(z.string()) })),
});

const peoplePageSchema = z.object({ value: z.array(personSchema) });

/**
 * The people most relevant to the signed-in user whose name or address matches `query` (`GET /me/people?$search`,
 * People.Read), best match first, fuzzy as Graph matches. Groups and people without an address are left out: a
 * review can only be sent to a person. The query is sent as one quoted phrase, as the docs advise for spaces and
 * `@`; the double quotes and backslashes it may hold are dropped, since they would end or escape the phrase.
 */
export async function searchPeople(
  client: GraphClient,
  query: string,
  options: SearchPeopleOptions = {},
): Promise<PersonSuggestion[]> {
  const phrase = query.replace(/["\\]/g, " ").trim().replace(/\s+/g, " ");
  if (phrase === "") return [];
  const top = options.top ?? DEFAULT_PEOPLE_SEARCH_TOP;
  const search = encodeURIComponent(`"${phrase}"`);
  const body: unknown = await client
    .api(
      `/me/people?$search=${search}&$top=${top}&$select=id,displayName,jobTitle,scoredEmailAddresses,personType`,
      [GraphScope.PeopleRead],
    )
    .option("signal", options.signal)
    .get();
  const page = peoplePageSchema.safeParse(body);
  if (!page.success) {
    throw new GraphRequestError("Microsoft Graph sent a people list without the expected fields", {
      kind: "other",
      status: null,
    });
  }
  return page.data.value.flatMap((person): PersonSuggestion[] => {
    const email = person.scoredEmailAddresses?.find((scored) => scored.address?.trim())?.address?.trim();
    const isPerson = (person.personType?.class ?? "Person") === "Person";
    if (!email || !isPerson) return [];
    return [
      {
        id: person.id,
        displayName: person.displayName?.trim() || email,
        email,
        jobTitle: person.jobTitle?.trim() || null,
      },
    ];
  });
}
