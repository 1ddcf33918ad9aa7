import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { strFromU8, unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCRIPT = join(ROOT, "scripts", "package-app.ts");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function packageApp(args: string[], env: Record<string, string>): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [SCRIPT, ...args], {
      cwd: ROOT,
      env: { ...process.env, APP_URL: "", VITE_APP_URL: "", VITE_CLIENT_ID: "", PUBLISHER_URL: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("scripts/package-app.ts", () => {
  let outDir: string | undefined;
  afterEach(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("writes the zip for the configured app URL and prints its path last", async () => {
    outDir = mkdtempSync(join(tmpdir(), "momentum-package-"));
    const zipPath = join(outDir, "nested", "momentum.zip");

    const run = await packageApp(["--out", zipPath], {
      APP_URL: "https://momentum.contoso.example",
      VITE_CLIENT_ID: "3f2a9c1e-7b4d-4e8a-9c2b-1d5e6f7a8b9c",
    });

    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(zipPath);
    const manifest = JSON.parse(
      strFromU8(unzipSync(readFileSync(zipPath))["manifest.json"] ?? new Uint8Array()),
    );
    expect(manifest.staticTabs[0].contentUrl).toBe("https://momentum.contoso.example/?host=teams");
  }, 30_000);

  it("fails with a plain message, and writes nothing, when the app URL is not HTTPS", async () => {
    outDir = mkdtempSync(join(tmpdir(), "momentum-package-"));
    const zipPath = join(outDir, "momentum.zip");

    const run = await packageApp(["--out", zipPath], { APP_URL: "http://momentum.contoso.example" });

    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'APP_URL must use https://, as Teams and Outlook require; got "http://momentum.contoso.example"',
    );
    expect(existsSync(zipPath)).toBe(false);
  }, 30_000);
});
