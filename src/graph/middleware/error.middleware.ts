import type { Context } from "@microsoft/microsoft-graph-client";
import { graphRequestErrorFromFetchResponse, toGraphRequestError } from "../graph-error.ts";
import { ChainedMiddleware } from "./chained.middleware.ts";

/**
 * The outermost middleware: every failure of a request, a 4xx/5xx response (after the retries) or a thrown error
 * (a dropped connection, a token only the user can get), leaves the client as a `GraphRequestError`.
 * An abort is left as it is (the SDK reports it as a `GraphError` with code `AbortError`): whoever aborted knows.
 */
export class ErrorMiddleware extends ChainedMiddleware {
  async execute(context: Context): Promise<void> {
    try {
      await this.passOn(context);
    } catch (error) {
      if (context.options?.signal?.aborted) throw error;
      throw toGraphRequestError(error);
    }
    const response = context.response;
    if (response && response.status >= 400) throw await graphRequestErrorFromFetchResponse(response);
  }
}
