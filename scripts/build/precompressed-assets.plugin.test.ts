import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, get as httpGet, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brotli, brotliAssetMiddleware } from "./precompressed-assets.plugin.ts";

const SCRIPT = `export const greeting = "${"hello ".repeat(400)}";\n`;
const CSP = "default-src 'self'";

let outDir: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "momentum-br-"));
  mkdirSync(join(outDir, "assets"));
  writeFileSync(join(outDir, "assets", "index-abc.js"), SCRIPT);
  writeFileSync(join(outDir, "assets", "index-abc.js.br"), brotli(Buffer.from(SCRIPT)));
  writeFileSync(join(outDir, "assets", "tiny-abc.js"), "export {};\n");
  const middleware = brotliAssetMiddleware(outDir, { "Content-Security-Policy": CSP });
  server = createServer((request, response) =>
    middleware(request, response, () => response.writeHead(418).end("passed on")),
  );
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(outDir, { recursive: true, force: true });
});

/** Node's fetch would decode Brotli itself; this reads the bytes as they were sent. */
function get(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(`${origin}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const sent = new Headers();
        for (const [name, value] of Object.entries(response.headers))
          if (typeof value === "string") sent.set(name, value);
        resolve({ status: response.statusCode ?? 0, headers: sent, body: Buffer.concat(chunks) });
      });
    }).on("error", reject);
  });
}

describe("built code sent with Brotli, as a static host sends it", () => {
  it("sends a script's Brotli copy to a browser that accepts it, with the preview's headers", async () => {
    const response = await get("/assets/index-abc.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("content-type")).toBe("text/javascript");
    expect(response.headers.get("content-security-policy")).toBe(CSP);
    expect(response.headers.get("vary")).toContain("Accept-Encoding");
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT);
    expect(response.body.length).toBeLessThan(SCRIPT.length / 10);
  });

  it("answers 304 while the copy is unchanged", async () => {
    const first = await get("/assets/index-abc.js", { "accept-encoding": "br" });
    const again = await get("/assets/index-abc.js", {
      "accept-encoding": "br",
      "if-none-match": first.headers.get("etag") ?? "",
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it("leaves to Vite a browser without Brotli, a file with no copy, and anything outside the built assets", async () => {
    expect((await get("/assets/index-abc.js", { "accept-encoding": "gzip" })).status).toBe(418);
    expect((await get("/assets/tiny-abc.js", { "accept-encoding": "br" })).status).toBe(418);
    expect((await get("/assets/../assets/index-abc.js.br", { "accept-encoding": "br" })).status).toBe(418);
    expect((await get("/index.html", { "accept-encoding": "br" })).status).toBe(418);
  });
});
