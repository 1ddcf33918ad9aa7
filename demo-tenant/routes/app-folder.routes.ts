import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { type Context, Hono } from "hono";
import { graphTimestamp } from "../calendar/graph-date-time.ts";
import { GRAPH_PREFIX, type GraphEnv } from "../http/graph-env.ts";
import { GraphHttpError } from "../http/graph-error.ts";
import { odataContext } from "../http/odata.ts";
import { stableGuid, stableHex } from "../ids.ts";
import type { DirectoryUser } from "../seed/people.seed.ts";
import { type AppFolderFile, AppFolderStore } from "../store/app-folder.store.ts";
import type { TenantServices } from "../tenant-services.ts";

/** The app's name in Entra ID: OneDrive names the app folder after it (`Apps/Momentum`). */
const APP_FOLDER_NAME = "Momentum";
/** Where pre-authenticated download URLs point, under `/graph`: outside `/v1.0`, so no token is needed or sent. */
export const APP_FOLDER_DOWNLOADS_PREFIX = "/downloads";
/** OneDrive's download URLs are valid for a few minutes (of real time, whatever the tenant's clock says). */
const DOWNLOAD_URL_LIFETIME_MS = 5 * 60_000;
/** The simple upload API takes files up to 4 MB. */
const MAX_SIMPLE_UPLOAD_BYTES = 4 * 1024 * 1024;
/** Signs download URLs; a restart invalidates them, as an expired OneDrive URL would be. */
const DOWNLOAD_URL_KEY = randomBytes(32);

/**
 * The signed-in user's OneDrive app folder (`/me/drive/special/approot`, Files.ReadWrite.AppFolder), as Graph
 * serves it:
 *
 * - `GET approot` the folder; `GET approot:/{path}` (trailing `:` optional) a file's or folder's driveItem with
 *   its `eTag`, `cTag` and a pre-authenticated `@microsoft.graph.downloadUrl`;
 * - `GET approot:/{path}:/content` a `302` to that download URL (as Graph redirects; the content itself is
 *   served by {@link appFolderDownloadRoutes});
 * - `PUT approot:/{path}:/content` creates or replaces a file (up to 4 MB): `201` or `200` with the driveItem.
 *   `If-Match` with a stale eTag (or for a file that is gone) is `412 resourceModified`, `If-None-Match: *` for
 *   an existing file is `412`, `@microsoft.graph.conflictBehavior=fail` for one is `409 nameAlreadyExists`;
 * - `DELETE approot:/{path}` a file, or a folder with everything in it (`If-Match` honoured): `204`.
 *
 * Every write gives the file a new eTag. A missing item is `404 itemNotFound`.
 */
