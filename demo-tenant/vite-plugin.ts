import type { Plugin } from "vite";
import { createDemoTenant, type DemoTenant } from "./demo-tenant.ts";
import type { SeedVariant } from "./seed/tenant.seed.ts";
import { defaultStateFile } from "./store/state-file.ts";

export interface DemoTenantPluginOptions {
  /** Defaults to `<cwd>/.demo-tenant/state.json`. */
  readonly stateFile?: string;
  /** Defaults to `DEMO_CUSTOMER_MEETINGS=N` in the environment: a calendar of N customer meetings (scale tests). */
  readonly seed?: SeedVariant;
}

/**
 * Serves the demo tenant's Graph emulator under `/graph` on the dev server and on `vite preview`, so the app
 * in demo mode talks to Graph on its own origin. Runs in Vite's Node process only; nothing of it is bundled.
 */
export function demoTenant(options: DemoTenantPluginOptions = {}): Plugin {
  let tenant: DemoTenant | null = null;
  const stateFile = () => options.stateFile ?? defaultStateFile();
  // One tenant per Vite process: a config reload must not lose faults or start a second writer on the file.
  const sharedTenant = () => {
    const seed = options.seed ?? seedFromEnvironment();
    tenant ??= createDemoTenant({ stateFile: stateFile(), ...(seed ? { seed } : {}) });
    return tenant;
  };

  return {
    name: "momentum-demo-tenant",
    configureServer(server) {
      server.middlewares.use(sharedTenant().listener);
      server.config.logger.info(
        `  Demo tenant: Microsoft Graph emulator at /graph (state in ${stateFile()})`,
      );
    },
    configurePreviewServer(server) {
      server.middlewares.use(sharedTenant().listener);
      server.config.logger.info(
        `  Demo tenant: Microsoft Graph emulator at /graph (state in ${stateFile()})`,
      );
    },
  };
}

function seedFromEnvironment(): SeedVariant | undefined {
  const value = process.env.DEMO_CUSTOMER_MEETINGS;
  if (value === undefined || value === "") return undefined;
  const customerMeetings = Number(value);
  if (!Number.isSafeInteger(customerMeetings) || customerMeetings < 0) {
    throw new Error(`DEMO_CUSTOMER_MEETINGS must be a whole number of meetings, not "${value}"`);
  }
  return { customerMeetings };
}
