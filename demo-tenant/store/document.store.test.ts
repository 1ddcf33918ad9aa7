import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDemoTenant } from "../demo-tenant.ts";
import { startDemoTenantServer } from "../test-server.ts";
import { WEDNESDAY } from "../testing/demo-tenant.fixture.ts";

let folder: string;
let stateFile: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "demo-tenant-"));
  stateFile = join(folder, ".demo-tenant", "state.json");
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const tenantOn = (file: string) => createDemoTenant({ stateFile: file, now: () => WEDNESDAY });

describe("persisted state", () => {
  it("survives a restart: a second tenant on the same file sees what the first one stored", async () => {
    const before = tenantOn(stateFile);
    await before.store.documents.put("appFolder:daan", "flags.json", { flagged: ["call-1"], version: 3 });

    const after = tenantOn(stateFile);
    expect(after.store.documents.get("appFolder:daan", "flags.json")).toEqual({
      flagged: ["call-1"],
      version: 3,
    });
    expect(after.store.documents.list("appFolder:daan")).toHaveLength(1);
  });

  it("writes atomically, keeping every change in order and no temporary files", async () => {
    const tenant = tenantOn(stateFile);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => tenant.store.documents.put("counter", "value", { i })),
    );

    expect(JSON.parse(await readFile(stateFile, "utf8")).collections.counter.value).toEqual({ i: 24 });
    expect(await readdir(join(folder, ".demo-tenant"))).toEqual(["state.json"]);
  });

  it("does not persist the seed: an untouched tenant writes nothing", async () => {
    const tenant = tenantOn(stateFile);
    expect(tenant.store.seed.meetings.length).toBeGreaterThan(0);
    await tenant.store.documents.flushed();
    expect(existsSync(stateFile)).toBe(false);
  });

  it("reset forgets what users did and deletes the state file", async () => {
    const tenant = tenantOn(stateFile);
    await tenant.store.documents.put("mail", "1", { subject: "Follow-up" });
    await tenant.reset();

    expect(existsSync(stateFile)).toBe(false);
    expect(tenant.store.documents.get("mail", "1")).toBeUndefined();
    expect(tenantOn(stateFile).store.documents.get("mail", "1")).toBeUndefined();
  });

  it("starts from the seed when the state file is unreadable", async () => {
    await tenantOn(stateFile).store.documents.put("mail", "1", { subject: "x" });
    await writeFile(stateFile, "{ not json", "utf8");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const tenant = tenantOn(stateFile);
      expect(tenant.store.documents.list("mail")).toEqual([]);
      expect(tenant.store.seed.users).toHaveLength(4);
      expect(warn).toHaveBeenCalledOnce();
    } finally {
      warn.mockRestore();
    }
  });

  it("resets over HTTP, clearing faults and the request log too", async () => {
    const server = await startDemoTenantServer({ now: () => WEDNESDAY });
    try {
      server.tenant.faults.add({ kind: "throttle", path: "/nothing-calls-this" });
      await fetch(`${server.graphBaseUrl}/v1.0/me`);
      const response = await fetch(`${server.graphBaseUrl}/demo/reset`, { method: "POST" });
      expect(response.status).toBe(204);
      expect(server.tenant.faults.list()).toEqual([]);
      expect(server.tenant.requests.list()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
