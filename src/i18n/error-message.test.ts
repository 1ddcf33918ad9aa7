import { describe, expect, it } from "vitest";
import { GraphRequestError } from "../graph/graph-error.ts";
import { errorMessageKey } from "./error-message.ts";

describe("errorMessageKey", () => {
  it.each([
    "throttled",
    "unavailable",
    "network",
    "unauthorized",
    "forbidden",
    "notFound",
    "preconditionFailed",
    "badRequest",
  ])("names a %s failure", (kind) => {
    const error = Object.assign(new Error("Graph said no"), { kind });
    expect(errorMessageKey(error)).toBe(`graphError.${kind}`);
  });

  it.each([
    ["an error without a kind", new Error("boom")],
    ["an unknown kind", { kind: "teapot" }],
    ["a non-string kind", { kind: 429 }],
    ["a string", "throttled"],
    ["null", null],
  ])("falls back to a general sentence for %s", (_, error) => {
    expect(errorMessageKey(error)).toBe("graphError.other");
  });
});

describe("errorMessageKey with the Graph layer's own error", () => {
  it("explains a GraphRequestError by its kind", () => {
    const error = new GraphRequestError("Graph said 503", { kind: "unavailable", status: 503 });
    expect(errorMessageKey(error)).toBe("graphError.unavailable");
  });

  it("does not mistake an inherited property name for a kind", () => {
    expect(errorMessageKey({ kind: "toString" })).toBe("graphError.other");
  });
});
