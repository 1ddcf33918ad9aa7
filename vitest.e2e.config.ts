import { defineConfig } from "vitest/config";

/**
 * Browser tests: the demo started as a newcomer starts it (`npm start`), driven by playwright-core in the
 * system Chromium. One server for the whole run (see `tests/e2e/support/global-setup.ts`); files run one at a
 * time because the machine has two cores and Chromium wants one of them.
 */
export default defineConfig({
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["./tests/e2e/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
