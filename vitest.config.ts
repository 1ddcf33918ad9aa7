import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { fluentTokenSources } from "./scripts/build/fluent-token-sources.alias.ts";

/**
 * Unit tests live next to the code they pin down (`*.test.ts` in node, `*.test.tsx` in jsdom);
 * integration tests in `tests/integration` run the Graph modules against the demo tenant's emulator.
 * Browser tests have their own config (`vitest.e2e.config.ts`).
 */
export default defineConfig({
  plugins: [react()],
  resolve: { alias: [fluentTokenSources] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "src/**/*.test.ts",
            "demo-tenant/**/*.test.ts",
            "manifest/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "ui",
          include: ["src/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["./tests/setup/ui.setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
        },
      },
    ],
  },
});
