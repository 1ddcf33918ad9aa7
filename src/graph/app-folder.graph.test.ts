import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { deleteAppFolderItem, readAppFolderFile, writeAppFolderFile } from "./app-folder.graph.ts";
import { createTestGraphClient } from "./graph-client.fake.ts";

const BASE = "http://graph.test/graph";
const ITEM = `${BASE}/v1.0/me/drive/special/approot:/momentum/notes.json`;
const DOWNLOAD = "https://contoso-my.sharepoint.test/_layouts/15/download.aspx?UniqueId=1&tempauth=abc";
const ETAG = '"{3A1A5C2B-0000-4000-8000-000000000001},4"';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** MSW reads `:` in a path as a parameter; the app folder's addresses are full of them, so match exactly. */
const exactly = (url: string) => new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);

const fileItem = {
  id: "01ABC",
  name: "notes.json",
  eTag: ETAG,
  "@microsoft.graph.downloadUrl": DOWNLOAD,
  file: {},
};

const graphError = (status: number, code: string, innerCode?: string) =>
  HttpResponse.json(
    { error: { code, message: "x", ...(innerCode && { innerError: { code: innerCode } }) } },
    { status },
  );

describe("readAppFolderFile", () => {
  it("reads the eTag from the driveItem, then the content from the download URL without a token", async () => {
    let downloadAuthorization: string | null = "not asked";
    server.use(
      http.get(exactly(ITEM), () => HttpResponse.json(fileItem)),
      http.get(DOWNLOAD, ({ request }) => {
        downloadAuthorization = request.headers.get("authorization");
        return HttpResponse.text('{"schemaVersion":1}');
      }),
    );
    const { client, tokenRequests } = createTestGraphClient({ baseUrl: BASE });

    const file = await readAppFolderFile(client, "momentum/notes.json");

    expect(file).toEqual({ body: '{"schemaVersion":1}', eTag: ETAG });
    expect(downloadAuthorization).toBeNull();
    expect(tokenRequests).toEqual([["Files.ReadWrite.AppFolder"]]);
  });

  it("answers null when there is no such file", async () => {
    server.use(http.get(exactly(ITEM), () => graphError(404, "itemNotFound")));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(readAppFolderFile(client, "momentum/notes.json")).resolves.toBeNull();
  });

  it("answers null when the file was deleted between the driveItem and the download", async () => {
    server.use(
      http.get(exactly(ITEM), () => HttpResponse.json(fileItem)),
      http.get(DOWNLOAD, () => new HttpResponse("gone", { status: 404 })),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(readAppFolderFile(client, "momentum/notes.json")).resolves.toBeNull();
  });

  it("reports a download that cannot reach the server as a network error", async () => {
    server.use(
      http.get(exactly(ITEM), () => HttpResponse.json(fileItem)),
      http.get(DOWNLOAD, () => HttpResponse.error()),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(readAppFolderFile(client, "momentum/notes.json")).rejects.toMatchObject({ kind: "network" });
  });

  it("refuses a folder where a file was expected", async () => {
    server.use(http.get(exactly(ITEM), () => HttpResponse.json({ id: "01F", eTag: ETAG, folder: {} })));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(readAppFolderFile(client, "momentum/notes.json")).rejects.toMatchObject({ kind: "other" });
  });

  it("encodes each segment of the path", async () => {
    let requested = "";
    server.use(
      http.get(/approot/, ({ request }) => {
        requested = new URL(request.url).pathname;
        return graphError(404, "itemNotFound");
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await readAppFolderFile(client, "momentum/my notes#1.json");

    expect(requested).toBe("/graph/v1.0/me/drive/special/approot:/momentum/my%20notes%231.json");
  });
});

describe("writeAppFolderFile", () => {
  it("replaces the content only if the eTag still matches, and returns the new eTag", async () => {
    let sent: { ifMatch: string | null; contentType: string | null; body: string; query: string } | null =
      null;
    server.use(
      http.put(exactly(`${ITEM}:/content`), async ({ request }) => {
        sent = {
          ifMatch: request.headers.get("if-match"),
          contentType: request.headers.get("content-type"),
          body: await request.text(),
          query: new URL(request.url).search,
        };
        return HttpResponse.json({ ...fileItem, eTag: '"{3A1A5C2B-0000-4000-8000-000000000001},5"' });
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    const eTag = await writeAppFolderFile(client, "momentum/notes.json", '{"a":1}', { eTag: ETAG });

    expect(eTag).toBe('"{3A1A5C2B-0000-4000-8000-000000000001},5"');
    expect(sent).toEqual({ ifMatch: ETAG, contentType: "application/json", body: '{"a":1}', query: "" });
  });

  it("creates a file only if nobody else has: conflictBehavior=fail, no If-Match", async () => {
    let sent: { ifMatch: string | null; behavior: string | null } | null = null;
    server.use(
      http.put(/approot:\/momentum\/notes\.json:\/content/, ({ request }) => {
        sent = {
          ifMatch: request.headers.get("if-match"),
          behavior: new URL(request.url).searchParams.get("@microsoft.graph.conflictBehavior"),
        };
        return HttpResponse.json(fileItem, { status: 201 });
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(writeAppFolderFile(client, "momentum/notes.json", "{}", { eTag: null })).resolves.toBe(ETAG);
    expect(sent).toEqual({ ifMatch: null, behavior: "fail" });
  });

  it.each([
    ["a stale eTag (412)", ETAG, () => graphError(412, "resourceModified", "entityTagDoesNotMatch")],
    ["a file deleted since it was read (404)", ETAG, () => graphError(404, "itemNotFound")],
    ["a file someone else just created (409)", null, () => graphError(409, "nameAlreadyExists")],
  ])("reports %s as preconditionFailed", async (_case, eTag, answer) => {
    server.use(http.put(/approot:\/momentum\/notes\.json:\/content/, answer));
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(writeAppFolderFile(client, "momentum/notes.json", "{}", { eTag })).rejects.toMatchObject({
      kind: "preconditionFailed",
    });
  });

  it("rides out throttling like any Graph request, sending the same If-Match again", async () => {
    const ifMatches: Array<string | null> = [];
    server.use(
      http.put(exactly(`${ITEM}:/content`), ({ request }) => {
        ifMatches.push(request.headers.get("if-match"));
        return ifMatches.length === 1
          ? HttpResponse.json(
              { error: { code: "TooManyRequests" } },
              { status: 429, headers: { "Retry-After": "2" } },
            )
          : HttpResponse.json(fileItem);
      }),
    );
    const { client, sleeps } = createTestGraphClient({ baseUrl: BASE });

    await writeAppFolderFile(client, "momentum/notes.json", "{}", { eTag: ETAG });

    expect(sleeps).toEqual([2_000]);
    expect(ifMatches).toEqual([ETAG, ETAG]);
  });
});

describe("deleteAppFolderItem", () => {
  it("deletes the folder, and says whether there was one", async () => {
    const folder = `${BASE}/v1.0/me/drive/special/approot:/momentum`;
    let deletes = 0;
    server.use(
      http.delete(exactly(folder), () => {
        deletes += 1;
        return deletes === 1 ? new HttpResponse(null, { status: 204 }) : graphError(404, "itemNotFound");
      }),
    );
    const { client } = createTestGraphClient({ baseUrl: BASE });

    await expect(deleteAppFolderItem(client, "momentum")).resolves.toBe(true);
    await expect(deleteAppFolderItem(client, "momentum")).resolves.toBe(false);
  });
});