export function appFolderRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();
  const folder = new AppFolderStore(store.documents, () => store.now);

  routes.get("/me/drive/special/*", (c) => {
    const target = parseTarget(c);
    const user = c.get("user");
    if (target.path === null) return c.json(rootFolderItem(c, user, folder.files(user.id)));
    const file = folder.file(user.id, target.path);
    if (target.content) {
      if (!file) throw itemNotFound();
      return c.redirect(downloadUrl(c, user, file), 302);
    }
    if (file) return c.json(fileItem(c, user, file));
    const under = folder.filesUnder(user.id, target.path);
    if (under.length === 0) throw itemNotFound();
    return c.json(folderItem(c, user, target.path, under));
  });

  routes.put("/me/drive/special/*", async (c) => {
    const target = parseTarget(c);
    if (target.path === null || !target.content) {
      throw new GraphHttpError(400, "invalidRequest", "Upload a file's content with PUT …:/{path}:/content.");
    }
    const user = c.get("user");
    const existing = folder.file(user.id, target.path);
    if (!existing && folder.filesUnder(user.id, target.path).length > 0) {
      throw new GraphHttpError(409, "nameAlreadyExists", "A folder with this name already exists.");
    }
    checkPreconditions(c, existing);
    const behavior = c.req.query("@microsoft.graph.conflictBehavior") ?? "replace";
    if (behavior !== "replace" && behavior !== "fail") {
      throw new GraphHttpError(400, "invalidRequest", `Unsupported conflict behavior '${behavior}'.`);
    }
    if (existing && behavior === "fail") {
      throw new GraphHttpError(409, "nameAlreadyExists", "The specified item name already exists.");
    }
    const content = new Uint8Array(await c.req.arrayBuffer());
    if (content.byteLength > MAX_SIMPLE_UPLOAD_BYTES) {
      throw new GraphHttpError(413, "invalidRequest", "Use an upload session for files larger than 4 MB.");
    }
    const contentType = c.req.header("content-type") ?? "application/octet-stream";
    const file = await folder.write(user.id, target.path, content, contentType);
    return c.json(fileItem(c, user, file), existing ? 200 : 201);
  });

  routes.delete("/me/drive/special/*", async (c) => {
    const target = parseTarget(c);
    if (target.path === null || target.content) {
      throw new GraphHttpError(403, "accessDenied", "The app folder itself cannot be deleted this way.");
    }
    const user = c.get("user");
    const file = folder.file(user.id, target.path);
    const doomed = file ? [file] : folder.filesUnder(user.id, target.path);
    if (doomed.length === 0) throw itemNotFound();
    if (file) checkPreconditions(c, file);
    await folder.delete(user.id, doomed);
    return c.body(null, 204);
  });

  return routes;
}

/**
 * `GET /graph/downloads/{token}`: a file's content by its pre-authenticated URL, with no sign-in (a real one
 * lives on SharePoint's host, which takes no Graph token). Mounted outside `/v1.0`.
 */
export function appFolderDownloadRoutes({ store }: TenantServices): Hono<GraphEnv> {
  const routes = new Hono<GraphEnv>();
  const folder = new AppFolderStore(store.documents, () => store.now);

  routes.get("/:token", (c) => {
    const grant = verifyDownloadToken(c.req.param("token"));
    if (!grant) return c.text("This download link is invalid or has expired.", 401);
    const file = folder.file(grant.userId, grant.path);
    if (!file) return c.text("The file no longer exists.", 404);
    return c.body(Buffer.from(file.contentBase64, "base64"), 200, {
      "Content-Type": file.contentType,
      ETag: eTagOf(file),
    });
  });

  return routes;
}

interface Target {
  /** Relative to the app folder; `null` for the app folder itself. */
  readonly path: string | null;
  /** Addressed `…:/content`. */
  readonly content: boolean;
}

/** `approot`, `approot:/a/b.json`, `approot:/a/b.json:` or `approot:/a/b.json:/content`. */
function parseTarget(c: Context<GraphEnv>): Target {
  const raw = c.req.path.slice(c.req.path.indexOf("/me/drive/special/") + "/me/drive/special/".length);
  const address = safeDecode(raw);
  if (address === "approot") return { path: null, content: false };
  const match = /^approot:\/(.+?)(:|:\/content)?$/.exec(address);
  if (!match?.[1]) {
    const name = address.split(/[:/]/, 1)[0] ?? "";
    if (name !== "approot") {
      throw new GraphHttpError(
        404,
        "itemNotFound",
        `The special folder '${name}' is not in the demo tenant.`,
      );
    }
    throw new GraphHttpError(400, "invalidRequest", "Address an item as approot:/{path}.");
  }
  const segments = match[1].split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new GraphHttpError(400, "invalidRequest", "The path is not valid.", { innerCode: "invalidPath" });
  }
  return { path: segments.join("/"), content: match[2] === ":/content" };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new GraphHttpError(400, "invalidRequest", "The path is not valid.", { innerCode: "invalidPath" });
  }
}

