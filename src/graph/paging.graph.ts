import type { GraphClient } from "./graph-client.ts";
import type { GraphScope } from "./graph-scopes.ts";

export interface CollectionRequest {
  /** Relative to the version root, without a query, e.g. `/me/calendarView`. */
  readonly path: string;
  readonly scopes: readonly GraphScope[];
  /** Query parameters of the first page, unencoded; later pages carry them inside their `@odata.nextLink`. */
  readonly query?: Readonly<Record<string, string | number>>;
  /** Sent with every page: a next link carries the query, not the headers (`Prefer` must be repeated). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

interface CollectionPage<T> {
  readonly value?: readonly T[];
  readonly "@odata.nextLink"?: string;
}

/**
 * Every item of a Graph collection, following `@odata.nextLink` until the last page.
 * The SDK's `PageIterator` would do this, but it hands the next link to the SDK's URL parser, which does not
 * understand a non-`https` root such as the demo tenant's; `GraphClient.api` does.
 */
export async function listAllPages<T>(client: GraphClient, request: CollectionRequest): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = collectionUrl(request);
  while (next) {
    const page: CollectionPage<T> = await client
      .api(next, request.scopes)
      .headers({ ...request.headers })
      .option("signal", request.signal)
      .get();
    items.push(...(page.value ?? []));
    next = page["@odata.nextLink"];
  }
  return items;
}

/** The first page's URL relative to the version root, its query values URL-encoded (also a `$batch` step's URL). */
export function collectionUrl({ path, query = {} }: Pick<CollectionRequest, "path" | "query">): string {
  const pairs = Object.entries(query).map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return pairs.length > 0 ? `${path}?${pairs.join("&")}` : path;
}
