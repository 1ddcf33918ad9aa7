import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDemoTenant } from "../demo-tenant.ts";
import { DEMO_MANAGER_UPN } from "../demo-users.ts";
import { type DemoTenantServer, startDemoTenantServer } from "../test-server.ts";
import { type GraphErrorBody, graphClient, WEDNESDAY } from "../testing/demo-tenant.fixture.ts";

let server: DemoTenantServer;
beforeAll(async () => {
  server = await startDemoTenantServer({ now: () => WEDNESDAY });
});
afterEach(async () => {
  await graphClient(server)("/me/drive/special/approot:/momentum:", { method: "DELETE" });
  await graphClient(server, DEMO_MANAGER_UPN)("/me/drive/special/approot:/momentum:", { method: "DELETE" });
  server.tenant.faults.clear();
});
afterAll(() => server.close());

const NOTES = "/me/drive/special/approot:/momentum/notes.json";

interface DriveItem {
  readonly id: string;
  readonly name: string;
  readonly eTag: string;
  readonly cTag: string;
  readonly size: number;
  readonly "@microsoft.graph.downloadUrl"?: string;
}

function put(body: string, headers: Record<string, string> = {}, query = "", as?: string) {
  return graphClient(server, as)(`${NOTES}:/content${query}`, {
    method: "PUT",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

async function created(body: string, as?: string): Promise<DriveItem> {
  const response = await put(body, {}, "", as);
  expect(response.status).toBe(201);
  return (await response.json()) as DriveItem;
}

async function errorOf(response: Response): Promise<GraphErrorBody["error"]> {
  return ((await response.json()) as GraphErrorBody).error;
}

describe("the app folder", () => {
  it("is a special folder of the signed-in user's drive", async () => {
    const response = await graphClient(server)("/me/drive/special/approot");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: "Momentum",
      folder: { childCount: 0 },
      specialFolder: { name: "approot" },
      parentReference: { path: "/drive/root:/Apps" },
    });
  });

  it("answers 404 itemNotFound for a file that is not there", async () => {
    const response = await graphClient(server)(NOTES);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("itemNotFound");
    expect((await graphClient(server)(`${NOTES}:/content`)).status).toBe(404);
  });

  it("creates a file and serves it by a pre-authenticated download URL, without a token", async () => {
    const item = await created('{"hello":"world"}');

    const metadata = (await (await graphClient(server)(`${NOTES}:`)).json()) as DriveItem;
    const download = await fetch(metadata["@microsoft.graph.downloadUrl"] ?? "");

    expect(item).toMatchObject({ name: "notes.json", size: 17 });
    expect(item.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
    expect(metadata).toMatchObject({ id: item.id, eTag: item.eTag, file: { mimeType: "application/json" } });
    expect(metadata["@microsoft.graph.downloadUrl"]).not.toContain("/v1.0/");
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('{"hello":"world"}');
  });

  it("redirects a content request to the download URL, as Graph does", async () => {
    await created("garbage, not json");

    const redirect = await graphClient(server)(`${NOTES}:/content`, { redirect: "manual" });
    const followed = await graphClient(server)(`${NOTES}:/content`);

    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toContain("/graph/downloads/");
    expect(await followed.text()).toBe("garbage, not json");
  });

  it("refuses a download URL that was tampered with", async () => {
    await created("{}");
    const metadata = (await (await graphClient(server)(NOTES)).json()) as DriveItem;
    const url = metadata["@microsoft.graph.downloadUrl"] ?? "";

    expect((await fetch(`${url.slice(0, -2)}xx`)).status).toBe(401);
  });

  it("gives every write a new eTag and refuses a write with a stale one: 412 resourceModified", async () => {
    const first = await created("{}");
    const second = await put('{"v":2}', { "if-match": first.eTag });
    const secondItem = (await second.json()) as DriveItem;

    const stale = await put('{"v":3}', { "if-match": first.eTag });

    expect(second.status).toBe(200);
    expect(secondItem.eTag).not.toBe(first.eTag);
    expect(secondItem.id).toBe(first.id);
    expect(stale.status).toBe(412);
    expect(await errorOf(stale)).toMatchObject({
      code: "resourceModified",
      innerError: { code: "entityTagDoesNotMatch" },
    });
    expect(await (await graphClient(server)(`${NOTES}:/content`)).text()).toBe('{"v":2}');
  });

  it("accepts the cTag or * as If-Match, and refuses If-Match for a file that is gone", async () => {
    const item = await created("{}");
    expect((await put("{}", { "if-match": item.cTag })).status).toBe(200);
    expect((await put("{}", { "if-match": "*" })).status).toBe(200);

    await graphClient(server)(NOTES, { method: "DELETE" });

    expect((await put("{}", { "if-match": item.eTag })).status).toBe(412);
  });

  it("refuses to create over an existing file with If-None-Match: * or conflictBehavior=fail", async () => {
    await created("{}");

    const ifNoneMatch = await put("{}", { "if-none-match": "*" });
    const conflict = await put("{}", {}, "?@microsoft.graph.conflictBehavior=fail");

    expect(ifNoneMatch.status).toBe(412);
    expect(conflict.status).toBe(409);
    expect((await errorOf(conflict)).code).toBe("nameAlreadyExists");
  });

  it("creates with conflictBehavior=fail when there is no file yet", async () => {
    const response = await put("{}", {}, "?@microsoft.graph.conflictBehavior=fail");
    expect(response.status).toBe(201);
  });

  it("deletes a folder with everything in it", async () => {
    await created("{}");
    await graphClient(server)("/me/drive/special/approot:/momentum/other.json:/content", {
      method: "PUT",
      body: "{}",
    });
    const folder = await graphClient(server)("/me/drive/special/approot:/momentum");
    expect(await folder.json()).toMatchObject({ name: "momentum", folder: { childCount: 2 } });

    const deleted = await graphClient(server)("/me/drive/special/approot:/momentum:", { method: "DELETE" });

    expect(deleted.status).toBe(204);
    expect((await graphClient(server)(NOTES)).status).toBe(404);
    expect((await graphClient(server)("/me/drive/special/approot:/momentum")).status).toBe(404);
    expect(await (await graphClient(server)("/me/drive/special/approot")).json()).toMatchObject({
      folder: { childCount: 0 },
    });
  });

  it("keeps each user's app folder to themselves", async () => {
    await created('{"owner":"rep"}');

    expect((await graphClient(server, DEMO_MANAGER_UPN)(NOTES)).status).toBe(404);
  });

  it("finds a file whatever the case of its path", async () => {
    await created("{}");

    expect((await graphClient(server)("/me/drive/special/approot:/Momentum/NOTES.json")).status).toBe(200);
  });

  it("runs into injected faults like any Graph request", async () => {
    server.tenant.faults.add({ kind: "throttle", path: "/approot", retryAfterSeconds: 7 });

    const response = await put("{}");

    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
  });
});

describe("the app folder's persistence", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "app-folder-"));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("survives a restart of the demo tenant, eTag included", async () => {
    const stateFile = join(folder, "state.json");
    const request = (path: string, init: RequestInit = {}) =>
      new Request(`http://demo.test/graph/v1.0${path}`, {
        ...init,
        headers: { authorization: "Bearer demo:daan.visser@contoso.example", ...init.headers },
      });
    const before = createDemoTenant({ stateFile, now: () => WEDNESDAY });
    const written = (await (
      await before.fetch(request(`${NOTES}:/content`, { method: "PUT", body: '{"kept":true}' }))
    ).json()) as DriveItem;
    await before.store.documents.flushed();

    const after = createDemoTenant({ stateFile, now: () => WEDNESDAY });
    const item = (await (await after.fetch(request(NOTES))).json()) as DriveItem;

    expect(item.eTag).toBe(written.eTag);
    expect(item.size).toBe(13);
  });
});