/** `If-Match` (one or more tags, or `*`) and `If-None-Match: *`, compared with the file's eTag or cTag. */
function checkPreconditions(c: Context<GraphEnv>, file: AppFolderFile | null): void {
  const ifMatch = c.req.header("if-match");
  if (ifMatch !== undefined) {
    const tags = entityTags(ifMatch);
    const matches =
      file !== null && (tags.includes("*") || tags.includes(eTagOf(file)) || tags.includes(cTagOf(file)));
    if (!matches) {
      throw new GraphHttpError(412, "resourceModified", "ETag does not match current item's value", {
        innerCode: "entityTagDoesNotMatch",
      });
    }
  }
  if (c.req.header("if-none-match")?.trim() === "*" && file !== null) {
    throw new GraphHttpError(412, "resourceModified", "The item already exists.", {
      innerCode: "entityTagDoesNotMatch",
    });
  }
}

/**
 * The tags of an `If-Match` header: `*`, or quoted tags separated by commas. OneDrive's own tags hold a comma
 * (`"{GUID},2"`), so the header is split by its quotes, not its commas.
 */
function entityTags(header: string): string[] {
  const trimmed = header.trim();
  if (trimmed === "*") return ["*"];
  const quoted = trimmed.match(/(?:W\/)?"[^"]*"/g);
  return quoted ?? [trimmed];
}

function itemNotFound(): GraphHttpError {
  return new GraphHttpError(404, "itemNotFound", "The resource could not be found.");
}

/** OneDrive's tags: `"{GUID},version"` and `"c:{GUID},version"`, quotes included. */
function eTagOf(file: AppFolderFile): string {
  return `"{${file.guid}},${file.version}"`;
}

function cTagOf(file: AppFolderFile): string {
  return `"c:{${file.guid}},${file.version}"`;
}

function driveIdOf(user: DirectoryUser): string {
  return `b!${Buffer.from(stableHex(48, "drive", user.id), "hex").toString("base64url")}`;
}

function rootIdOf(user: DirectoryUser): string {
  return folderIdOf(user, "");
}

function folderIdOf(user: DirectoryUser, path: string): string {
  return `01${stableHex(32, "drive-folder", user.id, path.toLowerCase()).toUpperCase()}`;
}

function webUrlOf(user: DirectoryUser, path: string): string {
  const personal = user.email.replace(/[@.]/g, "_");
  const tail = path === "" ? "" : `/${path.split("/").map(encodeURIComponent).join("/")}`;
  return `https://contoso-my.sharepoint.com/personal/${personal}/Documents/Apps/${APP_FOLDER_NAME}${tail}`;
}

function parentReference(user: DirectoryUser, path: string) {
  const parentPath = path.split("/").slice(0, -1).join("/");
  return {
    driveType: "business",
    driveId: driveIdOf(user),
    id: folderIdOf(user, parentPath),
    path: `/drive/root:/Apps/${APP_FOLDER_NAME}${parentPath === "" ? "" : `/${parentPath}`}`,
  };
}

function identity(user: DirectoryUser) {
  return { user: { id: user.id, displayName: user.name, email: user.email } };
}

function rootFolderItem(c: Context<GraphEnv>, user: DirectoryUser, files: readonly AppFolderFile[]) {
  const stamp = graphTimestamp(earliestCreation(files));
  return {
    "@odata.context": odataContext(c.req.url, `users('${user.id}')/drive/special/$entity`),
    id: rootIdOf(user),
    name: APP_FOLDER_NAME,
    eTag: `"{${stableGuid("approot", user.id).toUpperCase()}},1"`,
    cTag: `"c:{${stableGuid("approot", user.id).toUpperCase()}},0"`,
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
    size: files.reduce((total, file) => total + sizeOf(file), 0),
    webUrl: webUrlOf(user, ""),
    createdBy: identity(user),
    lastModifiedBy: identity(user),
    parentReference: {
      driveType: "business",
      driveId: driveIdOf(user),
      id: folderIdOf(user, ".."),
      path: "/drive/root:/Apps",
    },
    folder: { childCount: childNames(files, "").size },
    specialFolder: { name: "approot" },
  };
}

