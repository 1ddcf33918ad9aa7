import { GraphError } from "@microsoft/microsoft-graph-client";
import { describe, expect, it } from "vitest";
import { InteractionRequiredError } from "../auth/token-provider.ts";
import { GraphRequestError, graphRequestErrorFromResponse, toGraphRequestError } from "./graph-error.ts";

describe("graphRequestErrorFromResponse", () => {
  it.each([
    [400, "badRequest"],
    [401, "unauthorized"],
    [403, "forbidden"],
    [404, "notFound"],
    [412, "preconditionFailed"],
    [429, "throttled"],
    [503, "unavailable"],
    [504, "unavailable"],
    [500, "other"],
    [409, "other"],
  ] as const)("reads status %i as %s", (status, kind) => {
    expect(graphRequestErrorFromResponse(status, new Headers(), null).kind).toBe(kind);
  });

  it("keeps the specific reason Graph nests under a 403", () => {
    const error = graphRequestErrorFromResponse(403, new Headers({ "request-id": "r-9" }), {
      error: {
        code: "Forbidden",
        message: "Graph API access to transcripts is disabled for this tenant.",
        innerError: { code: "GraphAccessToTranscriptsDisabled" },
      },
    });

    expect(error).toMatchObject({
      kind: "forbidden",
      code: "Forbidden",
      innerCode: "GraphAccessToTranscriptsDisabled",
      requestId: "r-9",
    });
    expect(error.message).toBe("Microsoft Graph answered 403 (Forbidden)");
  });

  it("carries the wait a throttled response asked for", () => {
    const error = graphRequestErrorFromResponse(429, new Headers({ "Retry-After": "17" }), "not json");

    expect(error).toMatchObject({ kind: "throttled", retryAfterMs: 17_000, code: null });
  });
});

describe("toGraphRequestError", () => {
  it("passes its own errors through", () => {
    const error = new GraphRequestError("x", { kind: "forbidden", status: 403 });

    expect(toGraphRequestError(error)).toBe(error);
  });

  it("reads the SDK's GraphError", () => {
    const sdkError = new GraphError(412, "The precondition failed");
    sdkError.code = "resourceModified";
    sdkError.body = JSON.stringify({ code: "resourceModified", innerError: { "request-id": "r-412" } });

    expect(toGraphRequestError(sdkError)).toMatchObject({
      kind: "preconditionFailed",
      status: 412,
      code: "resourceModified",
      requestId: "r-412",
      cause: sdkError,
    });
  });

  it("reads a dropped connection, raw or wrapped by the SDK, as a network error", () => {
    const dropped = new TypeError("fetch failed");
    const wrapped = new GraphError(-1, "fetch failed", dropped);
    wrapped.code = "TypeError";

    expect(toGraphRequestError(dropped)).toMatchObject({ kind: "network", status: null });
    expect(toGraphRequestError(wrapped)).toMatchObject({ kind: "network", status: null });
  });

  it("reads a sign-in the user must do as unauthorized", () => {
    expect(toGraphRequestError(new InteractionRequiredError("login_required")).kind).toBe("unauthorized");
  });

  it("reads anything else as other", () => {
    expect(toGraphRequestError(new Error("boom"))).toMatchObject({ kind: "other", status: null });
  });
});
