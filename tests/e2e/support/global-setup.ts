import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { launchBrowser, openPage } from "./browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the demo answers, e.g. `http://localhost:41234`. */
    baseUrl: string;
  }
}

const STARTUP_TIMEOUT_MS = 90_000;

/**
 * Starts the demo exactly as the README tells a newcomer (`npm start`), on a free port, with a fresh state file
 * and its own build directory.
 */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const stateDir = await mkdtemp(join(tmpdir(), "momentum-e2e-"));
  const server = spawn("npm", ["start"], {
    env: {
      ...process.env,
      // Vitest sets NODE_ENV=test, with which Vite would bundle React's development build; serve what ships.
      NODE_ENV: "production",
      PORT: String(port),
      DEMO_STATE_FILE: join(stateDir, "state.json"),
      BUILD_OUT_DIR: join(stateDir, "dist"),
      VITE_CLIENT_ID: "",
      BROWSER: "none",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));

  const baseUrl = `http://localhost:${port}`;
  try {
    await waitUntilServing(baseUrl, server);
  } catch (error) {
    stop(server);
    throw new Error(`The demo did not start: ${(error as Error).message}\n${output.join("")}`);
  }
  await warmUp(baseUrl);
  project.provide("baseUrl", baseUrl);

  return async () => {
    stop(server);
    await rm(stateDir, { recursive: true, force: true });
  };
}

async function waitUntilServing(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited with code ${server.exitCode}`);
    try {
      const [app, graph] = await Promise.all([fetch(baseUrl), fetch(`${baseUrl}/graph/demo/users`)]);
      if (app.ok && graph.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no answer from ${baseUrl} within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

/**
 * Loads the app once before the first test, so a demo that starts but cannot show the rep's calls fails the
 * run here with one clear message instead of failing every test on its own time limit.
 */
async function warmUp(baseUrl: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser, baseUrl);
    await page.getByRole("listitem").first().waitFor({ timeout: STARTUP_TIMEOUT_MS });
  } finally {
    await browser.close();
  }
}

/** `npm start` runs Vite in a child of npm: end the whole process group. */
function stop(server: ChildProcess): void {
  if (server.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}