function folderItem(
  c: Context<GraphEnv>,
  user: DirectoryUser,
  path: string,
  files: readonly AppFolderFile[],
) {
  const stamp = graphTimestamp(earliestCreation(files));
  const guid = stableGuid("drive-folder", user.id, path.toLowerCase()).toUpperCase();
  return {
    "@odata.context": odataContext(c.req.url, `users('${user.id}')/drive/items/$entity`),
    id: folderIdOf(user, path),
    name: path.split("/").at(-1),
    eTag: `"{${guid}},1"`,
    cTag: `"c:{${guid}},0"`,
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
    size: files.reduce((total, file) => total + sizeOf(file), 0),
    webUrl: webUrlOf(user, path),
    createdBy: identity(user),
    lastModifiedBy: identity(user),
    parentReference: parentReference(user, path),
    folder: { childCount: childNames(files, path).size },
  };
}

function fileItem(c: Context<GraphEnv>, user: DirectoryUser, file: AppFolderFile) {
  return {
    "@odata.context": odataContext(c.req.url, `users('${user.id}')/drive/items/$entity`),
    "@microsoft.graph.downloadUrl": downloadUrl(c, user, file),
    id: file.id,
    name: file.path.split("/").at(-1),
    eTag: eTagOf(file),
    cTag: cTagOf(file),
    createdDateTime: graphTimestamp(new Date(file.createdDateTime)),
    lastModifiedDateTime: graphTimestamp(new Date(file.lastModifiedDateTime)),
    size: sizeOf(file),
    webUrl: webUrlOf(user, file.path),
    createdBy: identity(user),
    lastModifiedBy: identity(user),
    parentReference: parentReference(user, file.path),
    file: { mimeType: file.contentType },
    fileSystemInfo: {
      createdDateTime: graphTimestamp(new Date(file.createdDateTime)),
      lastModifiedDateTime: graphTimestamp(new Date(file.lastModifiedDateTime)),
    },
  };
}

/** The earliest creation among `files`, or the epoch for an empty folder (it has always been there). */
function earliestCreation(files: readonly AppFolderFile[]): Date {
  const times = files.map((file) => Date.parse(file.createdDateTime));
  return new Date(times.length === 0 ? 0 : Math.min(...times));
}

/** The names directly inside the folder at `path` ("" for the app folder). */
function childNames(files: readonly AppFolderFile[], path: string): Set<string> {
  const prefix = path === "" ? "" : `${path.toLowerCase()}/`;
  return new Set(
    files
      .map((file) => file.path.toLowerCase())
      .filter((filePath) => filePath.startsWith(prefix))
      .map((filePath) => filePath.slice(prefix.length).split("/", 1)[0] ?? ""),
  );
}

function sizeOf(file: AppFolderFile): number {
  return Buffer.from(file.contentBase64, "base64").byteLength;
}

interface DownloadGrant {
  readonly userId: string;
  readonly path: string;
  readonly expiresAt: number;
}

function downloadUrl(c: Context<GraphEnv>, user: DirectoryUser, file: AppFolderFile): string {
  const grant: DownloadGrant = {
    userId: user.id,
    path: file.path,
    expiresAt: Date.now() + DOWNLOAD_URL_LIFETIME_MS,
  };
  const payload = Buffer.from(JSON.stringify(grant), "utf8").toString("base64url");
  return `${new URL(c.req.url).origin}${GRAPH_PREFIX}${APP_FOLDER_DOWNLOADS_PREFIX}/${payload}.${signature(payload)}`;
}

function verifyDownloadToken(token: string): DownloadGrant | null {
  const [payload, given] = token.split(".");
  if (!payload || !given) return null;
  const expected = Buffer.from(signature(payload));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const grant = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as DownloadGrant;
  return grant.expiresAt >= Date.now() ? grant : null;
}

function signature(payload: string): string {
  return createHmac("sha256", DOWNLOAD_URL_KEY).update(payload).digest("base64url");
}
