import type { TokenProvider } from "../auth/token-provider.ts";
import { createGraphClient, type GraphClient, type GraphClientOptions } from "./graph-client.ts";

/** A Graph client for tests, with what it did along the way. */
export interface TestGraphClient {
  readonly client: GraphClient;
  /** Every wait the client asked for between retries, in milliseconds, in order. */
  readonly sleeps: number[];
  /** The scopes of every token the client asked for, in order. */
  readonly tokenRequests: Array<readonly string[]>;
}

export interface TestGraphClientOptions extends Partial<Omit<GraphClientOptions, "tokenProvider" | "sleep">> {
  readonly baseUrl: string;
  /** The bearer token sent, e.g. `demo:<upn>` for the demo tenant. */
  readonly token?: string;
}

/**
 * A real Graph client whose token provider hands out a fixed token and whose waits are recorded and cut to a
 * few milliseconds, so a test can assert that a 30-second `Retry-After` was honoured without waiting for it.
 */
export function createTestGraphClient(options: TestGraphClientOptions): TestGraphClient {
  const sleeps: number[] = [];
  const tokenRequests: Array<readonly string[]> = [];
  const tokenProvider: TokenProvider = {
    getToken: async (scopes) => {
      tokenRequests.push([...scopes]);
      return options.token ?? "test-token";
    },
    signInInteractively: async () => {},
    getAccount: () => null,
  };
  const client = createGraphClient({
    ...options,
    tokenProvider,
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      signal?.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, Math.min(5, ms / 1000)));
    },
  });
  return { client, sleeps, tokenRequests };
}
