import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";
import { demoTenant } from "./demo-tenant/vite-plugin.ts";

/** Where `npx office-addin-dev-certs install` leaves a certificate that Teams and Outlook trust for localhost. */
const DEV_CERT_DIR = join(homedir(), ".office-addin-dev-certs");

function localHttps() {
  const cert = join(DEV_CERT_DIR, "localhost.crt");
  const key = join(DEV_CERT_DIR, "localhost.key");
  return existsSync(cert) && existsSync(key)
    ? { cert: readFileSync(cert), key: readFileSync(key) }
    : undefined;
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "VITE_");
  // No client ID: the demo tenant's Graph emulator is served on the same origin, in dev and in preview.
  const isDemo = !env.VITE_CLIENT_ID?.trim();
  return {
    plugins: [react(), ...(isDemo ? [demoTenant()] : [])],
    server: {
      port: Number(process.env.PORT ?? 3000),
      strictPort: true,
      // Teams and Outlook only load add-ins over HTTPS; the demo in a plain browser is fine with HTTP.
      https: isDemo ? undefined : localHttps(),
    },
    preview: {
      port: Number(process.env.PORT ?? 3000),
      strictPort: true,
      https: isDemo ? undefined : localHttps(),
    },
    build: {
      target: "es2022",
      sourcemap: true,
    },
  };
});
