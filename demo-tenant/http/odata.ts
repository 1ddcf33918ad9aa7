import { GraphHttpError } from "./graph-error.ts";

/** `$select=id,subject` → `["id", "subject"]`; `null` when absent. */
export function parseSelect(value: string | undefined): string[] | null {
  if (value === undefined || value.trim() === "") return null;
  return value
    .split(",")
    .map((field) => field.trim())
    .filter((field) => field.length > 0);
}

/** Keeps the selected properties plus those Graph always returns (`id`, OData annotations). */
export function applySelect<T extends object>(
  entity: T,
  select: readonly string[] | null,
  alwaysIncluded: readonly string[] = ["id"],
): Partial<T> {
  if (select === null) return entity;
  const wanted = new Set([...select, ...alwaysIncluded].map((field) => field.toLowerCase()));
  return Object.fromEntries(
    Object.entries(entity).filter(([key]) => key.startsWith("@odata.") || wanted.has(key.toLowerCase())),
  ) as Partial<T>;
}

/** A non-negative integer query option such as `$top` or `$skip`. */
export function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) {
    throw new GraphHttpError(400, "BadRequest", `Invalid value '${value}' for query option '${name}'.`);
  }
  return Number(value);
}

/** The same request one page on: the caller's URL (origin, path, options) with `$skip` moved forward. */
export function nextLinkFor(requestUrl: string, skip: number): string {
  const url = new URL(requestUrl);
  url.searchParams.set("$skip", String(skip));
  return url.toString();
}

/** `@odata.context` in the emulator's own namespace. */
export function odataContext(requestUrl: string, fragment: string): string {
  const url = new URL(requestUrl);
  const root = url.pathname.slice(0, url.pathname.indexOf("/v1.0") + "/v1.0".length);
  return `${url.origin}${root}/$metadata#${fragment}`;
}
