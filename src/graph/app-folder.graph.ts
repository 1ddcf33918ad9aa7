import * as z from "zod/mini";
import type { GraphClient } from "./graph-client.ts";
import { GraphRequestError, graphRequestErrorFromFetchResponse, toGraphRequestError } from "./graph-error.ts";
import { GraphScope } from "./graph-scopes.ts";

/**
 * Files in the signed-in user's OneDrive app folder (`/me/drive/special/approot`, i.e. `Apps/<app name>`),
 * the only part of their OneDrive that Files.ReadWrite.AppFolder reaches. Momentum keeps everything under one
 * folder in it, {@link APP_DATA_FOLDER}, so that deleting that folder removes all it stored.
 */
export const APP_DATA_FOLDER = "momentum";

const SCOPES = [GraphScope.FilesReadWriteAppFolder] as const;

/** A file's content with the eTag it had when it was read: what a write sends back as `If-Match`. */
export interface AppFolderFile {
  readonly body: string;
  readonly eTag: string;
}

export interface ReadAppFolderFileOptions {
  readonly signal?: AbortSignal;
  /** Fetches the pre-authenticated download URL; tests pass the one the Graph client uses. */
  readonly download?: typeof fetch;
}

export interface WriteAppFolderFileOptions {
  /** The eTag the content was based on; `null` creates the file and fails if someone else created it first. */
  readonly eTag: string | null;
  readonly contentType?: string;
  readonly signal?: AbortSignal;
}

const driveFileSchema = z.object({
  eTag: z.string().check(z.minLength(1)),
  "@microsoft.graph.downloadUrl": z.optional(z.url()),
});

/**
 * Reads a file of the app folder (`path` relative to it, e.g. `momentum/notes.json`), or `null` when there is
 * none. Two requests, because that is what works from a browser: the driveItem (`GET approot:/{path}`) gives
 * the eTag and a short-lived pre-authenticated download URL, then the content comes from that URL without a
 * token. (`GET …:/content` redirects to the same URL, but a browser's `fetch` cannot follow that redirect
 * across origins, and its answer carries no driveItem eTag.) The content is read after the eTag, so it is never
 * older than the eTag: at worst a write based on it meets a 412 and reads again.
 */
export async function readAppFolderFile(
  client: GraphClient,
  path: string,
  options: ReadAppFolderFileOptions = {},
): Promise<AppFolderFile | null> {
  let item: unknown;
  try {
    item = await client.api(itemAddress(path), SCOPES).option("signal", options.signal).get();
  } catch (error) {
    if (error instanceof GraphRequestError && error.kind === "notFound") return null;
    throw error;
  }
  const parsed = driveFileSchema.safeParse(item);
  const downloadUrl = parsed.success ? parsed.data["@microsoft.graph.downloadUrl"] : undefined;
  if (!parsed.success || downloadUrl === undefined) {
    throw new GraphRequestError("The app folder item is not a file Momentum can read", {
      kind: "other",
      status: null,
    });
  }
  const body = await downloadContent(downloadUrl, options);
  return body === null ? null : { body, eTag: parsed.data.eTag };
}

/**
 * Writes a file of the app folder (`PUT approot:/{path}:/content`, up to 4 MB) and returns its new eTag.
 * With an `eTag` the write happens only if the file still has it (`If-Match`); without one it only creates
 * (`@microsoft.graph.conflictBehavior=fail`). Either way, when someone else wrote first it rejects with a
 * `GraphRequestError` of kind `preconditionFailed`: read again, merge, and write again.
 */
export async function writeAppFolderFile(
  client: GraphClient,
  path: string,
  body: string,
  options: WriteAppFolderFileOptions,
): Promise<string> {
  const creating = options.eTag === null;
  const request = client
    .api(`${itemAddress(path)}:/content${creating ? "?@microsoft.graph.conflictBehavior=fail" : ""}`, SCOPES)
    .header("Content-Type", options.contentType ?? "application/json")
    .option("signal", options.signal);
  if (options.eTag !== null) request.header("If-Match", options.eTag);
  let item: unknown;
  try {
    item = await request.put(body);
  } catch (error) {
    throw asConflict(error, creating);
  }
  const parsed = driveFileSchema.safeParse(item);
  if (!parsed.success) {
    throw new GraphRequestError("Microsoft Graph answered a file upload without an eTag", {
      kind: "other",
      status: null,
    });
  }
  return parsed.data.eTag;
}

/**
 * Deletes a file or folder of the app folder, with everything in it (OneDrive moves it to the user's recycle
 * bin). Resolves `false` when there was nothing to delete.
 */
export async function deleteAppFolderItem(
  client: GraphClient,
  path: string,
  options: { readonly signal?: AbortSignal } = {},
): Promise<boolean> {
  try {
    await client.api(itemAddress(path), SCOPES).option("signal", options.signal).delete();
    return true;
  } catch (error) {
    if (error instanceof GraphRequestError && error.kind === "notFound") return false;
    throw error;
  }
}

/** `/me/drive/special/approot:/momentum/notes.json`, each path segment URL-encoded. */
function itemAddress(path: string): string {
  const segments = path.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new RangeError(`Not a path inside the app folder: ${path}`);
  }
  return `/me/drive/special/approot:/${segments.map(encodeURIComponent).join("/")}`;
}

/**
 * The content behind a pre-authenticated download URL, fetched with no token, cookie or custom header (a
 * simple CORS request); `null` when the file was deleted since its driveItem was read.
 */
async function downloadContent(url: string, options: ReadAppFolderFileOptions): Promise<string | null> {
  const download = options.download ?? globalThis.fetch;
  let response: Response;
  try {
    response = await download(url, { credentials: "omit", cache: "no-store", signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw toGraphRequestError(error);
  }
  if (response.status === 404) return null;
  if (!response.ok) throw await graphRequestErrorFromFetchResponse(response);
  return response.text();
}

/**
 * A conditional write that lost the race, whatever Graph calls it: 412 for a stale `If-Match`, 409
 * `nameAlreadyExists` when creating a file someone just created, 404 when the file was deleted since it was read.
 */
function asConflict(error: unknown, creating: boolean): unknown {
  if (!(error instanceof GraphRequestError)) return error;
  const lostRace =
    error.kind === "preconditionFailed" ||
    (creating && error.status === 409) ||
    (!creating && error.kind === "notFound");
  if (!lostRace || error.kind === "preconditionFailed") return error;
  return new GraphRequestError("Someone else changed the file first", {
    kind: "preconditionFailed",
    status: error.status,
    code: error.code,
    innerCode: error.innerCode,
    requestId: error.requestId,
    cause: error,
  });
}
