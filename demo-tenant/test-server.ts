import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createDemoTenant, type DemoTenant, type DemoTenantOptions } from "./demo-tenant.ts";

export interface DemoTenantServer {
  /** e.g. `http://127.0.0.1:53124` */
  readonly url: string;
  /** `url` + `/graph`: what the app's Graph client is configured with. */
  readonly graphBaseUrl: string;
  readonly tenant: DemoTenant;
  close(): Promise<void>;
}

/** The emulator on its own port (0: any free one), in memory, for integration tests. */
export async function startDemoTenantServer(
  options: Pick<DemoTenantOptions, "now" | "seed"> = {},
): Promise<DemoTenantServer> {
  const tenant = createDemoTenant({ ...options, stateFile: null });
  const server = createServer((req, res) => tenant.listener(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    graphBaseUrl: `${url}/graph`,
    tenant,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
