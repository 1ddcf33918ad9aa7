import type { IncomingMessage, ServerResponse } from "node:http";
import type { DirectoryUser } from "../seed/people.seed.ts";

/** What a request arrives with: the Node request/response when it came over HTTP, the batch when it is a step. */
export interface GraphBindings {
  readonly incoming?: IncomingMessage;
  readonly outgoing?: ServerResponse;
  /** Set for a request that runs as a step of a JSON batch. */
  readonly batch?: { readonly id: string };
}

export interface GraphVariables {
  requestId: string;
  clientRequestId: string;
  /** The signed-in user; set by the authentication middleware on every `/v1.0` route. */
  user: DirectoryUser;
  /** Set when a fault dropped the connection: no response reached the caller. */
  dropped: boolean;
}

export type GraphEnv = { Bindings: GraphBindings; Variables: GraphVariables };

/** Graph's root inside the emulator: `/graph/v1.0`. */
export const GRAPH_PREFIX = "/graph";
export const GRAPH_VERSION_PREFIX = `${GRAPH_PREFIX}/v1.0`;
