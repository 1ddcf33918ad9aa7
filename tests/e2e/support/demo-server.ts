import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const STARTUP_TIMEOUT_MS = 90_000;

/** The demo as a newcomer starts it, on its own port, state file and build directory. */
export interface DemoServer {
  /** Where the demo answers, e.g. `http://localhost:41234`. */
  readonly baseUrl: string;
  /** Ends the server and forgets its state and build. */
  stop(): Promise<void>;
}

/**
 * Starts the demo exactly as the README tells a newcomer (`npm start`: a production build, then `vite preview`
 * with the demo tenant), on a free port, with a fresh state file and its own build directory, and resolves once
 * both the app and its Graph emulator answer. `env` adds to its environment (e.g. `DEMO_CUSTOMER_MEETINGS`).
 * Used by the browser tests and the benchmarks.
 */
export async function startDemo(
  options: { readonly env?: Record<string, string> } = {},
): Promise<DemoServer> {
  const port = await freePort();
  const stateDir = await mkdtemp(join(tmpdir(), "momentum-demo-"));
  const server = spawn("npm", ["start"], {
    env: {
      ...process.env,
      // A test runner sets NODE_ENV=test, with which Vite would bundle React's development build; serve what ships.
      NODE_ENV: "production",
      PORT: String(port),
      DEMO_STATE_FILE: join(stateDir, "state.json"),
      BUILD_OUT_DIR: join(stateDir, "dist"),
      VITE_CLIENT_ID: "",
      BROWSER: "none",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  server.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));

  const stop = async () => {
    kill(server);
    await rm(stateDir, { recursive: true, force: true });
  };
  const baseUrl = `http://localhost:${port}`;
  try {
    await waitUntilServing(baseUrl, server);
  } catch (error) {
    await stop();
    throw new Error(`The demo did not start: ${(error as Error).message}\n${output.join("")}`);
  }
  return { baseUrl, stop };
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

/** `npm start` runs Vite in a child of npm: end the whole process group. */
function kill(server: ChildProcess): void {
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
