import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import griffel from "@griffel/vite-plugin";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";
import { demoTenant } from "./demo-tenant/vite-plugin.ts";
import { fluentTokenSources } from "./scripts/build/fluent-token-sources.alias.ts";
import { fluentTokens } from "./scripts/build/fluent-tokens.plugin.ts";
import { griffelStylesheet } from "./scripts/build/griffel-stylesheet.plugin.ts";
import { precompressedAssets } from "./scripts/build/precompressed-assets.plugin.ts";
import { staticHostHeaders } from "./scripts/build/static-host-headers.plugin.ts";
import { readAppConfig } from "./src/app/app-config.ts";
import { contentSecurityPolicy } from "./src/app/content-security-policy.ts";

/** Where `npx office-addin-dev-certs install` leaves a certificate that Teams and Outlook trust for localhost. */
const DEV_CERT_DIR = join(homedir(), ".office-addin-dev-certs");

/**
 * `HTTPS=1 npm start` serves over HTTPS, which Teams and Outlook require of a sideloaded app (the demo too);
 * a plain browser is fine with HTTP, so that stays the default.
 */
function localHttps() {
  if (process.env.HTTPS !== "1") return undefined;
  const cert = join(DEV_CERT_DIR, "localhost.crt");
  const key = join(DEV_CERT_DIR, "localhost.key");
  if (!existsSync(cert) || !existsSync(key)) {
    throw new Error(
      `HTTPS=1 needs a trusted localhost certificate in ${DEV_CERT_DIR}: run \`npx office-addin-dev-certs install\` first.`,
    );
  }
  return { cert: readFileSync(cert), key: readFileSync(key) };
}

export default defineConfig(({ command, mode }) => {
  // The same reading of the environment as the app's own, so the policy allows exactly the origins it uses.
  const appConfig = readAppConfig(loadEnv(mode, process.cwd(), "VITE_"), "");
  // No client ID: the demo tenant's Graph emulator is served on the same origin, in dev and in preview.
  const isDemo = appConfig.mode === "demo";
  // What ships: sent by `vite preview` and written for static hosts, so both serve the same policy.
  const securityHeaders = { "Content-Security-Policy": contentSecurityPolicy(appConfig) };
  return {
    plugins: [
      react(),
      // Griffel ahead of time, in the production build only: every makeStyles/makeResetStyles is resolved to its
      // class names and CSS here instead of on the phone at first render, and that resolving code is not shipped.
      // Dev and Vitest keep the runtime, which gives the same classes. Babel's presets let it read our .tsx.
      ...(command === "build"
        ? [griffel({ babelOptions: { presets: ["@babel/preset-typescript", "@babel/preset-react"] } })]
        : []),
      // Then every component's CSS, Fluent's and ours, into one stylesheet instead of inserted at first render.
      griffelStylesheet(),
      // Fluent's `tokens` object leaves the bundle: its last reads are folded into their values (see the plugin).
      fluentTokens(),
      // DEMO_STATE_FILE lets the browser tests start from a fresh demo without touching the developer's.
      ...(isDemo ? [demoTenant({ stateFile: process.env.DEMO_STATE_FILE })] : []),
      staticHostHeaders(securityHeaders),
      // Brotli copies of the code, sent by `vite preview` as a static host or CDN sends them.
      precompressedAssets(),
    ],
    resolve: { alias: [fluentTokenSources] },
    server: {
      port: Number(process.env.PORT ?? 3000),
      strictPort: true,
      https: localHttps(),
      headers: { "Content-Security-Policy": contentSecurityPolicy(appConfig, { devServer: true }) },
    },
    preview: {
      port: Number(process.env.PORT ?? 3000),
      strictPort: true,
      https: localHttps(),
      headers: securityHeaders,
    },
    optimizeDeps: {
      // Scan every module, the lazily imported hosts and sign-in included, so the dev server pre-bundles all
      // dependencies at start instead of discovering some on first use and reloading the page under the user.
      entries: ["index.html", "src/**/*.{ts,tsx}", "!src/**/*.test.{ts,tsx}", "!src/**/*.fake*.ts"],
    },
    build: {
      // BUILD_OUT_DIR gives each browser-test run its own build, so two runs on one machine never share dist/.
      outDir: process.env.BUILD_OUT_DIR ?? "dist",
      target: "es2022",
      sourcemap: true,
      rolldownOptions: {
        treeshake: {
          // The Graph SDK does not declare itself free of side effects (no `sideEffects` in its package.json), so
          // every module its index re-exports would ship, the large-file upload tasks included. None of them does
          // anything on import: what the app does not import can go.
          moduleSideEffects: [
            { test: /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]/, sideEffects: false },
          ],
        },
        output: {
          codeSplitting: {
            // Zod and the module that turns off its eval probe share one chunk, so whichever chunk first imports
            // Zod also runs that setting before any schema is created (see src/app/zod-without-eval.ts).
            groups: [
              {
                name: "zod",
                test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]app[\\/]zod-without-eval\.ts$/,
              },
              // Everything the first screen imports statically, in three chunks (React, Fluent, the rest with the
              // entry) instead of the 27 small shared chunks Rolldown would make of it (each also needed by some
              // lazy chunk): on a phone's link each request costs a round trip, six at a time over HTTP/1.1. Three,
              // not one: React and Fluent change only when upgraded, so a returning user's browser keeps them
              // across our releases, and three files of ~50 KB arrive together sooner than one of 150 KB, each
              // on its own connection (paired Lighthouse runs: the first row 80-200 ms sooner, 4 of 4).
              // Lazy chunks import what they share from these.
              {
                name: "react",
                test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
                tags: ["$initial"],
              },
              {
                name: "fluent",
                test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@emotion|@swc|tslib|@floating-ui)[\\/]/,
                tags: ["$initial"],
              },
              { name: "app", tags: ["$initial"] },
              // Fluent's five themes in one chunk (what the first screen imports of their package stays in the
              // `fluent` group above, which comes first): the theme a start asks for is then one file, not four, with no
              // modulepreload links for Vite's helper to insert on the main thread. ~1 KB more than the light
              // theme alone; paired Lighthouse runs put the first row on screen 50-250 ms sooner (5 of 5). Each theme
              // module builds its theme only when called, so the chunk's evaluation builds none of the five.
              {
                name: "fluent-themes",
                test: /[\\/]src[\\/]app[\\/]fluent-themes[\\/]|[\\/]node_modules[\\/]@fluentui[\\/]tokens[\\/]/,
              },
            ],
          },
        },
      },
    },
  };
});
